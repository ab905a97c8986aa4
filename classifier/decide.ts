import { parseArgPath, type Condition, type Limit, type Policy, type ToolRule } from '../core/index.js';
import { isPortableRegex } from './exporters/translate.js';

/**
 * The reference meaning of a native policy: what it decides for one call. Pure: the caller supplies
 * the time and the counters, and applies `consume` when it forwards the call. Every exporter and the
 * guard are tested against this function.
 *
 * Order: an unusable name is denied; a hidden tool is hidden; a tool the policy does not list is
 * denied (default deny); arguments that are not an object are denied; any `deny_if` condition that
 * holds, or cannot be told, denies; any `require` condition that does not hold, or cannot be told,
 * denies; a spent rate limit denies; approval is asked; otherwise the call is allowed.
 *
 * Names match exactly, code unit for code unit: `Read_File`, `read_file ` and a zero-width variant
 * are different tools, and a tool the policy does not list is denied.
 */

export type Decision = 'allow' | 'deny' | 'hide' | 'approval';

export interface ToolCall {
  name: unknown;
  arguments?: unknown;
}

export interface DecideState {
  /** milliseconds since the epoch */
  now: number;
  /** calls already counted, by `limitKey(limit, now)`; missing keys are 0 */
  counts?: Readonly<Record<string, number>>;
}

export interface DecisionResult {
  decision: Decision;
  /** one sentence, safe to show to the agent and to log */
  reason: string;
  /** the condition or limit that decided, when one did */
  condition?: Condition;
  limit?: Limit;
  /** counter keys to add one to when the call goes ahead (after approval, when approval was asked) */
  consume: string[];
}

const WINDOW_MS: Record<Limit['window'], number> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

/**
 * Windows are fixed and aligned to the epoch in UTC (a minute window is one calendar minute): the
 * reading every target with a per-window counter shares. `scope` is the caller's business: it keeps
 * one set of counts per grant, session or process.
 */
export function limitKey(limit: Limit, now: number): string {
  const start = Math.floor(now / WINDOW_MS[limit.window]) * WINDOW_MS[limit.window];
  return `${limit.scope}|${limit.counter}|${limit.window}|${start}`;
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** 'absent', a value, or 'unknown' when the path walks into something that is not an object. */
type Resolved = { kind: 'absent' } | { kind: 'value'; value: unknown } | { kind: 'unknown' };

function resolve(args: Record<string, unknown>, path: string): Resolved {
  const keys = parseArgPath(path);
  if (!keys) return { kind: 'unknown' };
  let cur: unknown = args;
  for (const key of keys) {
    if (cur === undefined) return { kind: 'absent' };
    if (!isRecord(cur)) return { kind: 'unknown' };
    cur = own(cur, key) ? cur[key] : undefined;
  }
  return cur === undefined ? { kind: 'absent' } : { kind: 'value', value: cur };
}

type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';
function jsonType(v: unknown): JsonType | undefined {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return undefined;
  }
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = jsonType(a);
  if (ta !== jsonType(b)) return false;
  if (ta === 'array') {
    const x = a as unknown[];
    const y = b as unknown[];
    return x.length === y.length && x.every((v, i) => jsonEqual(v, y[i]));
  }
  if (ta === 'object') {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const kx = Object.keys(x);
    return kx.length === Object.keys(y).length && kx.every((k) => own(y, k) && jsonEqual(x[k], y[k]));
  }
  return false;
}

const compiled = new Map<string, RegExp | null>();

/**
 * A native pattern (RE2 syntax, one optional leading `(?i)`) as a JavaScript RegExp with RE2's
 * meaning: `.` is any character but a newline and `\s` is ASCII white space, as in RE2. null for a
 * pattern outside the portable dialect: such a condition cannot be told, so it fails closed.
 */
export function compileNativeRegex(pattern: string): RegExp | null {
  const hit = compiled.get(pattern);
  if (hit !== undefined) return hit;
  let re: RegExp | null = null;
  let body = pattern;
  let flags = '';
  if (body.startsWith('(?i)')) {
    body = body.slice(4);
    flags = 'i';
  }
  if (isPortableRegex(body) && !/\(\?[a-zA-Z-]*\)/.test(body)) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < body.length; i++) {
      const ch = body[i]!;
      if (ch === '\\') {
        const next = body[i + 1]!;
        i++;
        if (next === 's') out += inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
        else if (next === 'S' && !inClass) out += '[^\\t\\n\\f\\r ]';
        else if (next === 'A' && !inClass) out += '^';
        else if (next === 'z' && !inClass) out += '$';
        else out += `\\${next}`;
        continue;
      }
      if (inClass) {
        if (ch === ']') inClass = false;
        out += ch;
        continue;
      }
      if (ch === '[') {
        inClass = true;
        out += ch;
        if (body[i + 1] === '^') out += body[++i];
        if (body[i + 1] === ']') out += `\\${body[++i]}`;
        continue;
      }
      // without the m flag, ^ and $ are the ends of the text in both engines
      out += ch === '.' ? '[^\\n]' : ch;
    }
    try {
      re = new RegExp(out, flags);
    } catch {
      re = null;
    }
  }
  if (compiled.size > 1000) compiled.clear();
  compiled.set(pattern, re);
  return re;
}

/** true, false, or undefined when the condition cannot be told for this value (a fail-closed case). */
export function conditionHolds(cond: Condition, args: Record<string, unknown>): boolean | undefined {
  const r = resolve(args, cond.path);
  if (r.kind === 'unknown') return undefined;
  if (cond.op === 'exists') return r.kind === 'value';
  if (r.kind === 'absent') return false;
  const v = r.value;
  const want = cond.value;
  switch (cond.op) {
    case 'eq':
    case 'neq': {
      if (jsonType(v) !== jsonType(want)) return undefined;
      return jsonEqual(v, want) === (cond.op === 'eq');
    }
    case 'in':
    case 'not_in': {
      if (!Array.isArray(want)) return undefined;
      const types = new Set(want.map(jsonType));
      if (!types.has(jsonType(v))) return undefined;
      const found = want.some((w) => jsonEqual(v, w));
      return found === (cond.op === 'in');
    }
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      if (typeof v !== 'number' || typeof want !== 'number') return undefined;
      if (cond.op === 'lt') return v < want;
      if (cond.op === 'lte') return v <= want;
      if (cond.op === 'gt') return v > want;
      return v >= want;
    }
    case 'regex': {
      if (typeof v !== 'string' || typeof want !== 'string') return undefined;
      const re = compileNativeRegex(want);
      return re ? re.test(v) : undefined;
    }
    case 'contains': {
      if (typeof v === 'string' && typeof want === 'string') return v.includes(want);
      if (Array.isArray(v)) return v.some((x) => jsonEqual(x, want));
      return undefined;
    }
    case 'starts_with': {
      if (typeof v !== 'string' || typeof want !== 'string') return undefined;
      return v.startsWith(want);
    }
    default:
      return undefined;
  }
}

/** The rule a policy gives a tool name, or undefined when the tool is not listed. */
export function ruleOf(policy: Policy, name: string): ToolRule | undefined {
  return own(policy.tools, name) ? policy.tools[name] : undefined;
}

export function isHidden(policy: Policy, name: string): boolean {
  return (policy.hide ?? []).includes(name);
}

const quoted = (name: string): string => {
  const s = JSON.stringify(name);
  return s.length > 90 ? `${s.slice(0, 87)}..."` : s;
};

export function decide(policy: Policy, call: ToolCall, state: DecideState): DecisionResult {
  const deny = (reason: string, extra: Partial<DecisionResult> = {}): DecisionResult => ({
    decision: 'deny',
    reason,
    consume: [],
    ...extra,
  });
  const { name } = call;
  if (typeof name !== 'string' || name.length === 0) return deny('the call names no tool');
  if (isHidden(policy, name))
    return { decision: 'hide', reason: `${quoted(name)} is hidden by the policy`, consume: [] };
  const rule = ruleOf(policy, name);
  if (!rule) return deny(`${quoted(name)} is not allowed by the policy (default deny)`);
  const args = call.arguments === undefined ? {} : call.arguments;
  if (!isRecord(args)) return deny('the arguments are not an object');
  for (const cond of rule.deny_if ?? []) {
    const holds = conditionHolds(cond, args);
    if (holds === true)
      return deny(`${cond.path} is refused by the policy (${cond.op})`, { condition: cond });
    if (holds === undefined)
      return deny(`${cond.path} cannot be checked against the policy's ${cond.op} rule`, { condition: cond });
  }
  for (const cond of rule.require ?? []) {
    const holds = conditionHolds(cond, args);
    if (holds !== true)
      return deny(`${cond.path} does not meet the policy's ${cond.op} requirement`, { condition: cond });
  }
  const consume: string[] = [];
  for (const limit of rule.limits ?? []) {
    const key = limitKey(limit, state.now);
    const used = state.counts?.[key] ?? 0;
    if (used >= limit.max)
      return deny(`rate limit reached: ${limit.max} calls per ${limit.window}`, { limit });
    consume.push(key);
  }
  if (rule.approval === 'required')
    return { decision: 'approval', reason: `${quoted(name)} needs approval`, consume };
  return { decision: 'allow', reason: `${quoted(name)} is allowed by the policy`, consume };
}
