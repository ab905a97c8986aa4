import { McpRiskError, type Classification, type Policy } from '../../core/index.js';
import {
  describeCondition,
  describeLimits,
  hasLoneSurrogate,
  policyEntries,
  toolLabel,
} from './translate.js';
import type { ExportedPolicy } from './types.js';

/**
 * Claude Code `permissions` (settings.json): `allow`, `ask` and `deny` entries of the form
 * `mcp__<server>__<tool>`. Claude Code matches a rule against the tool's id, deny before ask before
 * allow, and asks about an MCP tool no rule names. It cannot count calls and cannot look at
 * arguments, so the export fails closed wherever the native policy needs either:
 *
 * - a tool with no rule is `allow`; a tool that needs approval (and nothing else) is `ask`;
 * - a tool with a rate limit or argument rules (`require`, `deny_if`) is `ask`: a person sees and
 *   approves every call in place of the count or the check (the guide's "deny or ask"), with a note;
 * - a hidden tool, every classified tool the policy does not list, and every pair of tools whose ids
 *   collide are `deny`.
 *
 * Every `deny` or `ask` that `decide()` would not make is named in a note, with the advice to run the
 * tool behind `mcp-risk guard`, which enforces the native policy itself.
 */

/**
 * Claude Code's id part for a server or tool name: every UTF-16 code unit outside [A-Za-z0-9_-]
 * becomes `_` (services/mcp/normalization.ts, `normalizeNameForMCP`:
 * `name.replace(/[^a-zA-Z0-9_-]/g, '_')`, no `u` flag, so an astral character is two `_`). The
 * `claude.ai ` prefix rule there applies to claude.ai connectors only, never to a `.mcp.json` key.
 */
export const claudeCodeName = (name: string): string => name.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * Claude Code's clean-up of everything a server sends in `tools/list` before it names the tools
 * (utils/sanitization.ts, `partiallySanitizeUnicode`, applied by `recursivelySanitizeUnicode` in
 * services/mcp/client.ts `fetchToolsForClient`): NFKC, then format, private-use and unassigned
 * characters removed, repeated until nothing changes (at most 10 rounds; Claude Code throws
 * beyond that, and the server then offers no tools). undefined when it does not settle.
 */
export function claudeCodeSanitize(name: string): string | undefined {
  let current = name;
  for (let round = 0; round < 10; round++) {
    const next = current
      .normalize('NFKC')
      .replace(/[\p{Cf}\p{Co}\p{Cn}]/gu, '')
      .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uE000-\uF8FF]/g, '');
    if (next === current) return current;
    current = next;
  }
  return undefined;
}

export const claudeCodeToolId = (server: string, tool: string): string =>
  `mcp__${claudeCodeName(server)}__${claudeCodeName(tool)}`;

/**
 * Every id Claude Code may give a tool. Versions differ in how they clean a tool's name (the
 * current one applies `claudeCodeSanitize`; older builds used the raw name or only NFC), so a rule
 * is written for every reading, and two tools collide when any of their readings meet.
 */
export function claudeCodeToolIds(server: string, tool: string): string[] {
  const readings = [tool, tool.normalize('NFC'), claudeCodeSanitize(tool) ?? tool];
  return [...new Set(readings.map((r) => claudeCodeToolId(server, r)))];
}

/** The Claude API limits tool names to 64 characters; what Claude Code does beyond that is not documented. */
const MAX_ID_LENGTH = 64;

export interface ClaudeCodePermissions {
  allow: string[];
  ask: string[];
  deny: string[];
}

const uniqueSorted = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function exportClaudeCode(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const notes: string[] = [];
  const entries = policyEntries(policy, classifications);

  // Which tools each id may stand for: an id shared by two different tools is denied for both.
  const toolsById = new Map<string, Set<string>>();
  const idsOf = new Map<string, string[]>();
  for (const { name } of entries) {
    const ids = claudeCodeToolIds(serverName, name);
    idsOf.set(name, ids);
    for (const id of ids) {
      const set = toolsById.get(id) ?? new Set<string>();
      set.add(name);
      toolsById.set(id, set);
    }
  }

  const allow: string[] = [];
  const ask: string[] = [];
  const deny: string[] = [];
  for (const { name, rule, hidden } of entries) {
    const ids = idsOf.get(name)!;
    const shown = ids.join(', ');
    const collisions = ids.filter((id) => toolsById.get(id)!.size > 1);
    if (hidden || rule === undefined) {
      deny.push(...ids);
      continue;
    }
    if (collisions.length > 0) {
      for (const id of collisions) {
        const others = [...toolsById.get(id)!].sort().map(toolLabel).join(', ');
        notes.push(`${id}: the tools ${others} all map to this Claude Code id; all of them are denied.`);
      }
      deny.push(...ids);
      continue;
    }
    if (ids.some((id) => id.length > MAX_ID_LENGTH)) {
      notes.push(
        `${shown}: longer than ${MAX_ID_LENGTH} characters, which Claude Code may shorten into another tool's id; denied.`,
      );
      deny.push(...ids);
      continue;
    }
    if (hasLoneSurrogate(name)) {
      notes.push(`${shown}: the name ${toolLabel(name)} is not valid Unicode; denied.`);
      deny.push(...ids);
      continue;
    }
    // what Claude Code cannot check (arguments, call counts) is put in front of a person on every
    // call ("deny or ask", the README's promise), never allowed silently
    const conditions = [...(rule.deny_if ?? []), ...(rule.require ?? [])];
    if (conditions.length > 0) {
      notes.push(
        `${shown}: argument rules (${conditions.map(describeCondition).join('; ')}) cannot be expressed in Claude Code permissions, which cannot see arguments; every call is asked ("ask") so a person checks the arguments; run it behind \`mcp-risk guard\` to enforce them.`,
      );
      ask.push(...ids);
      continue;
    }
    if (rule.limits && rule.limits.length > 0) {
      notes.push(
        `${shown}: rate limit (${describeLimits(rule.limits)}) cannot be expressed in Claude Code permissions, which cannot count calls; every call is asked ("ask") instead; run it behind \`mcp-risk guard\` to enforce the limit.`,
      );
      ask.push(...ids);
      continue;
    }
    (rule.approval === 'required' ? ask : allow).push(...ids);
  }

  const denied = new Set(deny);
  const permissions: ClaudeCodePermissions = {
    allow: uniqueSorted(allow.filter((id) => !denied.has(id))),
    ask: uniqueSorted(ask.filter((id) => !denied.has(id))),
    deny: uniqueSorted(deny),
  };

  const server = claudeCodeName(serverName);
  if (server !== serverName)
    notes.push(
      `The server name ${toolLabel(serverName)} appears as "${server}" in Claude Code tool ids; it must be the server's key in .mcp.json.`,
    );
  if (server.includes('__'))
    notes.push(
      `The server name "${server}" contains "__", which Claude Code also uses to separate the server from the tool; choose a key without it.`,
    );
  notes.push(
    `Claude Code asks about tools that have no entry, so a tool the server adds later is asked, not denied; pin the tool list with \`mcp-risk classify --lock\` to notice new tools.`,
  );
  notes.push(
    `These entries assume Claude Code's default permission mode: in "bypassPermissions" or "auto" mode Claude Code runs "ask" tools without asking.`,
  );
  return {
    target: 'claude-code',
    filename: '.claude/settings.json',
    content: `${JSON.stringify({ permissions }, null, 2)}\n`,
    notes: [...new Set(notes)],
  };
}

/** Merges several servers' exports into one settings document (for a whole client config). */
export function mergeClaudeCode(exports: readonly ExportedPolicy[]): ExportedPolicy {
  const merged: ClaudeCodePermissions = { allow: [], ask: [], deny: [] };
  for (const e of exports) {
    const doc = JSON.parse(e.content) as { permissions: ClaudeCodePermissions };
    merged.allow.push(...doc.permissions.allow);
    merged.ask.push(...doc.permissions.ask);
    merged.deny.push(...doc.permissions.deny);
  }
  const deny = uniqueSorted(merged.deny);
  const denied = new Set(deny);
  const ask = uniqueSorted(merged.ask).filter((id) => !denied.has(id));
  const asked = new Set(ask);
  const allow = uniqueSorted(merged.allow).filter((id) => !denied.has(id) && !asked.has(id));
  return {
    target: 'claude-code',
    filename: '.claude/settings.json',
    content: `${JSON.stringify({ permissions: { allow, ask, deny } }, null, 2)}\n`,
    notes: [...new Set(exports.flatMap((e) => e.notes))],
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Our entries merged into an existing settings file (its text), keeping everything already there:
 * other keys, unknown keys, and the user's own allow / ask / deny rules in their order. Our entries
 * are appended where missing. Claude Code applies deny before ask before allow whatever the file
 * order, so an id the user allows and we deny ends up denied (said in a note), and nothing we add
 * can widen what the user's own rules allow. Throws `config_invalid` on a file that is not a JSON
 * object with array-valued permission lists: such a file must not be overwritten.
 */
export function mergeClaudeCodeSettings(
  existing: string | undefined,
  exported: ExportedPolicy,
  file = 'settings.json',
): ExportedPolicy {
  const ours = (JSON.parse(exported.content) as { permissions: ClaudeCodePermissions }).permissions;
  if (existing === undefined || existing.trim() === '') return exported;
  const invalid = (why: string, cause?: unknown): McpRiskError =>
    new McpRiskError('config_invalid', `${file} ${why}; it was left unchanged`, {
      cause,
      hint: 'fix the file, or write the policy to another file with --policy',
    });
  let doc: unknown;
  try {
    doc = JSON.parse(existing.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw invalid(`is not valid JSON (${(error as Error).message.split('\n')[0]})`, error);
  }
  if (!isRecord(doc)) throw invalid('is not a JSON object');
  const before = doc.permissions;
  if (before !== undefined && !isRecord(before))
    throw invalid('has a "permissions" value that is not an object');
  const permissions: Record<string, unknown> = { ...(before ?? {}) };
  const notes = [...exported.notes];
  const lists: Record<'allow' | 'ask' | 'deny', unknown[]> = { allow: [], ask: [], deny: [] };
  for (const key of ['allow', 'ask', 'deny'] as const) {
    const value = permissions[key];
    if (value !== undefined && !Array.isArray(value))
      throw invalid(`has a "permissions.${key}" value that is not a list`);
    lists[key] = [...((value as unknown[] | undefined) ?? [])];
  }
  for (const key of ['allow', 'ask', 'deny'] as const) {
    const present = new Set(lists[key].filter((v): v is string => typeof v === 'string'));
    for (const id of ours[key]) if (!present.has(id)) lists[key].push(id);
    permissions[key] = lists[key];
  }
  const userAllowed = new Set(lists.allow.filter((v): v is string => typeof v === 'string'));
  for (const id of ours.deny)
    if (userAllowed.has(id) && !ours.allow.includes(id))
      notes.push(
        `${id} is in both "allow" (already in ${file}) and "deny"; Claude Code applies deny first, so the tool is denied.`,
      );
  // spread keeps every other key, `__proto__` included, as an own property in its place
  const merged = { ...doc, permissions };
  return { ...exported, content: `${JSON.stringify(merged, null, 2)}\n`, notes: [...new Set(notes)] };
}
