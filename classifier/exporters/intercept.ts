import {
  parseArgPath,
  type Classification,
  type Condition,
  type Limit,
  type Policy,
} from '../../core/index.js';
import { compileNativeRegex } from '../decide.js';
import {
  conditionText,
  describeCondition,
  describeLimit,
  hasLoneSurrogate,
  isPortableRegex,
  policyEntries,
  safeFileStem,
  toolLabel,
} from './translate.js';
import type { ExportedPolicy } from './types.js';
import { YamlMap, isYamlRepresentable, renderYaml, toYamlNode, yamlString, type YamlNode } from './yaml.js';

/**
 * Intercept (PolicyLayer's open-source MCP policy proxy, github.com/PolicyLayer/Intercept) YAML
 * policy. Read at commit 77f042909607bfca53837d6d5921c5a40c2c1dc6; the file:line references below
 * are to that commit:
 * - internal/config/config.go: the structs (Config, ToolDef, Rule, Condition, StateDef) and
 *   applyDefaults (config.go:70-122), which turns `rate_limit: N/window` into the condition
 *   `state.<tool>._rate_<window> lte N` with a state counter `_rate_<window>`.
 * - internal/config/validate.go: Validate, which `intercept` runs before it starts
 *   (cmd/root.go:141-147) and which refuses the whole file on any error.
 * - internal/engine/engine.go, operators.go, resolve.go: how a call is decided.
 * - internal/proxy/handler.go and internal/state/: how rate limits are counted.
 *
 * How the native policy maps, and where Intercept differs from decide():
 * - `default: deny`; a listed tool is allowed subject to its rules; `hide` for hidden tools. Tool
 *   names are exact map keys (engine.go:86 `cfg.Tools[call.Name]`), written as quoted YAML keys.
 * - limits -> `rate_limit: N/window`. Intercept's windows are calendar-aligned UTC minutes, hours
 *   and days (state/store.go:40-53 windowStart), the same fixed windows as decide(). A per-second
 *   limit becomes the same number per minute (stricter). Counters are per tool (handler.go:187
 *   `scope + "." + counter`), so a native counter shared by several tools is split between them.
 * - A dotted tool name with a rate limit cannot be written: Validate splits the generated state path
 *   `state.<tool>._rate_<window>` at its first dots (validate.go:276 SplitN) and looks for a tool
 *   named by the part before the first dot, so the file is refused. Such a tool is denied, with a note.
 * - Argument paths: Intercept splits the path on every dot and walks nested maps (resolve.go:310-326
 *   ResolveArgs), so an argument key that contains a dot cannot be addressed; such a tool is denied.
 * - `require` conditions -> an `evaluate` rule whose conditions must hold; `deny_if` -> the negated
 *   condition (eq <-> neq, in <-> not_in, lt <-> gte, ...). Intercept fails any condition on a missing
 *   argument (engine.go:157), so a negated `deny_if` also denies calls without the argument (noted).
 * - eq/neq/in/not_in compare loosely in Intercept: numbers numerically, anything else by its `%v`
 *   text (operators.go:209-216), so the string "1" equals the number 1 and "true" equals true.
 *   decide() treats a value of another type as "cannot tell" (deny). Each such condition therefore
 *   gets a type guard beside it: `regex "^"` passes only strings (operators.go:246 evalRegex),
 *   `gte -MaxFloat64` only numbers (operators.go:234 evalNumericCmp). Booleans, null, lists and
 *   objects have no guard: such a condition is not expressible and the tool is denied.
 * - `exists` treats a JSON null as absent (engine.go:153 `exists && val != nil`): `require exists`
 *   also denies null (stricter, noted); `deny_if exists` cannot be told apart from "null" and the tool
 *   is denied.
 * - `regex`, `contains` and `starts_with` have no negation: a `deny_if` with them denies the tool.
 * - approval: Intercept has no approval step, so the tool gets an unconditional deny rule.
 * - A tool named `*` cannot be written: the key means "every tool", and `hide: ["*"]` hides all of
 *   them. It is left out, so `default: deny` still blocks calls to it.
 */

const PLAIN_KEYS = new Set([
  'version',
  'description',
  'default',
  'hide',
  'tools',
  'rules',
  'name',
  'action',
  'rate_limit',
  'conditions',
  'path',
  'op',
  'value',
  'on_deny',
]);

const NEGATION: Partial<Record<Condition['op'], Condition['op']>> = {
  eq: 'neq',
  neq: 'eq',
  in: 'not_in',
  not_in: 'in',
  lt: 'gte',
  lte: 'gt',
  gt: 'lte',
  gte: 'lt',
};

type InterceptCondition = { path: string; op: string; value: unknown };

/** Go RE2 syntax for a literal: every metacharacter escaped (like regexp.QuoteMeta). */
const quoteMeta = (s: string): string => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');

/**
 * Guards that pass only values of one JSON type. "^" matches every string and nothing else
 * (evalRegex returns false unless the argument is a Go string); `gte -MaxFloat64` holds for every
 * JSON number and nothing else (evalNumericCmp needs a numeric Go type).
 */
const STRING_GUARD = '^';
const NUMBER_GUARD = -Number.MAX_VALUE;

/**
 * Numbers that go through YAML into Go unchanged: a YAML integer beyond int64 decodes as uint64,
 * which Intercept does not count as numeric (validate.go:411-420 isNumeric), so large integers are
 * refused; 2^53 keeps every integer exact in float64 as well.
 */
const exactNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && (!Number.isInteger(v) || Math.abs(v) <= 2 ** 53);

/** The guard for comparing against these values by type, or null when no guard can be written. */
function typeGuard(path: string, values: readonly unknown[]): InterceptCondition | null {
  if (values.length === 0) return null;
  if (values.every((v) => typeof v === 'string' && !hasLoneSurrogate(v)))
    return { path, op: 'regex', value: STRING_GUARD };
  if (values.every(exactNumber)) return { path, op: 'gte', value: NUMBER_GUARD };
  return null;
}

/** Why a condition cannot be written, or the Intercept conditions (all must hold) and any note. */
type Translation = { conditions: InterceptCondition[]; note?: string } | { blocked: string };

/** Intercept's path for a native one, or why there is none. */
function interceptPath(c: Condition): { path: string } | { blocked: string } {
  const keys = parseArgPath(c.path);
  if (!keys) return { blocked: `the path ${c.path} is not a valid argument path` };
  if (keys.some((k) => k.includes('.')))
    return {
      blocked: `Intercept splits argument paths on every dot (internal/engine/resolve.go ResolveArgs), so the key in ${c.path} cannot be addressed as one key`,
    };
  if (keys.some(hasLoneSurrogate)) return { blocked: `the key in ${c.path} cannot be written as YAML` };
  return { path: `args.${keys.join('.')}` };
}

/**
 * The Intercept conditions that hold exactly when the native condition holds (`require`) or does
 * not hold (`deny_if`), as far as Intercept can tell.
 */
function translateCondition(c: Condition, kind: 'require' | 'deny_if'): Translation {
  const p = interceptPath(c);
  if ('blocked' in p) return p;
  const { path } = p;
  const missing = `deny_if ${describeCondition(c)} is enforced as its negation, which Intercept also fails when the argument is missing, so calls without ${c.path} are denied too`;
  const v = c.value;
  switch (c.op) {
    case 'eq':
    case 'neq':
    case 'in':
    case 'not_in': {
      const values = c.op === 'in' || c.op === 'not_in' ? v : [v];
      if (!Array.isArray(values) || !isYamlRepresentable(values))
        return { blocked: `the value of ${describeCondition(c)} cannot be written` };
      const guard = typeGuard(path, values);
      if (!guard)
        return {
          blocked: `${describeCondition(c)} compares against ${values.length === 0 ? 'an empty list' : 'booleans, null, lists, objects or mixed types'}, which Intercept compares loosely by their text`,
        };
      const op = kind === 'require' ? c.op : NEGATION[c.op]!;
      return {
        conditions: [guard, { path, op, value: v }],
        ...(kind === 'deny_if' ? { note: missing } : {}),
      };
    }
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      if (!exactNumber(v)) return { blocked: `${describeCondition(c)} needs a number Intercept can compare` };
      // evalNumericCmp already fails every value that is not a number, as decide() does
      const op = kind === 'require' ? c.op : NEGATION[c.op]!;
      return { conditions: [{ path, op, value: v }], ...(kind === 'deny_if' ? { note: missing } : {}) };
    }
    case 'exists':
      if (kind === 'deny_if')
        return {
          blocked: `deny_if ${describeCondition(c)}: Intercept's exists treats null as missing (internal/engine/engine.go: exists && val != nil) and cannot tell a path through a non-object from a missing one`,
        };
      return {
        conditions: [{ path, op: 'exists', value: true }],
        note: `require ${describeCondition(c)}: Intercept treats an argument that is null as missing, so a null value is denied too`,
      };
    case 'regex':
    case 'contains':
    case 'starts_with': {
      if (kind === 'deny_if')
        return {
          blocked: `deny_if ${describeCondition(c)} has no negation in Intercept (it can only require a condition to hold)`,
        };
      if (typeof v !== 'string' || hasLoneSurrogate(v))
        return { blocked: `${describeCondition(c)} needs a string value` };
      if (c.op === 'regex') {
        if (!isPortableRegex(v) || compileNativeRegex(v) === null)
          return {
            blocked: `the pattern of ${describeCondition(c)} is outside the RE2 dialect we can check`,
          };
        return { conditions: [{ path, op: 'regex', value: v }] };
      }
      if (c.op === 'starts_with') return { conditions: [{ path, op: 'regex', value: `^${quoteMeta(v)}` }] };
      // a substring as a quoted pattern: holds for strings only, where decide() also accepts a
      // list holding the value (Intercept's own contains compares list items loosely, operators.go:275-281)
      return {
        conditions: [{ path, op: 'regex', value: quoteMeta(v) }],
        note: `require ${describeCondition(c)} is enforced on strings only; a list that holds the value is denied`,
      };
    }
  }
}

function conditionNode(c: InterceptCondition): YamlMap {
  return new YamlMap([
    ['path', c.path],
    ['op', c.op],
    ['value', toYamlNode(c.value)],
  ]);
}

/**
 * How many tools share each native counter (scope, counter and window make one count in decide()).
 * Intercept counts per tool, so a shared counter's budget is split between its tools.
 */
function counterSharing(policy: Policy): Map<string, number> {
  const users = new Map<string, number>();
  for (const rule of Object.values(policy.tools)) {
    const keys = new Set((rule.limits ?? []).map((l) => `${l.scope}|${l.counter}|${l.window}`));
    for (const k of keys) users.set(k, (users.get(k) ?? 0) + 1);
  }
  return users;
}

/**
 * One rate limit per window (Intercept derives the counter name from the window), or a reason the
 * limits cannot be kept.
 */
function rateLimits(
  tool: string,
  limits: readonly Limit[],
  sharing: ReadonlyMap<string, number>,
  notes: string[],
): Array<{ max: number; window: string }> | { blocked: string } {
  const byWindow = new Map<string, number>();
  for (const l of limits) {
    let window: string = l.window;
    if (window === 'second') {
      window = 'minute';
      notes.push(
        `${toolLabel(tool)}: rate limit ${describeLimit(l)} has no per-second form in Intercept; written as ${l.max}/minute, which is stricter.`,
      );
    }
    if (l.scope !== 'global') {
      notes.push(
        `${toolLabel(tool)}: rate limit ${describeLimit(l)} (scope ${l.scope}) is counted in Intercept's state store for the tool, shared by every caller of that store, not per ${l.scope}.`,
      );
    }
    let max = l.max;
    const shared = sharing.get(`${l.scope}|${l.counter}|${l.window}`) ?? 1;
    if (shared > 1) {
      max = Math.floor(l.max / shared);
      if (max === 0)
        return {
          blocked: `rate limit ${describeLimit(l)} is shared by ${shared} tools; Intercept counts each tool on its own, and ${l.max} cannot be split between them`,
        };
      notes.push(
        `${toolLabel(tool)}: rate limit ${describeLimit(l)} is one counter shared by ${shared} tools; Intercept counts each tool on its own, so each gets ${max} (stricter).`,
      );
    }
    const previous = byWindow.get(window);
    if (previous !== undefined && previous !== max) {
      notes.push(
        `${toolLabel(tool)}: two rate limits per ${window}; Intercept allows one per window, so only the lower (${Math.min(previous, max)}) is kept.`,
      );
    }
    byWindow.set(window, previous === undefined ? max : Math.min(previous, max));
  }
  if (byWindow.size > 0 && tool.includes('.'))
    return {
      blocked:
        'the name has a dot and the tool has a rate limit; Intercept refuses to start on that (its Validate splits the state path state.<tool>.<counter> at the first dots, internal/config/validate.go), so the tool is denied instead of rate-limited',
    };
  const order = ['minute', 'hour', 'day'];
  return [...byWindow]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([window, max]) => ({ max, window }));
}

/** Caveats of Intercept itself, true of every export: no configuration can change them. */
const ENGINE_NOTES = [
  "Intercept: a tools/call whose params do not parse as {name: string, arguments: object} (arguments a list or a string, a number too large for float64) is forwarded to the server unchecked (internal/transport/jsonrpc.go interceptToolsCall); the server's own validation is all that stops it.",
  'Intercept: tools/call params are read with Go\'s encoding/json, which also accepts "Name"/"ARGUMENTS" in any case and lets the last one win, while the server reads the exact keys; a call that repeats them in another case can be checked as one call and run as another.',
];
const RATE_LIMIT_NOTE =
  'Intercept: a call answered with a JSON-RPC error is not counted against its rate limit (internal/proxy/handler.go rolls the reservation back), unlike decide(), which counts every call it forwards.';

export function exportIntercept(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const notes: string[] = [];
  const hide: string[] = [];
  const tools = new YamlMap();
  const sharing = counterSharing(policy);
  let anyRateLimit = false;

  for (const { name, rule, hidden } of policyEntries(policy, classifications)) {
    if (hasLoneSurrogate(name)) {
      notes.push(
        `${toolLabel(name)}: the name has an unpaired UTF-16 surrogate, which YAML cannot carry; left out, so default deny blocks it, but it is not hidden from tools/list.`,
      );
      continue;
    }
    if (name === '*') {
      notes.push(
        `${toolLabel(name)}: Intercept reads the tool name "*" as "every tool" (in tools and in hide); left out, so default deny blocks it, but it is not hidden from tools/list.`,
      );
      continue;
    }
    if (hidden || !rule) {
      // Go's strings.TrimSpace (validate.go:397) trims Unicode white space, U+0085 included
      if (name.trim().length === 0 || /^[\s\u0085]*$/u.test(name)) {
        notes.push(
          `${toolLabel(name)}: Intercept rejects blank entries in hide; left out, so default deny blocks it, but it is not hidden from tools/list.`,
        );
      } else {
        hide.push(name);
      }
      continue;
    }

    const deny = (reason: string, message: string): YamlMap =>
      new YamlMap([
        [
          'rules',
          [
            new YamlMap([
              ['name', reason],
              ['action', 'deny'],
              ['on_deny', message],
            ]),
          ],
        ],
      ]);

    if (rule.approval === 'required') {
      notes.push(
        `${toolLabel(name)}: needs approval, and Intercept has no approval step; the tool is denied (a deny rule says why). Allow it only behind an approval step outside Intercept.`,
      );
      tools.set(
        name,
        deny('needs approval', 'This tool needs human approval, which this proxy cannot ask for.'),
      );
      continue;
    }
    if (name.includes('\uFFFD')) {
      // Go's JSON decoder turns an unpaired surrogate in a call's name into U+FFFD, so a call
      // to a different tool could reach this tool's rules
      notes.push(
        `${toolLabel(name)}: the name holds U+FFFD, which Intercept's JSON decoder also produces from other names; the tool is denied.`,
      );
      tools.set(name, deny('name not exact', 'This tool name cannot be matched exactly by this proxy.'));
      continue;
    }

    const blocked: string[] = [];
    const argumentRules: YamlNode[] = [];
    const argumentNotes: string[] = [];
    const conditions = [
      ...(rule.require ?? []).map((c) => ({ c, kind: 'require' as const })),
      ...(rule.deny_if ?? []).map((c) => ({ c, kind: 'deny_if' as const })),
    ];
    for (const { c, kind } of conditions) {
      const t = translateCondition(c, kind);
      if ('blocked' in t) {
        blocked.push(t.blocked);
        continue;
      }
      if (t.note) argumentNotes.push(`${toolLabel(name)}: ${t.note}.`);
      const text = conditionText(c);
      argumentRules.push(
        new YamlMap([
          ['name', kind === 'require' ? `require ${text}` : `deny if ${text}`],
          ['conditions', t.conditions.map(conditionNode)],
          [
            'on_deny',
            kind === 'require' ? `Argument rule failed: ${text}.` : `Calls where ${text} are not allowed.`,
          ],
        ]),
      );
    }
    const limits = rateLimits(name, rule.limits ?? [], sharing, argumentNotes);
    if ('blocked' in limits) blocked.push(limits.blocked);

    if (blocked.length > 0 || 'blocked' in limits) {
      for (const b of blocked) notes.push(`${toolLabel(name)}: ${b}; the tool is denied.`);
      tools.set(
        name,
        deny('rule not expressible', 'This tool has a rule this proxy cannot enforce, so it is not allowed.'),
      );
      continue;
    }

    const rules: YamlNode[] = limits.map(
      ({ max, window }) =>
        new YamlMap([
          ['name', `rate limit ${max} per ${window}`],
          ['rate_limit', `${max}/${window}`],
        ]),
    );
    if (rules.length > 0) anyRateLimit = true;
    rules.push(...argumentRules);
    notes.push(...argumentNotes);
    tools.set(name, new YamlMap([['rules', rules]]));
  }
  notes.push(...ENGINE_NOTES);
  if (anyRateLimit) notes.push(RATE_LIMIT_NOTE);

  const doc = new YamlMap([
    ['version', '1'],
    ['description', `mcp-risk policy for the MCP server ${JSON.stringify(serverName)}`],
    ['default', 'deny'],
  ]);
  if (hide.length > 0) doc.set('hide', hide);
  doc.set('tools', tools);

  return {
    target: 'intercept',
    filename: `${safeFileStem(serverName)}.intercept.yaml`,
    content: renderYaml(doc, {
      plainKeys: PLAIN_KEYS,
      comments: [
        `Intercept policy generated by mcp-risk for the MCP server ${hasLoneSurrogate(serverName) ? '(name not printable)' : yamlString(serverName)}.`,
        'Run: intercept -c <this file> -- <command that starts the server>',
      ],
    }),
    notes: [...new Set(notes)],
  };
}
