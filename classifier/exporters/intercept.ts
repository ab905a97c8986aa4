import type { Classification, Condition, Limit, Policy } from '../../core/index.js';
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
 * policy. Format and semantics from that repository: POLICY.md, internal/config/config.go and
 * validate.go (fields, `rate_limit` shorthand, `hide`, validation), internal/engine/engine.go and
 * operators.go (rule evaluation, operators, missing arguments), at commit 7898b0106c74.
 *
 * How the native policy maps:
 * - `default: deny`, a listed tool is allowed subject to its rules, `hide` for hidden tools.
 * - limits -> `rate_limit: N/window` (minute, hour, day; a per-second limit becomes the same number
 *   per minute, which is stricter).
 * - `require` conditions -> an `evaluate` rule whose conditions must hold (Intercept's own model);
 *   `starts_with` becomes an anchored, quoted `regex`.
 * - `deny_if` conditions -> an `evaluate` rule with the negated condition (eq <-> neq, in <-> not_in,
 *   lt <-> gte, ...). Intercept fails a condition whose argument is missing, so the negation also
 *   denies calls without that argument (said in a note). `regex`, `contains` and `starts_with` have
 *   no negation in Intercept: the tool is denied outright, with a note.
 * - approval: Intercept has no approval step, so the tool gets an unconditional deny rule whose
 *   message says it needs approval.
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

/** Whether Intercept's validator accepts the value for the operator (validate.go). */
function valueFits(op: string, value: unknown): boolean {
  if (!isYamlRepresentable(value)) return false;
  if (op === 'in' || op === 'not_in') return Array.isArray(value);
  if (op === 'lt' || op === 'lte' || op === 'gt' || op === 'gte') return typeof value === 'number';
  if (op === 'exists') return typeof value === 'boolean';
  if (op === 'regex') return typeof value === 'string' && isPortableRegex(value);
  return true;
}

/** The condition Intercept checks for a native `require` condition, or null when it has none. */
function requireCondition(c: Condition): InterceptCondition | null {
  if (hasLoneSurrogate(c.path)) return null;
  let out: InterceptCondition;
  if (c.op === 'starts_with') {
    if (typeof c.value !== 'string') return null;
    out = { path: c.path, op: 'regex', value: `^${quoteMeta(c.value)}` };
  } else if (c.op === 'exists') {
    out = { path: c.path, op: 'exists', value: c.value === false ? false : true };
  } else {
    out = { path: c.path, op: c.op, value: c.value };
  }
  return valueFits(out.op, out.value) ? out : null;
}

/** The condition that passes exactly when a native `deny_if` condition does not hold, or null. */
function denyIfCondition(c: Condition): InterceptCondition | null {
  if (hasLoneSurrogate(c.path)) return null;
  if (c.op === 'exists') {
    const present = c.value !== false;
    return { path: c.path, op: 'exists', value: !present };
  }
  const negated = NEGATION[c.op];
  if (!negated) return null;
  const out = { path: c.path, op: negated, value: c.value };
  return valueFits(out.op, out.value) ? out : null;
}

function conditionNode(c: InterceptCondition): YamlMap {
  return new YamlMap([
    ['path', c.path],
    ['op', c.op],
    ['value', toYamlNode(c.value)],
  ]);
}

/** One rate limit per window (Intercept derives the counter name from the window). */
function rateLimits(
  tool: string,
  limits: readonly Limit[],
  notes: string[],
): Array<{ max: number; window: string }> {
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
    const previous = byWindow.get(window);
    if (previous !== undefined && previous !== l.max) {
      notes.push(
        `${toolLabel(tool)}: two rate limits per ${window}; Intercept allows one per window, so only the lower (${Math.min(previous, l.max)}) is kept.`,
      );
    }
    byWindow.set(window, previous === undefined ? l.max : Math.min(previous, l.max));
  }
  const order = ['minute', 'hour', 'day'];
  return [...byWindow]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([window, max]) => ({ max, window }));
}

export function exportIntercept(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const notes: string[] = [];
  const hide: string[] = [];
  const tools = new YamlMap();

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

    const argumentRules: YamlNode[] = [];
    const argumentNotes: string[] = [];
    let expressible = true;
    for (const c of rule.require ?? []) {
      const cond = requireCondition(c);
      if (!cond) {
        expressible = false;
        notes.push(
          `${toolLabel(name)}: require ${describeCondition(c)} cannot be expressed in Intercept (operator, value or pattern not supported); the tool is denied.`,
        );
        continue;
      }
      argumentRules.push(
        new YamlMap([
          ['name', `require ${conditionText(c)}`],
          ['conditions', [conditionNode(cond)]],
          ['on_deny', `Argument rule failed: ${conditionText(c)}.`],
        ]),
      );
    }
    for (const c of rule.deny_if ?? []) {
      const cond = denyIfCondition(c);
      if (!cond) {
        expressible = false;
        notes.push(
          `${toolLabel(name)}: deny_if ${describeCondition(c)} has no negation in Intercept (it can only require a condition to hold); the tool is denied.`,
        );
        continue;
      }
      if (c.op !== 'exists') {
        argumentNotes.push(
          `${toolLabel(name)}: deny_if ${describeCondition(c)} is enforced as "${cond.path} ${cond.op}", which Intercept also fails when the argument is missing, so calls without ${c.path} are denied too.`,
        );
      }
      argumentRules.push(
        new YamlMap([
          ['name', `deny if ${conditionText(c)}`],
          ['conditions', [conditionNode(cond)]],
          ['on_deny', `Calls where ${conditionText(c)} are not allowed.`],
        ]),
      );
    }
    if (!expressible) {
      tools.set(
        name,
        deny(
          'argument rule not expressible',
          'This tool has an argument rule this proxy cannot enforce, so it is not allowed.',
        ),
      );
      continue;
    }

    const rules: YamlNode[] = rateLimits(name, rule.limits ?? [], notes).map(
      ({ max, window }) =>
        new YamlMap([
          ['name', `rate limit ${max} per ${window}`],
          ['rate_limit', `${max}/${window}`],
        ]),
    );
    rules.push(...argumentRules);
    notes.push(...argumentNotes);
    tools.set(name, new YamlMap([['rules', rules]]));
  }

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
