import type { Classification, Policy } from '../../core/index.js';
import {
  describeCondition,
  describeLimits,
  hasLoneSurrogate,
  hex,
  policyEntries,
  quoteString,
  safeFileStem,
  toolLabel,
  type QuoteRules,
} from './translate.js';
import type { ExportedPolicy } from './types.js';
import { YamlMap, renderYaml, yamlString } from './yaml.js';

/**
 * agentgateway (github.com/agentgateway/agentgateway) MCP authorization, as a `policies` block with
 * one `mcpAuthorization` rule set. Read at commit 75b4e6ce6e0e1ac7959d5548ebe8dbeaede4f180, the one
 * the published schema (../shared/formats/agentgateway-config.schema.json) comes from:
 *
 * - Where it goes: `mcpAuthorization` is a property of `LocalBackendPolicies` (the schema's
 *   `routes[].backends[].policies`) and of `FilterOrPolicy` (`mcp.policies` in the simplified form,
 *   `routes[].policies`). Not `routes[].backends[].mcp.policies`, and not a `mcpGuardrails`
 *   processor of kind `cel`: the schema allows only `kind: remote` there.
 * - How rules combine (crates/agentgateway/src/http/authorization.rs, RuleSets::validate, lines
 *   255-275): no rules at all allows everything; any `deny` that is true denies; every `require`
 *   must be true; then any `allow` that is true allows; with allow rules present and none true, deny.
 *   Rule sets from other policies merge by concatenation (authorization.rs:227-232, "allow rules are
 *   OR'd across both"), so an `allow` of ours could be widened by a broader `allow` elsewhere; a
 *   `require` cannot. We therefore write one `require`: the tool name is one of the allowed names.
 * - Errors (crates/agentgateway/src/cel/types.rs:765, Executor::eval_bool): an expression that fails
 *   to evaluate, or is not a bool, counts as false. A false `require` denies, so an error can never
 *   allow. (A `deny` that errors does not deny, which is why we never use one: authorization.rs:136.)
 * - What the expression sees (crates/agentgateway/src/mcp/rbac.rs:51-59, McpAuthorizationSet::
 *   validate): `mcp` is built from the resource alone (MCPInfo::from, mcp/mod.rs:485), so on a
 *   tools/call it holds `mcp.tool.name` and `mcp.tool.target` and nothing else; schema/cel.md:131:
 *   "Request-time CEL only includes identity fields such as `tool`, `prompt`, or `resource`". The
 *   call's arguments are not visible to authorization, so a tool with argument rules is not allowed.
 * - tools/list (mcp/handler.rs:729, merge_tools) filters every listed tool through the same check:
 *   a tool the rule does not allow is also hidden. Prompts, resources and tasks have no `mcp.tool`,
 *   so the `require` fails for them too: with this block, the backend serves tools only.
 * - `mcp.tool.name` is the name sent upstream, after the multiplexing prefix `<target>_` is removed
 *   (mcp/handler.rs:375, parse_resource_name); names otherwise arrive unchanged and compare exactly.
 * - Rate limits: `localRateLimit` is a token bucket per route with no key (http/localratelimit.rs:
 *   28-43), not a counter per tool; per-tool limits need an external rate-limit service. A limited
 *   tool is not allowed, with a note.
 * - Approval: agentgateway has no approval step (it only forwards a server's own elicitation);
 *   a tool that needs approval is not allowed, with a note.
 */

const PLAIN_KEYS = new Set(['mcpAuthorization', 'rules', 'require']);

/**
 * A CEL string literal. agentgateway's CEL parser (crates/cel-fork/cel/src/parser/parse.rs:246,
 * parse_quoted_string) reads \" \\ \n \r \t and \uXXXX in a double-quoted string; these are also
 * JSON's escapes, so JSON.parse reads the literal back.
 */
export const celString = (s: string): string => quoteString(s, CEL_QUOTING);
const CEL_QUOTING: QuoteRules = { language: 'CEL', unicode: (cp) => `\\u${hex(cp, 4)}` };

/** The one authorization expression: true exactly for a tools/call or listed tool we allow. */
export function allowExpression(names: readonly string[]): string {
  return names.length === 0 ? 'false' : `mcp.tool.name in [${names.map(celString).join(', ')}]`;
}

export function exportAgentgateway(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const notes: string[] = [];
  const allowed: string[] = [];

  for (const { name, rule, hidden } of policyEntries(policy, classifications)) {
    if (hidden || !rule) continue; // not allowed: denied, and filtered from tools/list
    const label = toolLabel(name);
    if (hasLoneSurrogate(name)) {
      notes.push(
        `${label}: the name has an unpaired UTF-16 surrogate, which a CEL string cannot carry; the tool is not allowed.`,
      );
      continue;
    }
    const gaps: string[] = [];
    if (rule.approval === 'required') gaps.push('needs approval, which agentgateway cannot ask for');
    const conditions = [...(rule.deny_if ?? []), ...(rule.require ?? [])];
    if (conditions.length > 0)
      gaps.push(
        `argument rule (${conditions.map(describeCondition).join('; ')}) cannot be checked: agentgateway's authorization sees the tool's name, not its arguments`,
      );
    if (rule.limits && rule.limits.length > 0)
      gaps.push(
        `rate limit (${describeLimits(rule.limits)}) cannot be expressed per tool: agentgateway's local rate limit counts every request on the route`,
      );
    if (gaps.length > 0) {
      notes.push(`${label}: ${gaps.join('; ')}; the tool is not allowed.`);
      continue;
    }
    allowed.push(name);
  }

  const doc = new YamlMap([
    ['mcpAuthorization', new YamlMap([['rules', [new YamlMap([['require', allowExpression(allowed)]])]]])],
  ]);

  return {
    target: 'agentgateway',
    filename: `${safeFileStem(serverName)}.agentgateway.yaml`,
    content: renderYaml(doc, {
      plainKeys: PLAIN_KEYS,
      comments: [
        `agentgateway MCP authorization generated by mcp-risk for the MCP server ${hasLoneSurrogate(serverName) ? '(name not printable)' : yamlString(serverName)}.`,
        'Put this block under the `policies` of the route backend that serves this server',
        '(`routes[].backends[].policies`), or under `mcp.policies` in the simplified form. Only the tools',
        'named are allowed; every other tool is denied and hidden from tools/list, and prompts and',
        'resources are denied. Names are matched unprefixed (mcp.tool.name) on every target of the',
        'backend: give this server a backend of its own.',
      ],
    }),
    notes: [...new Set(notes)],
  };
}
