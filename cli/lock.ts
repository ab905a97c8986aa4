import * as z from 'zod';
import { McpRiskError, canonicalJson, contentHash, diffValues, type ToolSnapshot } from '../core/index.js';
import type { Drift, ToolChange } from './output.js';

/** `--lock` file: each tool's content hash plus its definition, so a later run can say what changed. */
export const LockFileSchema = z.object({
  lockVersion: z.literal(1),
  servers: z.record(
    z.string(),
    z.object({
      tools: z.record(z.string(), z.object({ hash: z.string(), definition: z.unknown() })),
    }),
  ),
});
export type LockFile = z.infer<typeof LockFileSchema>;

export function buildLock(
  servers: readonly { name: string; tools: readonly ToolSnapshot[] }[],
  previous?: LockFile,
): LockFile {
  const lock: LockFile = { lockVersion: 1, servers: { ...(previous?.servers ?? {}) } };
  for (const server of [...servers].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const tools: LockFile['servers'][string]['tools'] = {};
    for (const t of [...server.tools].sort((a, b) => (a.tool.name < b.tool.name ? -1 : 1))) {
      tools[t.tool.name] = { hash: t.hash, definition: t.tool };
    }
    lock.servers[server.name] = { tools };
  }
  const sorted: LockFile = { lockVersion: 1, servers: {} };
  for (const name of Object.keys(lock.servers).sort()) sorted.servers[name] = lock.servers[name]!;
  return sorted;
}

export function parseLock(text: string, file: string): LockFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new McpRiskError('input_invalid', `${file}: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  const parsed = LockFileSchema.safeParse(doc);
  if (!parsed.success)
    throw new McpRiskError(
      'input_invalid',
      `${file}: not an mcp-risk lock file (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    );
  return parsed.data;
}

const MAX_CHANGES = 20;
const MAX_VALUE = 160;

const show = (value: unknown): string | null => {
  if (value === undefined) return null;
  const text = typeof value === 'string' ? JSON.stringify(value) : canonicalJson(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
};

/** Paths where two definitions differ (leaves, or whole subtrees that appear/disappear), in a stable order. */
export const diffDefinitions = (before: unknown, after: unknown): ToolChange[] =>
  diffValues(before, after, { maxChanges: 10_001 }).map((c) => ({
    path: c.path || '(definition)',
    before: show(c.before),
    after: show(c.after),
  }));

export function compareWithLock(
  lock: LockFile,
  lockFile: string,
  servers: readonly { name: string; tools: readonly ToolSnapshot[] }[],
): Drift {
  const drift: Drift = { lockFile, mode: 'checked', added: [], removed: [], changed: [] };
  for (const server of servers) {
    const locked = lock.servers[server.name]?.tools ?? {};
    const current = new Map(server.tools.map((t) => [t.tool.name, t]));
    for (const [name, snap] of [...current].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const before = Object.prototype.hasOwnProperty.call(locked, name) ? locked[name] : undefined;
      if (!before) {
        drift.added.push({ server: server.name, tool: name, hash: snap.hash });
        continue;
      }
      if (before.hash !== snap.hash) {
        // The stored definition is re-hashed so a hand-edited lock cannot hide a change.
        const all = diffDefinitions(before.definition, snap.tool);
        drift.changed.push({
          server: server.name,
          tool: name,
          before: before.hash,
          after: snap.hash,
          changes: all.slice(0, MAX_CHANGES),
          moreChanges: Math.max(0, all.length - MAX_CHANGES),
        });
      } else if (contentHash(before.definition) !== before.hash) {
        drift.changed.push({
          server: server.name,
          tool: name,
          before: before.hash,
          after: snap.hash,
          changes: [{ path: '(lock file)', before: 'edited by hand', after: null }],
          moreChanges: 0,
        });
      }
    }
    for (const name of Object.keys(locked).sort()) {
      if (!current.has(name))
        drift.removed.push({ server: server.name, tool: name, hash: locked[name]!.hash });
    }
  }
  return drift;
}

export const hasDrift = (drift: Drift | null): boolean =>
  drift !== null &&
  drift.mode === 'checked' &&
  drift.added.length + drift.removed.length + drift.changed.length > 0;
