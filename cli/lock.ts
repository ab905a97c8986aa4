import * as z from 'zod';
import {
  McpRiskError,
  canonicalJson,
  diffValues,
  sha256Hex,
  writeCanonicalJson,
  type ToolSnapshot,
} from '../core/index.js';
import { parseJsonInput } from './input.js';
import type { Drift, ToolChange } from './output.js';

/**
 * `--lock` file (version 2): every definition a server offered, duplicates of one name included, each
 * with its content hash and its canonical JSON (the exact text the hash is computed over), so a later
 * run can say what changed. Lists, not objects keyed by name: a tool or server called `__proto__`,
 * `constructor` or `hasOwnProperty` is an ordinary entry, and the file round-trips through any JSON
 * parser. Definitions are kept up to LOCK_LIMITS; past them an entry keeps its hash alone (drift is
 * still found, the diff then cannot say where).
 *
 * Version 1 files (`servers` and `tools` as objects keyed by name, one definition per name) are still
 * read; the next write (`--update-lock`) writes version 2.
 */
export const LOCK_LIMITS = {
  /** canonical JSON characters of one stored definition */
  definitionChars: 1024 * 1024,
  /** of all definitions stored in one lock file */
  totalChars: 16 * 1024 * 1024,
} as const;

const LockEntrySchema = z.object({
  name: z.string(),
  hash: z.string(),
  /** canonical JSON of the definition; null when it was past LOCK_LIMITS */
  definition: z.string().nullable(),
});
export type LockEntry = z.infer<typeof LockEntrySchema>;

const LockServerSchema = z.object({ name: z.string(), tools: z.array(LockEntrySchema) });
export type LockServer = z.infer<typeof LockServerSchema>;

export const LockFileSchema = z.object({ lockVersion: z.literal(2), servers: z.array(LockServerSchema) });
export type LockFile = z.infer<typeof LockFileSchema>;

const byName = <T extends { name: string }>(a: T, b: T): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** The lock's entries for one server (empty when the lock does not name it). */
export const lockedTools = (lock: LockFile, server: string): LockEntry[] =>
  lock.servers.find((s) => s.name === server)?.tools ?? [];

/** Canonical JSON of `value`, or null once it is longer than `max` characters (stops building there). */
function canonicalUpTo(value: unknown, max: number): string | null {
  const pieces: string[] = [];
  let size = 0;
  const tooLong = new Error('too long');
  try {
    writeCanonicalJson(value, (piece) => {
      size += piece.length;
      if (size > max) throw tooLong;
      pieces.push(piece);
    });
  } catch (error) {
    if (error === tooLong) return null;
    throw error;
  }
  return pieces.join('');
}

/**
 * The lock for `servers`, keeping the other servers of `previous`. Servers in name order; tools in
 * name order, several definitions of one name in the order the server listed them.
 */
export function buildLock(
  servers: readonly { name: string; tools: readonly ToolSnapshot[] }[],
  previous?: LockFile,
): LockFile {
  const all = new Map<string, LockServer>();
  for (const s of previous?.servers ?? []) all.set(s.name, s);
  let left = LOCK_LIMITS.totalChars;
  for (const s of previous?.servers ?? [])
    if (!servers.some((c) => c.name === s.name)) for (const t of s.tools) left -= t.definition?.length ?? 0;
  for (const server of [...servers].sort(byName)) {
    const tools = server.tools
      .map((t, index) => ({ t, index }))
      .sort((a, b) => byName(a.t.tool, b.t.tool) || a.index - b.index)
      .map(({ t }): LockEntry => {
        const definition =
          left > 0 ? canonicalUpTo(t.tool, Math.min(LOCK_LIMITS.definitionChars, left)) : null;
        if (definition !== null) left -= definition.length;
        return { name: t.tool.name, hash: t.hash, definition };
      });
    all.set(server.name, { name: server.name, tools });
  }
  return { lockVersion: 2, servers: [...all.values()].sort(byName) };
}

const issueLine = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}` : 'invalid';
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 1: `{ servers: { name: { tools: { name: { hash, definition } } } } }`, own keys only. */
function fromVersion1(doc: Record<string, unknown>, file: string): LockFile {
  const bad = (why: string) =>
    new McpRiskError('input_invalid', `${file}: not an mcp-risk lock file (${why})`);
  if (!isRecord(doc.servers)) throw bad('servers: expected an object');
  const servers: LockServer[] = [];
  for (const name of Object.keys(doc.servers)) {
    const server = doc.servers[name];
    if (!isRecord(server) || !isRecord(server.tools)) throw bad(`servers.${name}.tools: expected an object`);
    const tools: LockEntry[] = [];
    for (const tool of Object.keys(server.tools)) {
      const entry = server.tools[tool];
      if (!isRecord(entry) || typeof entry.hash !== 'string')
        throw bad(`servers.${name}.tools.${tool}.hash: expected a string`);
      tools.push({
        name: tool,
        hash: entry.hash,
        definition: entry.definition === undefined ? null : canonicalJson(entry.definition),
      });
    }
    servers.push({ name, tools: tools.sort(byName) });
  }
  return { lockVersion: 2, servers: servers.sort(byName) };
}

export function parseLock(text: string, file: string): LockFile {
  const doc = parseJsonInput(text, file);
  if (isRecord(doc) && doc.lockVersion === 1) return fromVersion1(doc, file);
  const parsed = LockFileSchema.safeParse(doc);
  if (!parsed.success)
    throw new McpRiskError(
      'input_invalid',
      `${file}: not an mcp-risk lock file (${issueLine(parsed.error)})`,
    );
  const seen = new Set<string>();
  for (const s of parsed.data.servers) {
    if (seen.has(s.name))
      throw new McpRiskError(
        'input_invalid',
        `${file}: not an mcp-risk lock file (server ${JSON.stringify(s.name)} appears twice)`,
      );
    seen.add(s.name);
  }
  return parsed.data;
}

/** The text of a lock file: one JSON document, two-space indented, ending in a new line. */
export const renderLock = (lock: LockFile): string => `${JSON.stringify(lock, null, 2)}\n`;

/** A stored definition that does not hash to its stored hash was edited by hand: it approves nothing. */
export const entryIntact = (entry: LockEntry): boolean =>
  entry.definition === null || `sha256:${sha256Hex(entry.definition)}` === entry.hash;

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

function changesBetween(before: LockEntry, after: ToolSnapshot): ToolChange[] {
  if (before.definition === null)
    return [
      {
        path: '(definition)',
        before: `not stored in the lock (over ${LOCK_LIMITS.definitionChars / (1024 * 1024)} MiB)`,
        after: null,
      },
    ];
  let parsed: unknown;
  try {
    parsed = JSON.parse(before.definition);
  } catch {
    return [{ path: '(lock file)', before: 'edited by hand', after: null }];
  }
  return diffDefinitions(parsed, after.tool);
}

/**
 * What changed since the lock, per server and tool name. Several definitions of one name are compared
 * as a set: those with a locked hash are unchanged, the others are paired in order (changed), and what
 * is left over was added or removed.
 */
export function compareWithLock(
  lock: LockFile,
  lockFile: string,
  servers: readonly { name: string; tools: readonly ToolSnapshot[] }[],
): Drift {
  const drift: Drift = { lockFile, mode: 'checked', added: [], removed: [], changed: [] };
  for (const server of servers) {
    const locked = new Map<string, LockEntry[]>();
    for (const e of lockedTools(lock, server.name)) locked.set(e.name, [...(locked.get(e.name) ?? []), e]);
    const current = new Map<string, ToolSnapshot[]>();
    for (const t of server.tools) current.set(t.tool.name, [...(current.get(t.tool.name) ?? []), t]);
    const names = [...new Set([...current.keys(), ...locked.keys()])].sort();
    for (const name of names) {
      const before = [...(locked.get(name) ?? [])];
      const after: ToolSnapshot[] = [];
      for (const snap of current.get(name) ?? []) {
        const same = before.findIndex((e) => e.hash === snap.hash);
        if (same === -1) {
          after.push(snap);
          continue;
        }
        const [entry] = before.splice(same, 1);
        // the stored definition is re-hashed, so a hand-edited lock cannot hide a change
        if (!entryIntact(entry!))
          drift.changed.push({
            server: server.name,
            tool: name,
            before: entry!.hash,
            after: snap.hash,
            changes: [{ path: '(lock file)', before: 'edited by hand', after: null }],
            moreChanges: 0,
          });
      }
      const paired = Math.min(before.length, after.length);
      for (let i = 0; i < paired; i++) {
        const all = changesBetween(before[i]!, after[i]!);
        drift.changed.push({
          server: server.name,
          tool: name,
          before: before[i]!.hash,
          after: after[i]!.hash,
          changes: all.slice(0, MAX_CHANGES),
          moreChanges: Math.max(0, all.length - MAX_CHANGES),
        });
      }
      for (const snap of after.slice(paired))
        drift.added.push({ server: server.name, tool: name, hash: snap.hash });
      for (const entry of before.slice(paired))
        drift.removed.push({ server: server.name, tool: name, hash: entry.hash });
    }
  }
  return drift;
}

export const hasDrift = (drift: Drift | null): boolean =>
  drift !== null &&
  drift.mode === 'checked' &&
  drift.added.length + drift.removed.length + drift.changed.length > 0;
