import * as z from 'zod';
import { ToolSchema } from '@modelcontextprotocol/sdk/types.js';
import { CrawlStatusSchema } from './catalogue.js';
import { canonicalJson } from './canonical.js';
import { contentHash } from './hash.js';
import { ToolSnapshotSchema, type Tool, type ToolSnapshot } from './schemas.js';

// ---------------------------------------------------------------- targets: how to reach a server

/** A server started as a local process and spoken to over stdin/stdout. */
export const StdioTargetSchema = z
  .object({
    type: z.literal('stdio'),
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    /** The only variables the child gets besides a minimal allow-list (PATH, HOME, LANG, TMPDIR...). */
    env: z.record(z.string(), z.string()).default({}),
    cwd: z.string().optional(),
  })
  .strict();
export type StdioTarget = z.infer<typeof StdioTargetSchema>;

/** A remote server over Streamable HTTP, legacy SSE, or whichever answers first (`auto`). */
export const HttpTargetSchema = z
  .object({
    type: z.literal('http'),
    url: z.url({ protocol: /^https?$/ }),
    headers: z.record(z.string(), z.string()).default({}),
    transport: z.enum(['auto', 'streamable-http', 'sse']).default('auto'),
  })
  .strict();
export type HttpTarget = z.infer<typeof HttpTargetSchema>;

export const ServerTargetSchema = z.discriminatedUnion('type', [StdioTargetSchema, HttpTargetSchema]);
export type ServerTarget = z.infer<typeof ServerTargetSchema>;

/** A target with the name it has in a client config (or one we gave it). */
export const NamedTargetSchema = z.object({ name: z.string().min(1), target: ServerTargetSchema });
export type NamedTarget = z.infer<typeof NamedTargetSchema>;

// ---------------------------------------------------------------- snapshots: what a server told us

/** A tool entry that is not a valid MCP tool: kept (capped) so the user sees it and it is denied. */
export const InvalidToolSchema = z.object({
  index: z.number().int().nonnegative(),
  /** The `name` member when it is a string, for display and for the policy's deny list. */
  name: z.string().nullable(),
  reason: z.string(),
  /** Canonical JSON of the entry, capped at INVALID_TOOL_RAW_CAP characters. */
  raw: z.string(),
});
export type InvalidTool = z.infer<typeof InvalidToolSchema>;

export const ServerSnapshotSchema = z.object({
  status: CrawlStatusSchema,
  /** One line saying what went wrong (null when status is ok). Untrusted text may be quoted in it. */
  statusDetail: z.string().nullable(),
  serverInfo: z
    .object({ name: z.string(), version: z.string(), title: z.string().optional() })
    .loose()
    .nullable(),
  protocolVersion: z.string().nullable(),
  capabilities: z.record(z.string(), z.unknown()).nullable(),
  instructions: z.string().nullable(),
  /** The transport that worked (stdio, streamable-http or sse), or the one last tried. */
  transport: z.enum(['stdio', 'streamable-http', 'sse', 'file']),
  tools: z.array(ToolSnapshotSchema),
  invalidTools: z.array(InvalidToolSchema),
  /** Entries the server offered over all pages, valid or not, including those past the cap. */
  totalOffered: z.number().int().nonnegative(),
  truncated: z.boolean(),
  pages: z.number().int().nonnegative(),
  stderrTail: z.string(),
  durations: z.object({
    spawnMs: z.number().nullable(),
    initializeMs: z.number().nullable(),
    listMs: z.number().nullable(),
    totalMs: z.number(),
  }),
});
export type ServerSnapshot = z.infer<typeof ServerSnapshotSchema>;

// ---------------------------------------------------------------- tool lists

export const INVALID_TOOL_RAW_CAP = 4096;

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'not a valid MCP tool';
  const path = issue.path.map(String).join('.');
  return `${path ? `${path}: ` : ''}${issue.message}`.slice(0, 300);
}

function capRaw(value: unknown): string {
  let text: string;
  try {
    text = canonicalJson(value, { maxNodes: 100_000 });
  } catch (error) {
    text = `<${error instanceof Error ? error.message : 'unserialisable'}>`;
  }
  return text.length > INVALID_TOOL_RAW_CAP ? `${text.slice(0, INVALID_TOOL_RAW_CAP)}…` : text;
}

/**
 * A plain-data copy of a validated entry, own keys only ("__proto__" and "constructor" kept as ordinary
 * keys, not as prototypes), so later changes to the server's object cannot reach the snapshot.
 */
function rawCopy(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => rawCopy(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    Object.defineProperty(out, key, {
      value: rawCopy((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

export interface ToolListAccumulator {
  tools: ToolSnapshot[];
  invalidTools: InvalidTool[];
  totalOffered: number;
  truncated: boolean;
}

export const emptyToolList = (): ToolListAccumulator => ({
  tools: [],
  invalidTools: [],
  totalOffered: 0,
  truncated: false,
});

/**
 * Adds one page of raw tool entries: each is validated on its own with the SDK's ToolSchema, so one
 * malformed entry never loses the others. Entries past `maxTools` are counted, not kept.
 */
export function addToolPage(acc: ToolListAccumulator, entries: readonly unknown[], maxTools: number): void {
  for (const entry of entries) {
    const index = acc.totalOffered++;
    if (acc.tools.length + acc.invalidTools.length >= maxTools) {
      acc.truncated = true;
      continue;
    }
    const parsed = ToolSchema.safeParse(entry);
    if (parsed.success) {
      // the entry as the server sent it, not the SDK's parse: the parse drops keys it does not know and
      // keys such as "__proto__", which the rules and the content hash must still see
      const tool = rawCopy(entry) as Tool;
      let hash: string;
      try {
        hash = contentHash(tool);
      } catch (error) {
        acc.invalidTools.push({
          index,
          name: parsed.data.name,
          reason: error instanceof Error ? error.message : 'unhashable',
          raw: capRaw(entry),
        });
        continue;
      }
      acc.tools.push({ hash, tool });
    } else {
      const name =
        typeof entry === 'object' && entry !== null && typeof (entry as { name?: unknown }).name === 'string'
          ? (entry as { name: string }).name
          : null;
      acc.invalidTools.push({ index, name, reason: describeIssue(parsed.error), raw: capRaw(entry) });
    }
  }
}

/** Validates a whole list at once (for `--tools` files and tests). */
export function splitToolList(entries: readonly unknown[], maxTools = 1000): ToolListAccumulator {
  const acc = emptyToolList();
  addToolPage(acc, entries, maxTools);
  return acc;
}
