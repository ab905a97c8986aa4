import type { Classification, Policy } from '../../core/index.js';
import {
  describeCondition,
  describeLimits,
  hasLoneSurrogate,
  hex,
  policyEntries,
  quoteString,
  toolLabel,
  type QuoteRules,
} from './translate.js';
import type { ExportedPolicy } from './types.js';

/**
 * Codex (`~/.codex/config.toml`): the keys of one `[mcp_servers.<name>]` table. What Codex does with
 * them, from openai/codex:
 *
 * - `enabled_tools` is an allow-list and `disabled_tools` a deny-list applied after it, both exact
 *   tool names: codex-rs/codex-mcp/src/tools.rs `ToolFilter::allows` ("if let Some(enabled) =
 *   &self.enabled && !enabled.contains(tool_name) { return false; } !self.disabled.contains(tool_name)"),
 *   applied by `filter_tools` to `tool.tool.name`, the raw MCP name. A tool it filters out is never
 *   offered to the model, so it cannot be called.
 * - `[mcp_servers.<name>.tools.<tool>] approval_mode = "prompt"` asks before every call:
 *   codex-rs/core/src/mcp_tool_call.rs `custom_mcp_tool_approval_mode` reads
 *   `server.tools.get(tool_name).approval_mode` (the raw name, the same one `call_tool` sends to the
 *   server), and `maybe_request_mcp_tool_approval` asks whenever the mode is `Prompt`; only `Auto`
 *   offers "allow for this session", so a prompted tool is asked every time. The server-wide
 *   `default_tools_approval_mode` is not consulted there, so it is not relied on.
 * - `enabled = false` skips the server (codex-rs/config/src/mcp_types.rs: "When `false`, Codex
 *   skips initializing this MCP server").
 *
 * Codex cannot count calls or look at arguments, so a tool with a rate limit or argument rules is
 * enabled with `approval_mode = "prompt"` (a person approves every call), with a note; a tool that
 * needs approval is enabled the same way. Tools the server adds later are not in
 * `enabled_tools`, so they are never offered.
 */

/** TOML basic strings (toml.io v1.0.0, "Basic strings"): \b \f and \uXXXX / \UXXXXXXXX besides the shared escapes. */
const TOML: QuoteRules = {
  language: 'TOML',
  // zero-width characters too, so a reviewer sees every character of a name
  extra: {
    '\b': '\\b',
    '\f': '\\f',
    '\u200b': '\\u200B',
    '\u200c': '\\u200C',
    '\u200d': '\\u200D',
    '\u2060': '\\u2060',
  },
  unicode: (cp) => (cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`),
};

export const tomlString = (s: string): string => quoteString(s, TOML);

/** A TOML key: bare when it is A-Za-z0-9_- only (the bare-key alphabet), a quoted basic string otherwise. */
export const tomlKey = (key: string): string => (/^[A-Za-z0-9_-]+$/.test(key) ? key : tomlString(key));

/** Codex refuses to start a server whose name is outside this (`validate_mcp_server_name`). */
const CODEX_SERVER_NAME = /^[a-zA-Z0-9_-]+$/;

const tomlArray = (values: readonly string[]): string =>
  values.length === 0 ? '[]' : `[\n${values.map((v) => `  ${tomlString(v)},`).join('\n')}\n]`;

export function exportCodex(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const notes: string[] = [];
  const enabled: string[] = [];
  const disabled: string[] = [];
  const prompted: string[] = [];
  for (const { name, rule, hidden } of policyEntries(policy, classifications)) {
    if (hasLoneSurrogate(name)) {
      // TOML (and Rust's strings) cannot hold it; leaving it out of enabled_tools denies it
      notes.push(`${toolLabel(name)} is not valid Unicode and cannot be written in TOML; it is not enabled.`);
      continue;
    }
    if (hidden || rule === undefined) {
      disabled.push(name);
      continue;
    }
    // what Codex cannot check (arguments, call counts) is put in front of a person on every call
    // ("deny or ask", the README's promise), never allowed silently
    const conditions = [...(rule.deny_if ?? []), ...(rule.require ?? [])];
    if (conditions.length > 0) {
      notes.push(
        `${toolLabel(name)}: argument rules (${conditions.map(describeCondition).join('; ')}) cannot be expressed in Codex, which cannot see arguments; every call is asked (approval_mode = "prompt") so a person checks the arguments; run it behind \`mcp-risk guard\` to enforce them.`,
      );
      enabled.push(name);
      prompted.push(name);
      continue;
    }
    if (rule.limits && rule.limits.length > 0) {
      notes.push(
        `${toolLabel(name)}: rate limit (${describeLimits(rule.limits)}) cannot be expressed in Codex, which cannot count calls; every call is asked (approval_mode = "prompt") instead; run it behind \`mcp-risk guard\` to enforce the limit.`,
      );
      enabled.push(name);
      prompted.push(name);
      continue;
    }
    enabled.push(name);
    if (rule.approval === 'required') prompted.push(name);
  }

  // a lone surrogate cannot be written in TOML; such a name cannot be a Codex server name either
  const key = hasLoneSurrogate(serverName) ? 'server' : serverName;
  const table = `mcp_servers.${tomlKey(key)}`;
  const lines = [
    `# mcp-risk policy for Codex: merge these keys into the existing [${table}] table of`,
    `# ~/.codex/config.toml (the one with its command or url). TOML allows a table only once.`,
    '',
    `[${table}]`,
  ];
  if (enabled.length === 0) {
    // an empty enabled_tools already allows nothing, but Codex's config writer drops an empty list
    // when it rewrites the table (`if let Some(enabled_tools) = &config.enabled_tools &&
    // !enabled_tools.is_empty()`), and without the list every tool would be allowed
    lines.push('enabled = false');
    notes.push(`No tool of ${toolLabel(serverName)} is allowed without conditions; the server is disabled.`);
  }
  lines.push(`enabled_tools = ${tomlArray(enabled)}`);
  lines.push(`disabled_tools = ${tomlArray(disabled)}`);
  for (const name of prompted)
    lines.push('', `[${table}.tools.${tomlKey(name)}]`, 'approval_mode = "prompt"');

  if (!CODEX_SERVER_NAME.test(serverName))
    notes.push(
      `Codex accepts only server names of letters, digits, "_" and "-"; ${toolLabel(serverName)} is not one: pass the name of the [mcp_servers] table with --name.`,
    );
  if (prompted.length > 0)
    notes.push(
      `Codex asks before every call of a tool with approval_mode = "prompt", except in full-access mode (--dangerously-bypass-approvals-and-sandbox), where it asks about nothing.`,
    );
  return {
    target: 'codex',
    filename: 'codex-config.toml',
    content: `${lines.join('\n')}\n`,
    notes: [...new Set(notes)],
  };
}
