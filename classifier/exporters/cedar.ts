import type { Condition, ToolRule } from '../../core/index.js';
import { parseArgPath } from '../../core/index.js';
import {
  describeCondition,
  describeLimits,
  hasLoneSurrogate,
  hex,
  quoteString,
  toolLabel,
  type QuoteRules,
} from './translate.js';

/**
 * What the two Cedar exporters share (cedar-toolhive.ts, cedar-docker.ts): string literals, the
 * translation of argument conditions into guards on a permit, and the rule for what Cedar cannot
 * carry. Each engine builds its request differently (where the arguments are, what it leaves out),
 * so the exporters pass an `ArgAccess` that says how to read one argument.
 *
 * Why guards on the permit and not `forbid ... when`: Cedar skips a policy whose condition errors
 * (an argument of an unexpected type). A skipped permit denies; a skipped forbid allows. So every
 * native condition becomes part of the permit's `when`, written so that it is true only when
 * decide() would let the call through, and an error anywhere in it denies. Where the hit itself can
 * be told without any possible error (`==` and `.contains` on a literal set never error), a
 * `forbid` for that hit is added as well, so a broader permit elsewhere in the store cannot allow
 * the call that the native policy refuses.
 */

/** A Cedar string literal (Rust escapes: \n \r \t \0 \\ \" and \u{...}). Throws on a lone surrogate. */
export function cedarString(s: string, { pattern = false }: { pattern?: boolean } = {}): string {
  return quoteString(s, pattern ? CEDAR_PATTERN_QUOTING : CEDAR_QUOTING);
}
const CEDAR_QUOTING: QuoteRules = {
  language: 'Cedar',
  extra: { '\0': '\\0' },
  unicode: (cp) => `\\u{${hex(cp, 4)}}`,
};
/** In a `like` pattern `*` is the wildcard, so a literal star is escaped. */
const CEDAR_PATTERN_QUOTING: QuoteRules = { ...CEDAR_QUOTING, extra: { '\0': '\\0', '*': '\\*' } };

/** A `like` pattern that matches the literal text exactly, with `*` wildcards around it as asked. */
export const likePattern = (text: string, { prefix = false, suffix = false }): string => {
  const inner = cedarString(text, { pattern: true }).slice(1, -1);
  return `"${prefix ? '*' : ''}${inner}${suffix ? '*' : ''}"`;
};

/**
 * Both engines decode the call with Go's encoding/json, which turns an unpaired surrogate escape
 * into U+FFFD ("invalid UTF-16 surrogate pairs are not treated as an error. Instead, they are
 * replaced by the Unicode replacement character"): a name or value holding U+FFFD can then be
 * reached by a different spelling, which decide() tells apart. Such names and values are not
 * trusted to a permit.
 */
export const GO_REPLACEMENT =
  'the engine decodes JSON with Go, which turns an unpaired surrogate into U+FFFD, so another spelling reaches this text';

/** The Cedar schema type of an argument a guard reads. */
export type ArgType = 'String' | 'Boolean';

/** How one engine puts a call's arguments into the Cedar request. */
export interface ArgAccess {
  /** the argument under this top-level key, as a Cedar expression */
  value(key: string): string;
  /** a Cedar expression that is true when the engine shows the argument (error-free) */
  present(key: string): string;
  /** a reason this argument key, or string value, cannot be read exactly by this engine */
  unreadable?(text: string, what: 'key' | 'value'): string | undefined;
}

export interface Guard {
  key: string;
  type: ArgType;
  /** true only when decide() lets this condition pass; an error means deny */
  pass: string;
  /** an error-free expression true exactly when a `deny_if` condition holds, when there is one */
  hit?: string;
}

const typeOf = (values: readonly unknown[]): ArgType | null => {
  if (values.length === 0) return null;
  if (values.every((v) => typeof v === 'string' && !hasLoneSurrogate(v))) return 'String';
  if (values.every((v) => typeof v === 'boolean')) return 'Boolean';
  return null;
};

const literal = (v: unknown): string => (typeof v === 'boolean' ? String(v) : cedarString(v as string));

/**
 * An assertion that the value has the type, which errors (and so denies) when it does not:
 * `like` takes only strings. For booleans the test is error-free and simply false.
 */
const assertType = (type: ArgType, v: string): string =>
  type === 'String' ? `${v} like "*"` : `(${v} == true || ${v} == false)`;

/**
 * The guard for one native condition, or a reason it cannot be expressed. Expressible: conditions
 * on one top-level argument with eq, neq, in, not_in (strings or booleans), contains and
 * starts_with (strings). Not expressible: regex (Cedar has none), numbers (both engines convert
 * them lossily or not at all), null, arrays and objects as values, nested paths, exists (neither
 * engine lets a policy tell a missing argument from one it left out of the request).
 *
 * Every guard requires the argument to be present: both engines leave some values out of the
 * request (see the exporters), so a missing argument cannot be told from such a value, and a call
 * that omits it is denied.
 */
export function conditionGuard(
  c: Condition,
  kind: 'deny_if' | 'require',
  access: ArgAccess,
): Guard | { unexpressible: string } {
  const keys = parseArgPath(c.path);
  if (!keys) return { unexpressible: 'the path is not valid' };
  if (keys.length !== 1) return { unexpressible: 'nested argument paths are not in the request' };
  const key = keys[0]!;
  if (hasLoneSurrogate(key)) return { unexpressible: 'the key has an unpaired UTF-16 surrogate' };
  const keyProblem = access.unreadable?.(key, 'key');
  if (keyProblem) return { unexpressible: keyProblem };
  const values: unknown[] =
    c.op === 'in' || c.op === 'not_in' ? (Array.isArray(c.value) ? (c.value as unknown[]) : []) : [c.value];
  for (const v of values) {
    const problem = typeof v === 'string' ? access.unreadable?.(v, 'value') : undefined;
    if (problem) return { unexpressible: problem };
  }
  const v = access.value(key);
  const present = access.present(key);
  const guard = (type: ArgType, pass: string, hit?: string): Guard => ({
    key,
    type,
    pass: `${present} && ${pass}`,
    ...(hit === undefined ? {} : { hit: `${present} && ${hit}` }),
  });
  switch (c.op) {
    case 'eq':
    case 'neq': {
      const type = typeOf(values);
      if (!type) return { unexpressible: `${c.op} compares a value Cedar cannot carry exactly` };
      const same = `${v} == ${literal(c.value)}`;
      const differs = `${assertType(type, v)} && ${v} != ${literal(c.value)}`;
      // deny_if eq: passes when it is a value of that type and differs; deny_if neq: when it is equal
      if (kind === 'deny_if') return c.op === 'eq' ? guard(type, differs, same) : guard(type, same);
      return c.op === 'eq' ? guard(type, same) : guard(type, differs);
    }
    case 'in':
    case 'not_in': {
      const type = typeOf(values);
      if (!type) return { unexpressible: `${c.op} lists values of no single type Cedar can carry` };
      const set = `[${values.map(literal).join(', ')}].contains(${v})`;
      const outside = `${assertType(type, v)} && !${set}`;
      if (kind === 'deny_if') return c.op === 'in' ? guard(type, outside, set) : guard(type, set);
      return c.op === 'in' ? guard(type, set) : guard(type, outside);
    }
    case 'contains':
    case 'starts_with': {
      if (typeOf(values) !== 'String')
        return { unexpressible: `${c.op} with a value that is not a string (arrays are not in the request)` };
      const text = c.value as string;
      const like = `${v} like ${likePattern(text, { prefix: c.op === 'contains', suffix: true })}`;
      return kind === 'deny_if'
        ? guard('String', `${assertType('String', v)} && !(${like})`)
        : guard('String', like);
    }
    case 'regex':
      return { unexpressible: 'Cedar has no regular expressions' };
    case 'exists':
      return {
        unexpressible: 'the engine leaves some values out of the request, so presence cannot be told',
      };
    default:
      return { unexpressible: 'numbers are not carried exactly' };
  }
}

/** One Cedar statement and the tool it is about. */
export interface CedarStatement {
  tool: string;
  text: string;
}

/** What one tool becomes: a forbid (with the reasons), or a permit with guards. */
export type ToolPlan =
  { kind: 'forbid'; reasons: string[] } | { kind: 'permit'; approval: boolean; guards: Guard[] };

/**
 * Plans one listed tool. `approval` says whether the engine can ask for approval; `types` holds
 * the schema type each argument key already has (one context type serves every tool), and is
 * filled in as guards are accepted.
 */
export function planTool(
  rule: ToolRule,
  access: ArgAccess,
  { approval, engine }: { approval: boolean; engine: string },
  types: Map<string, ArgType>,
): ToolPlan {
  const reasons: string[] = [];
  if (rule.limits && rule.limits.length > 0)
    reasons.push(
      `its rate limit (${describeLimits(rule.limits)}) cannot be expressed in Cedar, which keeps no counters`,
    );
  if (rule.approval === 'required' && !approval)
    reasons.push(`it needs approval, which ${engine} cannot ask for`);
  const guards: Guard[] = [];
  const pending = new Map<string, ArgType>();
  for (const [kind, conds] of [
    ['deny_if', rule.deny_if ?? []],
    ['require', rule.require ?? []],
  ] as const) {
    for (const c of conds) {
      const g = conditionGuard(c, kind, access);
      if ('unexpressible' in g) {
        reasons.push(
          `its argument rule (${kind} ${describeCondition(c)}) cannot be expressed: ${g.unexpressible}`,
        );
        continue;
      }
      const known = types.get(g.key) ?? pending.get(g.key);
      if (known !== undefined && known !== g.type) {
        reasons.push(
          `its argument rule (${kind} ${describeCondition(c)}) reads the argument as ${g.type} where another rule reads it as ${known}, and one Cedar schema serves every tool`,
        );
        continue;
      }
      pending.set(g.key, g.type);
      guards.push(g);
    }
  }
  // An approval permit with guards does not match a call its guards cannot check, and then a broader
  // permit elsewhere in the store would allow that call without asking: only an unconditional
  // approval permit is sure to win (approval "takes precedence over a normal permit").
  if (rule.approval === 'required' && approval && guards.length > 0)
    reasons.push(
      `it needs approval and has argument rules: a permit with @requireApproval and guards would let a broader permit allow the calls its guards cannot check`,
    );
  if (reasons.length > 0) return { kind: 'forbid', reasons };
  for (const [k, t] of pending) types.set(k, t);
  return { kind: 'permit', approval: rule.approval === 'required', guards };
}

/** The note for a tool the export forbids though the native policy would let some calls through. */
export const forbidNote = (name: string, reasons: readonly string[], engine: string): string =>
  `${toolLabel(name)}: forbidden in ${engine}: ${reasons.join('; ')}. Enforce it with mcp-risk guard, or replace the forbid by hand if you accept the gap.`;

/** The note for a permit whose guards deny calls that omit an argument the rules read. */
export const absentNote = (name: string, keys: readonly string[], why: string): string =>
  `${toolLabel(name)}: calls without ${keys.map((k) => JSON.stringify(k)).join(', ')} are denied, since ${why}.`;

/** A JSON schema attribute map for the argument keys the guards read. */
export function argAttributes(
  types: ReadonlyMap<string, ArgType>,
  name: (key: string) => string,
): Record<string, { type: ArgType; required: false }> {
  const attrs = new Map<string, { type: ArgType; required: false }>();
  for (const [k, t] of [...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    attrs.set(name(k), { type: t, required: false });
  return Object.fromEntries(attrs);
}
