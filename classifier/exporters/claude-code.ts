import type { Classification, Policy, ToolRule } from '../../core/index.js';
import type { ExportedPolicy } from './types.js';

/**
 * Claude Code `permissions` (settings.json): `allow`, `ask` and `deny` entries of the form
 * `mcp__<server>__<tool>`. Claude Code has no rate limits and no argument conditions, so:
 * - a tool with no rule, or with limits only, is allowed (each dropped limit is named in a note);
 * - a tool that needs approval, or whose argument rules (`require`, `deny_if`) cannot be enforced, is `ask`;
 * - a hidden tool, and every classified tool the policy does not list (unknown, invalid, denied), is `deny`.
 * Claude Code asks about tools it has no entry for, so tools the server adds later are not denied:
 * said in a note, with the advice to pin the list with `--lock`.
 */

/** Claude Code builds tool ids from names with anything outside [A-Za-z0-9_-] replaced by `_`. */
export const claudeCodeName = (name: string): string => name.replace(/[^A-Za-z0-9_-]/g, '_');

export const claudeCodeToolId = (server: string, tool: string): string =>
  `mcp__${claudeCodeName(server)}__${claudeCodeName(tool)}`;

interface Permissions {
  allow: string[];
  ask: string[];
  deny: string[];
}

function describeLimits(rule: ToolRule): string {
  return (rule.limits ?? []).map((l) => `${l.max} per ${l.window}`).join(', ');
}

export function exportClaudeCode(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): ExportedPolicy {
  const permissions: Permissions = { allow: [], ask: [], deny: [] };
  const notes: string[] = [];
  const hidden = new Set(policy.hide ?? []);
  const seen = new Set<string>();
  const ids = new Map<string, string>();

  const idFor = (tool: string): string => {
    const id = claudeCodeToolId(serverName, tool);
    const previous = ids.get(id);
    if (previous !== undefined && previous !== tool) {
      notes.push(`"${previous}" and "${tool}" map to the same Claude Code name ${id}; both are denied.`);
    }
    ids.set(id, tool);
    return id;
  };

  const names = [
    ...new Set([...Object.keys(policy.tools), ...classifications.map((c) => c.tool), ...hidden]),
  ].sort();
  for (const tool of names) {
    if (seen.has(tool)) continue;
    seen.add(tool);
    const id = idFor(tool);
    const rule = Object.prototype.hasOwnProperty.call(policy.tools, tool) ? policy.tools[tool] : undefined;
    if (hidden.has(tool) || rule === undefined) {
      permissions.deny.push(id);
      continue;
    }
    const conditions = [...(rule.require ?? []), ...(rule.deny_if ?? [])];
    if (rule.approval === 'required' || conditions.length > 0) {
      permissions.ask.push(id);
      if (conditions.length > 0) {
        notes.push(
          `${id}: argument rules (${conditions.map((c) => `${c.path} ${c.op}`).join('; ')}) cannot be expressed; the tool is "ask" instead.`,
        );
      }
    } else {
      permissions.allow.push(id);
    }
    if (rule.limits && rule.limits.length > 0) {
      notes.push(
        `${id}: rate limit (${describeLimits(rule)}) cannot be expressed in Claude Code permissions; dropped.`,
      );
    }
  }

  // A collision makes the allow/ask entry ambiguous: deny wins in Claude Code, so deny it outright.
  const collided = new Set<string>();
  const counts = new Map<string, number>();
  for (const tool of seen)
    counts.set(claudeCodeToolId(serverName, tool), (counts.get(claudeCodeToolId(serverName, tool)) ?? 0) + 1);
  for (const [id, n] of counts) if (n > 1) collided.add(id);
  const final: Permissions = {
    allow: uniqueSorted(permissions.allow.filter((id) => !collided.has(id))),
    ask: uniqueSorted(permissions.ask.filter((id) => !collided.has(id))),
    deny: uniqueSorted([...permissions.deny, ...collided]),
  };

  if (claudeCodeName(serverName) !== serverName) {
    notes.push(
      `The server name "${serverName}" appears as "${claudeCodeName(serverName)}" in Claude Code tool ids.`,
    );
  }
  notes.push(
    `Claude Code asks about tools that have no entry, so a tool the server adds later is not denied by default; pin the tool list with \`mcp-risk classify --lock\` to notice new tools.`,
  );
  return {
    target: 'claude-code',
    filename: '.claude/settings.json',
    content: `${JSON.stringify({ permissions: final }, null, 2)}\n`,
    notes: [...new Set(notes)],
  };
}

const uniqueSorted = (values: string[]): string[] => [...new Set(values)].sort();

/** Merges several servers' exports into one settings document (for a whole client config). */
export function mergeClaudeCode(exports: readonly ExportedPolicy[]): ExportedPolicy {
  const merged: Permissions = { allow: [], ask: [], deny: [] };
  for (const e of exports) {
    const doc = JSON.parse(e.content) as { permissions: Permissions };
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
