import type { Classification, Condition, Policy } from '../../core/index.js';
import {
  conditionText,
  describeCondition,
  describeLimits,
  hasLoneSurrogate,
  hex,
  isPortableRegex,
  policyEntries,
  quoteString,
  safeFileStem,
  toolLabel,
  valueHasLoneSurrogate,
  type QuoteRules,
} from './translate.js';
import type { ExportedPolicy } from './types.js';
import { YamlMap, renderYaml, yamlString, type YamlNode } from './yaml.js';

/**
 * agentgateway (github.com/agentgateway/agentgateway) MCP policies, as the `policies` block of an
 * MCP backend. Sources:
 * - `mcpAuthorization.rules`: a list of CEL expressions; a plain string is an allow rule, and once
 *   any allow rule exists, a call no rule allows is denied and the tool is filtered from list
 *   responses (crates/agentgateway/src/http/authorization.rs, RuleSets::validate;
 *   examples/authorization/config.yaml; agentgateway/website
 *   content/docs/standalone/latest/mcp/mcp-authz.md). An empty rule set allows everything, so with
 *   no allowed tool we write the rule `false`.
 * - Request-time authorization CEL sees the tool's identity (`mcp.tool.name`, `mcp.tool.target`),
 *   not its arguments (schema/cel.md, the `mcp` field). Argument rules therefore go to
 *   `mcpGuardrails` processors of `kind: cel`, which see `mcp.params.arguments` on `tools/call`,
 *   `reject` when `when` is true, and also reject when an expression fails to evaluate
 *   (crates/agentgateway/src/mcp/guardrails/cel_processor.rs; examples/mcp-guardrails/cel/).
 *   CEL `matches` uses Rust's `regex` crate: patterns with lookaround or backreferences cannot
 *   be expressed.
 * - Rate limits: `localRateLimit` counts every request on a route, not calls to one tool, and
 *   per-tool limits need an external rate-limit service (crates/agentgateway/src/http/
 *   localratelimit.rs, src/mcp/remoteratelimit.rs); dropped, each named in a note.
 * - Approval: no approval step; the tool is not allowed, with a note.
 * A tool with a rule that cannot be expressed is not allowed (no allow rule), and a note says why.
 */

const PLAIN_KEYS = new Set([
  'mcpAuthorization',
  'rules',
  'mcpGuardrails',
  'processors',
  'kind',
  'methods',
  'when',
  'reject',
]);

/** A CEL string literal. Escapes are the subset CEL shares with JSON, so JSON.parse reads it back. */
export const celString = (s: string): string => quoteString(s, CEL_QUOTING);
const CEL_QUOTING: QuoteRules = { language: 'CEL', unicode: (cp) => `\\u${hex(cp, 4)}` };

const CEL_RESERVED = new Set([
  'true',
  'false',
  'null',
  'in',
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
  'void',
  'while',
]);
const isCelIdent = (s: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) && !CEL_RESERVED.has(s);

/** A CEL literal for a JSON value, or null when there is none. */
function celLiteral(value: unknown): string | null {
  if (value === null) return 'null';
  if (typeof value === 'string') return hasLoneSurrogate(value) ? null : celString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (Number.isInteger(value)) return Number.isSafeInteger(value) ? String(value) : null;
    return String(value); // a fraction prints with '.' or an exponent: a CEL double literal
  }
  if (Array.isArray(value)) {
    const items = value.map(celLiteral);
    return items.every((i) => i !== null) ? `[${items.join(', ')}]` : null;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => {
      const lit = celLiteral(v);
      return lit === null || hasLoneSurrogate(k) ? null : `${celString(k)}: ${lit}`;
    });
    return entries.every((e) => e !== null) ? `{${entries.join(', ')}}` : null;
  }
  return null;
}

/**
 * A CEL expression over `mcp.params` that is true exactly when the native condition holds (false
 * when the argument is missing, except `exists` false), or null when CEL cannot express it.
 */
export function celCondition(c: Condition): string | null {
  const segments = c.path.split('.').slice(1);
  if (segments.some(hasLoneSurrogate) || valueHasLoneSurrogate(c.value)) return null;
  const guards = ['has(mcp.params.arguments)'];
  let access = 'mcp.params.arguments';
  for (const seg of segments) {
    if (isCelIdent(seg)) {
      guards.push(`has(${access}.${seg})`);
      access = `${access}.${seg}`;
    } else {
      guards.push(`${celString(seg)} in ${access}`);
      access = `${access}[${celString(seg)}]`;
    }
  }
  const present = guards.join(' && ');
  const lit = celLiteral(c.value);
  let test: string | null = null;
  switch (c.op) {
    case 'exists':
      return c.value === false ? `!(${present})` : present;
    case 'eq':
      test = lit === null ? null : `${access} == ${lit}`;
      break;
    case 'neq':
      test = lit === null ? null : `${access} != ${lit}`;
      break;
    case 'in':
      test = Array.isArray(c.value) && lit !== null ? `${access} in ${lit}` : null;
      break;
    case 'not_in':
      test = Array.isArray(c.value) && lit !== null ? `!(${access} in ${lit})` : null;
      break;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const sym = { lt: '<', lte: '<=', gt: '>', gte: '>=' }[c.op];
      test = typeof c.value === 'number' && lit !== null ? `${access} ${sym} ${lit}` : null;
      break;
    }
    case 'regex':
      test =
        typeof c.value === 'string' && isPortableRegex(c.value) && lit !== null
          ? `${access}.matches(${lit})`
          : null;
      break;
    case 'contains':
      if (lit === null) test = null;
      else test = typeof c.value === 'string' ? `${access}.contains(${lit})` : `${lit} in ${access}`;
      break;
    case 'starts_with':
      test = typeof c.value === 'string' && lit !== null ? `${access}.startsWith(${lit})` : null;
      break;
  }
  return test === null ? null : `${present} && ${test}`;
}

function guardrail(when: string, reject: string): YamlMap {
  return new YamlMap([
    ['kind', 'cel'],
    ['methods', new YamlMap([['tools/call', 'request']])],
    ['when', when],
    ['reject', reject],
  ]);
}

export function exportAgentgateway(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const notes: string[] = [];
  const allow: string[] = [];
  const processors: YamlNode[] = [];

  for (const { name, rule, hidden } of policyEntries(policy, classifications)) {
    if (hidden || !rule) continue; // not allowed: denied and filtered from tools/list
    if (hasLoneSurrogate(name)) {
      notes.push(
        `${toolLabel(name)}: the name has an unpaired UTF-16 surrogate, which a CEL string cannot carry; the tool is not allowed.`,
      );
      continue;
    }
    if (rule.approval === 'required') {
      notes.push(
        `${toolLabel(name)}: needs approval, which agentgateway cannot ask for; the tool is not allowed. Allow it only behind an approval step outside the gateway.`,
      );
      continue;
    }
    const isTool = `mcp.params.name == ${celString(name)}`;
    const checks: YamlMap[] = [];
    const missing: Condition[] = [];
    for (const c of rule.require ?? []) {
      const expr = celCondition(c);
      if (expr === null) missing.push(c);
      else checks.push(guardrail(`${isTool} && !(${expr})`, `Argument rule failed: ${conditionText(c)}.`));
    }
    for (const c of rule.deny_if ?? []) {
      const expr = celCondition(c);
      if (expr === null) missing.push(c);
      else checks.push(guardrail(`${isTool} && ${expr}`, `Calls where ${conditionText(c)} are not allowed.`));
    }
    if (missing.length > 0) {
      notes.push(
        `${toolLabel(name)}: argument rule (${missing.map(describeCondition).join('; ')}) cannot be expressed in agentgateway CEL (a regex with lookaround or backreferences, or an unsupported value); the tool is not allowed.`,
      );
      continue;
    }
    if (rule.limits && rule.limits.length > 0) {
      notes.push(
        `${toolLabel(name)}: rate limit (${describeLimits(rule.limits)}) cannot be expressed per tool in agentgateway's local rate limit, which counts every request on the route; dropped.`,
      );
    }
    if (checks.length > 0) {
      notes.push(
        `${toolLabel(name)}: argument rules are enforced by mcpGuardrails processors of kind cel, which only recent agentgateway builds have (older builds reject the file); without them, remove this tool's allow rule as well.`,
      );
    }
    allow.push(`mcp.tool.name == ${celString(name)}`);
    processors.push(...checks);
  }

  const doc = new YamlMap([
    ['mcpAuthorization', new YamlMap([['rules', allow.length > 0 ? allow : ['false']]])],
  ]);
  if (processors.length > 0) doc.set('mcpGuardrails', new YamlMap([['processors', processors]]));

  return {
    target: 'agentgateway',
    filename: `${safeFileStem(serverName)}.agentgateway.yaml`,
    content: renderYaml(doc, {
      plainKeys: PLAIN_KEYS,
      comments: [
        `agentgateway MCP policies generated by mcp-risk for the MCP server ${hasLoneSurrogate(serverName) ? '(name not printable)' : yamlString(serverName)}.`,
        'Use this block as the `policies` of the MCP backend that serves this server: `mcp.policies`',
        'in the simplified form, or `policies` of its `routes[].backends[].mcp`. Tool names are matched',
        'unprefixed (mcp.tool.name); tools no rule allows are denied and hidden from tools/list.',
      ],
    }),
    notes: [...new Set(notes)],
  };
}
