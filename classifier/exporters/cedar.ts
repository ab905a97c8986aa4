import type { Classification, Condition, Policy } from '../../core/index.js';
import {
  describeCondition,
  describeLimits,
  hasLoneSurrogate,
  hex,
  policyEntries,
  quoteString,
  safeFileStem,
  toolLabel,
  valueHasLoneSurrogate,
  type QuoteRules,
} from './translate.js';
import type { ExportedPolicy } from './types.js';

/**
 * Cedar policies (cedarpolicy.com). Entity model, the one agentgateway used for its Cedar-based
 * MCP authorization (agentgateway/agentgateway examples/authorization/README.md, earlier
 * revisions): a tool call is `action == Action::"call_tool"` on `resource == Tool::"<exact name>"`,
 * and the enforcement point puts the call's arguments in `context.args`.
 *
 * - Cedar denies by default; each allowed tool gets one `permit`, each hidden (or unlisted but
 *   classified) tool one `forbid`.
 * - `require` conditions become `when` clauses and `deny_if` conditions `unless` clauses on the
 *   permit, never separate `forbid`s: Cedar skips a policy whose condition errors (say, an argument
 *   of an unexpected type), and a skipped permit denies, where a skipped forbid would allow.
 * - Expressible: eq, neq (strings, integers, booleans), in / not_in (sets of those), lt / lte / gt
 *   / gte (integers), exists (`has`), contains (`like "*x*"` for a string, `.contains` otherwise),
 *   starts_with (`like "x*"`, exact once `*` is escaped). Not expressible: regex (Cedar has none),
 *   null, fractions, nested arrays or objects as values. A tool with a rule Cedar cannot express
 *   is not permitted, and a note names the rule.
 * - Rate limits have no Cedar form: dropped, each named in a note. Approval has none either: the
 *   tool is not permitted, and a note says it needs an approval step outside Cedar.
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
const likePattern = (text: string, { prefix = false, suffix = false }): string => {
  const inner = cedarString(text, { pattern: true }).slice(1, -1);
  return `"${prefix ? '*' : ''}${inner}${suffix ? '*' : ''}"`;
};

/** A Cedar literal for a JSON value, or null when Cedar has no exact equivalent. */
function cedarLiteral(value: unknown): string | null {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? null : cedarString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : null;
  return null; // null, fractions, arrays and objects: no exact Cedar literal
}

function cedarSet(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  const items = value.map(cedarLiteral);
  return items.every((i) => i !== null) ? `[${items.join(', ')}]` : null;
}

/**
 * A Cedar expression that is true exactly when the native condition holds: false when the
 * argument is missing (except `exists` false), an error (the permit then does not apply) when
 * it has a type the operator cannot take.
 */
export function cedarCondition(c: Condition): string | null {
  const segments = c.path.split('.').slice(1);
  if (segments.some(hasLoneSurrogate) || valueHasLoneSurrogate(c.value)) return null;
  const guards = ['context has args'];
  let access = 'context.args';
  for (const seg of segments) {
    guards.push(`${access} has ${cedarString(seg)}`);
    access = `${access}[${cedarString(seg)}]`;
  }
  const present = guards.join(' && ');
  let test: string | null;
  switch (c.op) {
    case 'exists':
      return c.value === false ? `!(${present})` : present;
    case 'eq':
    case 'neq': {
      const lit = cedarLiteral(c.value);
      test = lit === null ? null : `${access} ${c.op === 'eq' ? '==' : '!='} ${lit}`;
      break;
    }
    case 'in':
    case 'not_in': {
      const set = cedarSet(c.value);
      test = set === null ? null : `${c.op === 'in' ? '' : '!'}${set}.contains(${access})`;
      break;
    }
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const lit = typeof c.value === 'number' ? cedarLiteral(c.value) : null;
      const sym = { lt: '<', lte: '<=', gt: '>', gte: '>=' }[c.op];
      test = lit === null ? null : `${access} ${sym} ${lit}`;
      break;
    }
    case 'contains': {
      if (typeof c.value === 'string')
        test = `${access} like ${likePattern(c.value, { prefix: true, suffix: true })}`;
      else {
        const lit = cedarLiteral(c.value);
        test = lit === null ? null : `${access}.contains(${lit})`;
      }
      break;
    }
    case 'starts_with':
      test = typeof c.value === 'string' ? `${access} like ${likePattern(c.value, { suffix: true })}` : null;
      break;
    case 'regex':
      test = null;
      break;
  }
  return test === null ? null : `${present} && ${test}`;
}

const scope = (tool: string): string =>
  `principal, action == Action::"call_tool", resource == Tool::${cedarString(tool)}`;

export function exportCedar(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const notes: string[] = [];
  const statements: string[] = [];

  for (const { name, rule, hidden } of policyEntries(policy, classifications)) {
    if (hasLoneSurrogate(name)) {
      notes.push(
        `${toolLabel(name)}: the name has an unpaired UTF-16 surrogate, which a Cedar string cannot carry; no statement is written, so Cedar's default deny applies.`,
      );
      continue;
    }
    if (hidden || !rule) {
      statements.push(`forbid (${scope(name)});`);
      continue;
    }
    if (rule.approval === 'required') {
      notes.push(
        `${toolLabel(name)}: needs approval, which Cedar cannot express; the tool is not permitted. Permit it only behind an approval step outside Cedar.`,
      );
      continue;
    }
    const clauses: string[] = [];
    const missing: Condition[] = [];
    for (const [kind, conditions] of [
      ['when', rule.require ?? []],
      ['unless', rule.deny_if ?? []],
    ] as const) {
      for (const c of conditions) {
        const expr = cedarCondition(c);
        if (expr === null) missing.push(c);
        else clauses.push(`${kind} { ${expr} }`);
      }
    }
    if (missing.length > 0) {
      const regex = missing.some((c) => c.op === 'regex');
      notes.push(
        `${toolLabel(name)}: argument rule (${missing.map(describeCondition).join('; ')}) cannot be expressed in Cedar${regex ? ', which has no regular expressions' : ''}; the tool is not permitted.`,
      );
      continue;
    }
    if (rule.limits && rule.limits.length > 0) {
      notes.push(
        `${toolLabel(name)}: rate limit (${describeLimits(rule.limits)}) cannot be expressed in Cedar; dropped.`,
      );
    }
    statements.push(
      clauses.length === 0
        ? `permit (${scope(name)});`
        : `permit (${scope(name)})\n${clauses.map((c) => `  ${c}`).join('\n')};`,
    );
  }

  const server = hasLoneSurrogate(serverName) ? '(name not printable)' : cedarString(serverName);
  const header = [
    `// Cedar policies generated by mcp-risk for the MCP server ${server}.`,
    '// Entities: action Action::"call_tool", resource Tool::"<tool name>"; context.args holds the call\'s arguments.',
    '// Cedar denies anything no permit allows.',
  ];
  return {
    target: 'cedar',
    filename: `${safeFileStem(serverName)}.cedar`,
    content: `${[...header, '', ...statements.flatMap((s) => [s, ''])].join('\n').trimEnd()}\n`,
    notes: [...new Set(notes)],
  };
}
