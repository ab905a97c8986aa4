/**
 * A model of Intercept (github.com/PolicyLayer/Intercept), written from its Go source at commit
 * 77f042909607bfca53837d6d5921c5a40c2c1dc6, for the differential test of our Intercept export. No
 * Go toolchain or Intercept build is available to the test, so each function below ports one Go
 * function and names the file and lines it follows:
 *
 * - loadConfig:        internal/config/config.go:53-122 (Load, applyDefaults, parseRateLimit)
 * - validateConfig:    internal/config/validate.go:175-421 (Validate and its helpers)
 * - parseToolsCall:    internal/transport/jsonrpc.go:31-43 (toolsCallParams, Go's encoding/json)
 * - Intercept.handle:  internal/proxy/handler.go:58-271 (Handle, reserveAll, extractLimit) around
 *                      internal/engine/engine.go:71-162, operators.go, resolve.go (Evaluate)
 * - CounterStore:      internal/state/store.go:26-53 and sqlite.go:116-257 (Reserve, Resolve)
 *
 * Go values are modelled as: string, number (float64), GoInt (a YAML integer: Go int), GoUint (a
 * YAML integer beyond int64: uint64, which conv.ToFloat64 does not accept), boolean, null (nil),
 * arrays ([]any) and null-prototype objects (map[string]any).
 *
 * Regular expressions: Go's regexp (RE2) is modelled by compileNativeRegex, the project's RE2
 * translation for the portable dialect (isPortableRegex) that decide() uses too; Validate's
 * regexp.Compile is modelled as "portable and compiles". Our exports only ever write portable
 * patterns, so that is the part of RE2 the model needs.
 */
import { parseDocument } from 'yaml';
import { compileNativeRegex } from '../../classifier/decide.js';
import { isPortableRegex } from '../../classifier/exporters/translate.js';

export class GoInt {
  constructor(readonly v: bigint) {}
}
export class GoUint {
  constructor(readonly v: bigint) {}
}
export type GoValue =
  string | number | boolean | null | GoInt | GoUint | GoValue[] | { [key: string]: GoValue };

export interface Condition {
  path: string;
  op: string;
  value: GoValue;
}
export interface StateDef {
  counter: string;
  window: string;
  increment: number;
  increment_from: string;
}
export interface Rule {
  name: string;
  action: string;
  rate_limit: string;
  conditions: Condition[];
  on_deny: string;
  state: StateDef | null;
}
export interface Config {
  version: string;
  description: string;
  default: string;
  hide: string[];
  /** a Map: tool names are any strings, `__proto__` included */
  tools: Map<string, { rules: Rule[] }>;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoInt) && !(v instanceof GoUint);

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** A YAML value as yaml.v3 decodes it into `any`: integers are int, or uint64 beyond int64. */
function goFromYaml(v: unknown): GoValue {
  if (typeof v === 'bigint') {
    if (v >= INT64_MIN && v <= INT64_MAX) return new GoInt(v);
    if (v > 0n && v <= UINT64_MAX) return new GoUint(v);
    return Number(v); // yaml.v3 falls back to float64 for wider integers
  }
  if (Array.isArray(v)) return v.map(goFromYaml);
  if (isObj(v)) {
    const out: Record<string, GoValue> = Object.create(null) as Record<string, GoValue>;
    for (const [k, x] of Object.entries(v)) out[k] = goFromYaml(x);
    return out;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  throw new Error(`unexpected YAML value of type ${typeof v}`);
}

/**
 * A struct field of type string. A non-string scalar there is refused (yaml.v3 may instead take
 * its text; our exports quote every string, so the stricter reading costs nothing).
 */
function str(v: unknown, where: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new Error(`${where}: cannot unmarshal ${typeof v} into string`);
  return v;
}

/** config.go:125-139 parseRateLimit: strconv.Atoi (optional sign, decimal, fits int64), count > 0. */
export function parseRateLimit(s: string): { count: number; window: string } | null {
  const i = s.indexOf('/');
  if (i < 0) return null;
  const [n, window] = [s.slice(0, i), s.slice(i + 1)];
  if (!/^[+-]?[0-9]+$/.test(n)) return null;
  const count = BigInt(n);
  if (count > INT64_MAX || count <= 0n) return null;
  if (!VALID_WINDOWS.has(window)) return null;
  return { count: Number(count), window };
}

const VALID_WINDOWS = new Set(['minute', 'hour', 'day']);

/** config.go:53-66 Load (yaml.Unmarshal into the structs) then config.go:70-122 applyDefaults. */
export function loadConfig(text: string): Config {
  const doc = parseDocument(text, { intAsBigInt: true, uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`YAML: ${doc.errors[0]!.message}`);
  const root: unknown = doc.toJS({ mapAsMap: true });
  if (!(root instanceof Map)) throw new Error('the document is not a mapping');
  const get = (m: Map<unknown, unknown>, k: string): unknown => m.get(k);
  const tools = new Map<string, { rules: Rule[] }>();
  const toolsNode = get(root, 'tools');
  if (toolsNode !== undefined && toolsNode !== null) {
    if (!(toolsNode instanceof Map)) throw new Error('tools: not a mapping');
    for (const [name, def] of toolsNode as Map<unknown, unknown>) {
      if (typeof name !== 'string') throw new Error('tools: a key that is not a string');
      const rules: Rule[] = [];
      const rulesNode: unknown = def instanceof Map ? (def as Map<unknown, unknown>).get('rules') : undefined;
      for (const [i, node] of (Array.isArray(rulesNode) ? (rulesNode as unknown[]) : []).entries()) {
        if (!(node instanceof Map)) throw new Error(`tools.${name}.rules[${i}]: not a mapping`);
        const r = node as Map<unknown, unknown>;
        const where = `tools.${name}.rules[${i}]`;
        const conds = r.get('conditions');
        const state = r.get('state');
        rules.push({
          name: str(r.get('name'), where),
          action: str(r.get('action'), where),
          rate_limit: str(r.get('rate_limit'), where),
          on_deny: str(r.get('on_deny'), where),
          conditions: (Array.isArray(conds) ? conds : []).map((c: unknown) => {
            if (!(c instanceof Map)) throw new Error(`${where}: condition not a mapping`);
            return {
              path: str(c.get('path'), where),
              op: str(c.get('op'), where),
              value: c.has('value') ? goFromYaml(mapsToObjects(c.get('value'))) : null,
            };
          }),
          state:
            state instanceof Map
              ? {
                  counter: str(state.get('counter'), where),
                  window: str(state.get('window'), where),
                  increment: Number(state.get('increment') ?? 0),
                  increment_from: str(state.get('increment_from'), where),
                }
              : null,
        });
      }
      tools.set(name, { rules });
    }
  }
  const hide = get(root, 'hide');
  const cfg: Config = {
    version: str(get(root, 'version'), 'version'),
    description: str(get(root, 'description'), 'description'),
    default: str(get(root, 'default'), 'default'),
    hide: (Array.isArray(hide) ? hide : []).map((h: unknown) => str(h, 'hide')),
    tools,
  };
  applyDefaults(cfg);
  return cfg;
}

function mapsToObjects(v: unknown): unknown {
  if (v instanceof Map) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, x] of v) out[String(k)] = mapsToObjects(x);
    return out;
  }
  return Array.isArray(v) ? v.map(mapsToObjects) : v;
}

/** config.go:70-122 */
function applyDefaults(cfg: Config): void {
  if (cfg.default === '') cfg.default = 'allow';
  for (const [toolName, tool] of cfg.tools) {
    for (const r of tool.rules) {
      if (r.rate_limit !== '') {
        const canDesugar = r.conditions.length === 0 && r.state === null && r.action !== 'deny';
        const parsed = canDesugar ? parseRateLimit(r.rate_limit) : null;
        if (parsed) {
          const scope = toolName === '*' ? '_global' : toolName;
          const counterName = `_rate_${parsed.window}`;
          r.action = 'evaluate';
          r.conditions = [
            { path: `state.${scope}.${counterName}`, op: 'lte', value: new GoInt(BigInt(parsed.count)) },
          ];
          r.state = { counter: counterName, window: parsed.window, increment: 1, increment_from: '' };
          if (r.on_deny === '')
            r.on_deny = `Rate limit of ${parsed.count} per ${parsed.window} reached. Try again later.`;
          r.rate_limit = '';
        }
      }
      if (r.action === '') r.action = 'evaluate';
      if (r.state && r.state.increment === 0) r.state.increment = 1;
    }
  }
}

// ------------------------------------------------------------------------------------- Validate

const VALID_OPS = new Set([
  'eq',
  'neq',
  'in',
  'not_in',
  'lt',
  'lte',
  'gt',
  'gte',
  'regex',
  'contains',
  'exists',
]);
const NUMERIC_OPS = new Set(['lt', 'lte', 'gt', 'gte']);

/** Go's unicode.IsSpace, which strings.TrimSpace uses (validate.go:397). */
const goSpace = (cp: number): boolean =>
  (cp >= 0x09 && cp <= 0x0d) ||
  cp === 0x20 ||
  cp === 0x85 ||
  cp === 0xa0 ||
  cp === 0x1680 ||
  (cp >= 0x2000 && cp <= 0x200a) ||
  cp === 0x2028 ||
  cp === 0x2029 ||
  cp === 0x202f ||
  cp === 0x205f ||
  cp === 0x3000;

/** validate.go:411-420 isNumeric: int, int64, float32, float64 (so not uint64) */
const isNumeric = (v: GoValue): boolean => typeof v === 'number' || v instanceof GoInt;

/** validate.go:175-219: every error Validate reports (an empty list: Intercept starts). */
export function validateConfig(cfg: Config): string[] {
  const errs: string[] = [];
  if (cfg.version !== '1') errs.push(`version must be "1", got ${JSON.stringify(cfg.version)}`);
  if (cfg.default !== 'allow' && cfg.default !== 'deny') errs.push(`default must be "allow" or "deny"`);
  // validate.go:393-408 validateHide
  const seen = new Set<string>();
  cfg.hide.forEach((name, i) => {
    if ([...name].every((ch) => goSpace(ch.codePointAt(0)!)))
      errs.push(`hide[${i}]: entry must not be empty`);
    else if (seen.has(name)) errs.push(`hide: duplicate entry ${JSON.stringify(name)}`);
    else seen.add(name);
  });
  // Go sorts tool names by byte; the order only changes the order of the messages
  for (const [toolName, tool] of cfg.tools) {
    const counters = new Map<string, number>();
    tool.rules.forEach((rule, i) => {
      if (!rule.state) return;
      const prev = counters.get(rule.state.counter);
      if (prev !== undefined)
        errs.push(`tools.${toolName}.rules[${i}]: duplicate state counter (also rules[${prev}])`);
      else counters.set(rule.state.counter, i);
    });
    tool.rules.forEach((rule, i) => errs.push(...validateRule(`tools.${toolName}.rules[${i}]`, rule, cfg)));
  }
  return errs;
}

/** validate.go:222-292 */
function validateRule(prefix: string, rule: Rule, cfg: Config): string[] {
  const errs: string[] = [];
  if (rule.rate_limit !== '') {
    if (!parseRateLimit(rule.rate_limit)) errs.push(`${prefix}: bad rate_limit`);
    if (rule.conditions.length > 0 || rule.state) errs.push(`${prefix}: rate_limit cannot be combined`);
    if (rule.action === 'deny') errs.push(`${prefix}: rate_limit cannot be used with action "deny"`);
    return errs;
  }
  if (rule.name === '') errs.push(`${prefix}: rule must have a name`);
  if (rule.action !== 'evaluate' && rule.action !== 'deny') errs.push(`${prefix}: bad action`);
  if (rule.action === 'deny' && rule.conditions.length > 0)
    errs.push(`${prefix}: deny rules must not have conditions`);
  if (rule.action === 'evaluate' && rule.conditions.length === 0)
    errs.push(`${prefix}: evaluate rules must have at least one condition`);
  rule.conditions.forEach((c, j) => errs.push(...validateCondition(`${prefix}.conditions[${j}]`, c)));
  if (rule.state) {
    // validate.go:337-355 validateState
    if (rule.state.counter === '') errs.push(`${prefix}.state: counter must not be empty`);
    if (!VALID_WINDOWS.has(rule.state.window)) errs.push(`${prefix}.state: bad window`);
    if (rule.state.increment_from !== '' && !rule.state.increment_from.startsWith('args.'))
      errs.push(`${prefix}.state: increment_from must start with "args."`);
  }
  // validate.go:272-289: strings.SplitN(path, ".", 3), then a state block on the tool named by
  // the second part: the check that refuses a dotted tool name with a rate limit
  for (const c of rule.conditions) {
    if (!c.path.startsWith('state.')) continue;
    const first = c.path.indexOf('.');
    const second = c.path.indexOf('.', first + 1);
    if (second < 0) continue;
    const stateTool = c.path.slice(first + 1, second);
    const counterName = c.path.slice(second + 1);
    if (!hasMatchingStateBlock(cfg, stateTool, counterName))
      errs.push(
        `${prefix}: condition references state.${stateTool}.${counterName} but no matching state block found`,
      );
  }
  return errs;
}

/** validate.go:295-334 */
function validateCondition(prefix: string, c: Condition): string[] {
  const errs: string[] = [];
  if (!c.path.startsWith('args.') && !c.path.startsWith('state.')) errs.push(`${prefix}: bad path`);
  if (!VALID_OPS.has(c.op)) errs.push(`${prefix}: unknown operator ${JSON.stringify(c.op)}`);
  if ((c.op === 'in' || c.op === 'not_in') && !Array.isArray(c.value)) errs.push(`${prefix}: needs a list`);
  if (NUMERIC_OPS.has(c.op) && !isNumeric(c.value)) errs.push(`${prefix}: needs a number`);
  if (c.op === 'exists' && typeof c.value !== 'boolean') errs.push(`${prefix}: needs a boolean`);
  if (c.op === 'regex') {
    if (typeof c.value !== 'string') errs.push(`${prefix}: regex value must be a string`);
    else if (!isPortableRegex(c.value) || compileNativeRegex(c.value) === null)
      errs.push(`${prefix}: regex ${JSON.stringify(c.value)} not known to compile in RE2`);
  }
  return errs;
}

/** validate.go:360-381 */
function hasMatchingStateBlock(cfg: Config, toolName: string, counterName: string): boolean {
  let tool = cfg.tools.get(toolName);
  if (!tool && toolName === '_global') tool = cfg.tools.get('*');
  return !!tool && tool.rules.some((r) => r.state?.counter === counterName);
}

// ------------------------------------------------------------------------------------ transport

/** Go's strings from JSON: an unpaired surrogate escape becomes U+FFFD (encoding/json). */
function goJsonValue(v: unknown): GoValue {
  if (typeof v === 'string')
    return v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map(goJsonValue);
  if (isObj(v)) {
    const out: Record<string, GoValue> = Object.create(null) as Record<string, GoValue>;
    for (const [k, x] of Object.entries(v)) out[goJsonValue(k) as string] = goJsonValue(x);
    return out;
  }
  return v as boolean | null;
}

/** encoding/json's case-insensitive field match (simple Unicode folding: ſ -> s, K (Kelvin) -> k). */
const fold = (s: string): string =>
  s
    .replace(/\u017F/g, 's')
    .replace(/\u212A/g, 'k')
    .toLowerCase();

/**
 * jsonrpc.go:31-43 parseToolsCallParams: params into struct { Name string; Arguments
 * map[string]any }. Go matches each object key to a field exactly or case-insensitively and the
 * last key wins; a map field is merged into, not replaced. A type mismatch or a number outside
 * float64 makes Unmarshal fail, and jsonrpc.go:71-74 then forwards the call unchecked: 'unparsed'.
 */
export function parseToolsCall(
  paramsJson: string,
): { name: string; args: Record<string, GoValue> } | 'unparsed' {
  let raw: unknown;
  try {
    raw = JSON.parse(paramsJson);
  } catch {
    return 'unparsed';
  }
  const finite = (v: unknown): boolean =>
    typeof v === 'number'
      ? Number.isFinite(v)
      : Array.isArray(v)
        ? v.every(finite)
        : isObj(v)
          ? Object.values(v).every(finite)
          : true;
  if (!finite(raw)) return 'unparsed';
  if (raw === null) return { name: '', args: Object.create(null) as Record<string, GoValue> };
  if (!isObj(raw)) return 'unparsed';
  let name = '';
  let args: Record<string, GoValue> | null = null;
  let failed = false;
  for (const [k, v] of Object.entries(raw)) {
    const f = fold(k);
    if (f === 'name') {
      if (typeof v === 'string') name = goJsonValue(v) as string;
      else if (v !== null) failed = true;
    } else if (f === 'arguments') {
      if (v === null) args = null;
      else if (isObj(v))
        args = Object.assign(args ?? (Object.create(null) as Record<string, GoValue>), goJsonValue(v));
      else failed = true;
    }
  }
  if (failed) return 'unparsed';
  return { name, args: args ?? (Object.create(null) as Record<string, GoValue>) };
}

// ---------------------------------------------------------------------------------- state store

/** store.go:40-53 windowStart: the calendar-aligned UTC start of the window holding now. */
function windowStart(now: number, window: string): number {
  const d = new Date(now);
  const [y, m, day, h, min] = [
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ];
  if (window === 'minute') return Date.UTC(y, m, day, h, min);
  if (window === 'hour') return Date.UTC(y, m, day, h);
  if (window === 'day') return Date.UTC(y, m, day);
  throw new Error(`window ${window}`);
}

/** sqlite.go:116-257: counters keyed by string, each with the start of the window it counts. */
export class CounterStore {
  readonly rows = new Map<string, { value: bigint; start: number; window: string }>();
  constructor(public now: number) {}
  /** sqlite.go:116-164 Reserve */
  reserve(key: string, amount: bigint, limit: bigint, window: string): boolean {
    const ws = windowStart(this.now, window);
    const row = this.rows.get(key);
    const value = row && row.start === ws ? row.value : 0n;
    if (value + amount > limit) return false;
    this.rows.set(key, { value: value + amount, start: ws, window });
    return true;
  }
  /** sqlite.go:167-194 Rollback: decrement, floored at zero */
  rollback(key: string, amount: bigint): void {
    const row = this.rows.get(key);
    if (row) row.value = row.value > amount ? row.value - amount : 0n;
  }
  /** sqlite.go:231-257 Resolve: the counter for "state.<key>", 0 when missing or from an old window */
  resolve(path: string): GoValue {
    const row = this.rows.get(path.startsWith('state.') ? path.slice(6) : path);
    if (!row || row.start !== windowStart(this.now, row.window)) return new GoInt(0n);
    return new GoInt(row.value);
  }
  /** test helper: the tool's calls so far in the current window, as `count` */
  set(key: string, count: number, window: string): void {
    this.rows.set(key, { value: BigInt(count), start: windowStart(this.now, window), window });
  }
}

// ------------------------------------------------------------------------------------ evaluation

/** conv.go ToFloat64: float64, float32, int, int64; null when not numeric */
function toFloat64(v: GoValue): number | null {
  if (typeof v === 'number') return v;
  if (v instanceof GoInt) return Number(v.v);
  return null;
}

/** Go's strconv.FormatFloat(f, 'g', -1, 64), which fmt's %v uses for a float64. */
export function goFloat(f: number): string {
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expText] = Math.abs(f).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  const sign = f < 0 ? '-' : '';
  // shortest: %e when the exponent is < -4 or >= 6 (strconv/ftoa.go, "use precision 6")
  if (exp < -4 || exp >= 6) {
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

/** fmt.Sprintf("%v", v) */
export function goSprintV(v: GoValue): string {
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goFloat(v);
  if (v instanceof GoInt || v instanceof GoUint) return v.v.toString();
  if (Array.isArray(v)) return `[${v.map(goSprintV).join(' ')}]`;
  // fmt prints maps with their keys sorted
  const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `map[${keys.map((k) => `${k}:${goSprintV(v[k]!)}`).join(' ')}]`;
}

/** operators.go:209-216 evalEq: numerically when both are numbers, else by their %v text */
function evalEq(actual: GoValue, expected: GoValue): boolean {
  const a = toFloat64(actual);
  const e = toFloat64(expected);
  if (a !== null && e !== null) return a === e;
  return goSprintV(actual) === goSprintV(expected);
}

/** operators.go:180-205 evalOp */
export function evalOp(op: string, actual: GoValue, expected: GoValue): boolean {
  const cmp = (f: (a: number, b: number) => boolean): boolean => {
    const a = toFloat64(actual);
    const e = toFloat64(expected);
    return a !== null && e !== null && f(a, e);
  };
  const evalIn = (): boolean => Array.isArray(expected) && expected.some((item) => evalEq(actual, item));
  switch (op) {
    case 'eq':
      return evalEq(actual, expected);
    case 'neq':
      return !evalEq(actual, expected);
    case 'in':
      return evalIn();
    case 'not_in':
      return !evalIn();
    case 'lt':
      return cmp((a, b) => a < b);
    case 'lte':
      return cmp((a, b) => a <= b);
    case 'gt':
      return cmp((a, b) => a > b);
    case 'gte':
      return cmp((a, b) => a >= b);
    case 'regex': {
      // operators.go:245-263: a non-string, or a pattern that does not compile, is false
      if (typeof actual !== 'string' || typeof expected !== 'string') return false;
      const re = compileNativeRegex(expected);
      return re !== null && re.test(actual);
    }
    case 'contains':
      // operators.go:267-283
      if (typeof actual === 'string') return typeof expected === 'string' && actual.includes(expected);
      return Array.isArray(actual) && actual.some((item) => evalEq(item, expected));
    default:
      return false;
  }
}

/** resolve.go:310-326 ResolveArgs: split on every dot, walk map[string]any */
export function resolveArgs(args: Record<string, GoValue>, path: string): { value: GoValue } | null {
  let cur: GoValue = args;
  for (const part of path.split('.')) {
    if (!isObj(cur) || !Object.prototype.hasOwnProperty.call(cur, part)) return null;
    cur = (cur as Record<string, GoValue>)[part]!;
  }
  return { value: cur };
}

export class Intercept {
  constructor(
    readonly cfg: Config,
    readonly store: CounterStore,
  ) {}

  /** engine.go:71-110 Evaluate */
  evaluate(name: string, args: Record<string, GoValue>): { allowed: boolean; rule: string } {
    for (const h of this.cfg.hide) if (h === name || h === '*') return { allowed: false, rule: '(hidden)' };
    if (this.cfg.default === 'deny' && !this.cfg.tools.has(name))
      return { allowed: false, rule: '(default deny)' };
    for (const r of this.matchingRules(name)) {
      if (r.action === 'deny') return { allowed: false, rule: r.name };
      if (r.action === 'evaluate' && !r.conditions.every((c) => this.evaluateCondition(args, c)))
        return { allowed: false, rule: r.name };
    }
    return { allowed: true, rule: '' };
  }

  /** engine.go:113-127 matchingRules: the tool's rules, then the wildcard's */
  private matchingRules(name: string): Rule[] {
    const rules = [...(this.cfg.tools.get(name)?.rules ?? [])];
    if (name !== '*') rules.push(...(this.cfg.tools.get('*')?.rules ?? []));
    return rules;
  }

  /** engine.go:140-162 evaluateCondition, with resolve.go:289-305 resolvePath */
  private evaluateCondition(args: Record<string, GoValue>, c: Condition): boolean {
    let found: { value: GoValue } | null = null;
    if (c.path.startsWith('args.')) found = resolveArgs(args, c.path.slice(5));
    else if (c.path.startsWith('state.')) found = { value: this.store.resolve(c.path) };
    if (c.op === 'exists') {
      if (typeof c.value !== 'boolean') return false;
      return (found !== null && found.value !== null) === c.value;
    }
    if (!found) return false;
    return evalOp(c.op, found.value, c.value);
  }

  /** handler.go:58-140 Handle: Evaluate, then reserve every stateful rule's counter */
  handle(name: string, args: Record<string, GoValue>): 'allow' | 'deny' {
    if (!this.evaluate(name, args).allowed) return 'deny';
    // handler.go:151-171 collectStatefulRules
    const stateful: Array<{ rule: Rule; scope: string }> = [];
    for (const r of this.cfg.tools.get(name)?.rules ?? [])
      if (r.state) stateful.push({ rule: r, scope: name });
    for (const r of this.cfg.tools.get('*')?.rules ?? [])
      if (r.state) stateful.push({ rule: r, scope: '_global' });
    const reserved: Array<{ key: string; amount: bigint }> = [];
    for (const { rule, scope } of stateful) {
      const state = rule.state!;
      const key = `${scope}.${state.counter}`;
      let amount = BigInt(state.increment);
      if (state.increment_from !== '') {
        const v = resolveArgs(args, state.increment_from.slice(5));
        const n = v ? toFloat64(v.value) : null;
        if (n === null) return 'deny'; // handler.go:112-121: "Internal policy error"
        amount = BigInt(Math.trunc(n));
      }
      const limit = extractLimit(rule, scope);
      if (limit === null) continue;
      if (!this.store.reserve(key, amount, limit, state.window)) {
        for (const r of reserved) this.store.rollback(r.key, r.amount);
        return 'deny';
      }
      reserved.push({ key, amount });
    }
    return 'allow';
  }
}

/** handler.go:251-271 extractLimit: the rule's own `lt`/`lte` on state.<scope>.<counter> */
function extractLimit(r: Rule, scope: string): bigint | null {
  const counterPath = `state.${scope}.${r.state!.counter}`;
  for (const c of r.conditions) {
    if (c.path !== counterPath) continue;
    const n = toFloat64(c.value);
    if (n === null) continue;
    if (c.op === 'lt') return BigInt(Math.trunc(n)) - 1n;
    if (c.op === 'lte') return BigInt(Math.trunc(n));
  }
  return null;
}
