import { gunzipSync, gzipSync } from 'node:zlib';
import * as z from 'zod';
import {
  CrawlStatusSchema,
  McpRiskError,
  canonicalJson,
  splitToolList,
  type CrawlStatus,
} from '../core/index.js';
import type { CatalogueDb } from './db.js';
import { latestCrawl, listServers, toolsOfCrawl } from './repository.js';

/**
 * The committed catalogue snapshot (`data/snapshot/catalogue.json.gz`): per server the crawl target
 * (package, version, bin, args, placeholder variable NAMES only), what `initialize` said, the raw
 * `tools` array exactly as the server listed it, when, and an honest status. `npm start` classifies
 * it with the current classifier; `npm run crawl` refreshes it. Canonical JSON (sorted keys), servers
 * sorted by name, gzip with a fixed header: the same inputs always give the same bytes.
 */

export const SNAPSHOT_VERSION = 1;

export const SnapshotSourceSchema = z.enum(['crawl', 'listing', 'corpus', 'attempt']);
export type SnapshotSource = z.infer<typeof SnapshotSourceSchema>;

/** An earlier listing of a server: when, at which package version, and its raw tools array. */
export const SnapshotPreviousSchema = z
  .object({
    listedAt: z.string(),
    version: z.string(),
    tools: z.array(z.unknown()),
  })
  .strict();
export type SnapshotPrevious = z.infer<typeof SnapshotPreviousSchema>;

export const SnapshotServerSchema = z
  .object({
    /** Catalogue name (the curated name, else the package's slug). */
    name: z.string().min(1),
    source: SnapshotSourceSchema,
    target: z
      .object({
        package: z.string().min(1),
        version: z.string(),
        bin: z.string().nullable(),
        args: z.array(z.string()),
        /** Names of the variables given placeholder values; never the values. */
        envNames: z.array(z.string()),
      })
      .strict(),
    serverInfo: z.record(z.string(), z.unknown()).nullable(),
    instructions: z.string().nullable(),
    listedAt: z.string().nullable(),
    status: CrawlStatusSchema,
    statusDetail: z.string().nullable(),
    /** The tools array exactly as listed (valid or not); empty unless something was listed. */
    tools: z.array(z.unknown()),
    /**
     * The listing before the kept one: the newest older listing of the server whose tools differ from
     * the kept listing's (absent when there is none, and in snapshots written before it was added).
     */
    previous: SnapshotPreviousSchema.optional(),
  })
  .strict();
export type SnapshotServer = z.infer<typeof SnapshotServerSchema>;

export const SnapshotSchema = z
  .object({ version: z.literal(SNAPSHOT_VERSION), servers: z.array(SnapshotServerSchema) })
  .strict();
export type Snapshot = z.infer<typeof SnapshotSchema>;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The status a listing earns. A server that listed nothing usable is never `ok`: no entries at all is
 * `no_tools`; entries that are all invalid MCP tools is `invalid_tools` (they are still labelled from
 * their name and description, and denied). Some invalid entries keep `ok` with a detail saying so.
 */
export function honestStatus(
  status: CrawlStatus,
  detail: string | null,
  tools: readonly unknown[],
): { status: CrawlStatus; statusDetail: string | null } {
  if (status !== 'ok') return { status, statusDetail: detail };
  if (tools.length === 0)
    return { status: 'no_tools', statusDetail: detail ?? 'tools/list answered with no tools' };
  const split = splitToolList(tools, Number.MAX_SAFE_INTEGER);
  const invalid = split.invalidTools.length;
  if (invalid === 0) return { status: 'ok', statusDetail: detail };
  const first = split.invalidTools[0]!;
  const why = `${first.name === null ? `entry ${first.index}` : JSON.stringify(first.name)}: ${first.reason}`;
  if (split.tools.length === 0)
    return {
      status: 'invalid_tools',
      statusDetail: `all ${tools.length} tool definitions it listed are invalid (${why}); they are labelled from their name and description and denied`,
    };
  return {
    status: 'ok',
    statusDetail: `${invalid} of ${tools.length} tool definitions are invalid (${why}); they are labelled from their name and description and denied`,
  };
}

/** Canonical, sorted snapshot (servers by name). */
export function normalizeSnapshot(servers: readonly SnapshotServer[]): Snapshot {
  const sorted = [...servers]
    .map((s) => ({ ...s, target: { ...s.target, envNames: [...new Set(s.target.envNames)].sort(byString) } }))
    .sort((a, b) => byString(a.name, b.name));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]!.name === sorted[i - 1]!.name)
      throw new McpRiskError('input_invalid', `the snapshot names server ${sorted[i]!.name} twice`);
  return SnapshotSchema.parse({ version: SNAPSHOT_VERSION, servers: sorted });
}

/**
 * Gzip with a fixed header: zlib writes mtime 0 and no file name; the OS byte (which zlib sets from
 * the platform it was built for) is pinned to 255 ("unknown"), so the bytes do not depend on the OS.
 * One server per line inside, so a diff of the decompressed text is readable.
 */
export function encodeSnapshot(snapshot: Snapshot): Buffer {
  const checked = SnapshotSchema.parse(snapshot);
  const lines = [
    `{"servers":[`,
    checked.servers.map((s) => canonicalJson(s)).join(',\n'),
    `],"version":${checked.version}}`,
  ];
  const gz = gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8'), { level: 9, memLevel: 9 });
  gz[9] = 255;
  return gz;
}

export function decodeSnapshot(bytes: Uint8Array, source = 'snapshot'): Snapshot {
  let text: string;
  try {
    text = gunzipSync(bytes, { maxOutputLength: 512 * 1024 * 1024 }).toString('utf8');
  } catch (error) {
    throw new McpRiskError('input_invalid', `${source} is not a gzip file: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new McpRiskError('input_invalid', `${source} is not JSON: ${(error as Error).message}`);
  }
  const parsed = SnapshotSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new McpRiskError(
      'input_invalid',
      `${source} does not match the snapshot schema: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`,
    );
  }
  return parsed.data;
}

// ---------------------------------------------------------------- sources

/** The corpus's file slug of a package: lower case, `@` removed, `/` -> `__`. */
export const packageSlug = (pkg: string): string => pkg.toLowerCase().replace(/^@/, '').replace(/\//g, '__');

/** Names for packages: the curated name when servers.json has the package, else its slug. */
export type NameOf = (pkg: string) => string;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const record = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** Args after `npx -y <pkg>@<version>` in a recorded command. */
const argsOfCommand = (command: string[]): string[] =>
  command[0] === 'npx' ? command.slice(3) : command.slice(1);

/** Failure reasons that say the server wants configuration or credentials it was not given. */
const NEEDS_CONFIG =
  /\b(api[ _-]?key|access[ _-]?token|credentials?|not configured|must be (set|provided)|is required|are required|environment variable|missing (required )?(env|config)|needs a live|requires? (an? )?(oauth|auth|login|session|account|database|token|key))/i;

function failureStatus(status: string, why: string): { status: CrawlStatus; statusDetail: string } {
  const detail = why.trim().slice(0, 2000) || status;
  switch (status) {
    case 'needs_config':
    case 'auth_required':
    case 'timeout':
    case 'protocol_error':
    case 'resource_limit':
    case 'blocked_target':
      return { status, statusDetail: detail };
    case 'no_tools':
      return { status: 'no_tools', statusDetail: detail };
    case 'install_failed':
      return { status: 'startup_failed', statusDetail: `install failed: ${detail}` };
    case 'no_bin':
      return { status: 'startup_failed', statusDetail: `not a runnable server: ${detail}` };
    default:
      return { status: NEEDS_CONFIG.test(detail) ? 'needs_config' : 'startup_failed', statusDetail: detail };
  }
}

function fromListingLike(
  doc: Record<string, unknown>,
  source: SnapshotSource,
  nameOf: NameOf,
  fallback: { listedAt?: string | null } = {},
): SnapshotServer | null {
  const pkg = str(doc.package);
  if (!pkg) return null;
  const command = strings(doc.command);
  const tools = Array.isArray(doc.tools) ? (doc.tools as unknown[]) : [];
  const rawStatus = str(doc.status) ?? (Array.isArray(doc.tools) ? 'ok' : 'startup_failed');
  const listed = rawStatus === 'ok';
  const base = listed
    ? honestStatus('ok', null, tools)
    : failureStatus(rawStatus, str(doc.why) ?? str(doc.error) ?? '');
  return {
    name: nameOf(pkg),
    source,
    target: {
      package: pkg,
      version: str(doc.version) ?? '',
      bin: str(doc.bin),
      args: Array.isArray(doc.args) ? strings(doc.args) : argsOfCommand(command),
      envNames: strings(doc.envPlaceholders ?? doc.env),
    },
    serverInfo: listed ? record(doc.serverInfo) : null,
    instructions: listed ? str(doc.instructions) : null,
    listedAt: str(doc.listedAt) ?? str(doc.collectedAt) ?? fallback.listedAt ?? null,
    ...base,
    tools: listed ? tools : [],
  };
}

/** `data/corpus/servers/<slug>.json`: a listing, tools exactly as returned. */
export const fromCorpusServer = (doc: unknown, nameOf: NameOf): SnapshotServer | null => {
  const r = record(doc);
  return r ? fromListingLike(r, 'corpus', nameOf) : null;
};

/**
 * `data/corpus/attempts.json` entries: only the failures (a successful attempt's tools are in
 * `servers/`, or in the crawl); each keeps its reason.
 */
export function fromAttempts(doc: unknown, nameOf: NameOf): SnapshotServer[] {
  if (!Array.isArray(doc)) throw new McpRiskError('input_invalid', 'attempts.json is not an array');
  const out: SnapshotServer[] = [];
  for (const entry of doc) {
    const r = record(entry);
    if (!r || r.status === 'ok') continue;
    const s = fromListingLike({ ...r, tools: undefined }, 'attempt', nameOf);
    if (s) out.push(s);
  }
  return out;
}

/** `data/catalogue/listings/<slug>.json`, as scripts/corpus/collect.mjs writes them (ok or not). */
export const fromListing = (doc: unknown, nameOf: NameOf): SnapshotServer | null => {
  const r = record(doc);
  return r ? fromListingLike(r, 'listing', nameOf) : null;
};

const SOURCE_RANK: Record<SnapshotSource, number> = { crawl: 0, listing: 1, corpus: 2, attempt: 3 };
const listedSomething = (s: SnapshotServer): boolean => s.tools.length > 0;

/**
 * Several sources can describe the same server. The one kept: a listing with tools over a failure
 * (the last known good list is not thrown away by a failed refresh), then the newest `listedAt`,
 * then crawl > listing > corpus > attempt, then the package version. Order of the inputs never matters.
 */
export function pickServer(a: SnapshotServer, b: SnapshotServer): SnapshotServer {
  const score = (s: SnapshotServer): [number, string, number, string] => [
    listedSomething(s) ? 1 : 0,
    s.listedAt ?? '',
    -SOURCE_RANK[s.source],
    s.target.version,
  ];
  const [x, y] = [score(a), score(b)];
  for (let i = 0; i < x.length; i++) {
    if (x[i]! > y[i]!) return a;
    if (x[i]! < y[i]!) return b;
  }
  return canonicalJson(a) <= canonicalJson(b) ? a : b;
}

/** The tools of a listing as a sorted list of canonical definitions (order of listing ignored). */
const toolSet = (tools: readonly unknown[]): string =>
  JSON.stringify(tools.map((t) => canonicalJson(t)).sort(byString));

/**
 * The listing to record as `previous` of the kept one: among the other listings of the server (and
 * the `previous` each already carries), those with tools, listed strictly before the kept one, whose
 * tools differ from the kept one's; the newest wins (then the same order as pickServer). Null when the
 * kept server listed nothing or no such listing exists.
 */
export function pickPrevious(
  kept: SnapshotServer,
  others: readonly SnapshotServer[],
): SnapshotPrevious | null {
  if (!listedSomething(kept) || kept.listedAt === null) return null;
  const keptSet = toolSet(kept.tools);
  const candidates: SnapshotServer[] = [];
  for (const s of [kept, ...others]) {
    if (s !== kept) candidates.push(s);
    if (s.previous) {
      const { previous, ...rest } = s;
      candidates.push({
        ...rest,
        listedAt: previous.listedAt,
        target: { ...s.target, version: previous.version },
        tools: previous.tools,
      });
    }
  }
  let best: SnapshotServer | null = null;
  for (const c of candidates) {
    if (!listedSomething(c) || c.listedAt === null || c.listedAt >= kept.listedAt) continue;
    if (toolSet(c.tools) === keptSet) continue;
    best = best ? pickServer(best, c) : c;
  }
  return best ? { listedAt: best.listedAt!, version: best.target.version, tools: best.tools } : null;
}

export function mergeSnapshotServers(servers: readonly SnapshotServer[]): Snapshot {
  const byName = new Map<string, SnapshotServer[]>();
  for (const s of servers) {
    const list = byName.get(s.name);
    if (list) list.push(s);
    else byName.set(s.name, [s]);
  }
  const kept: SnapshotServer[] = [];
  for (const list of byName.values()) {
    const winner = list.reduce((a, b) => pickServer(a, b));
    const previous = pickPrevious(
      winner,
      list.filter((s) => s !== winner),
    );
    const { previous: _carried, ...rest } = winner;
    kept.push(previous ? { ...rest, previous } : rest);
  }
  return normalizeSnapshot(kept);
}

export interface SnapshotCounts {
  servers: number;
  /** Servers that listed at least one valid tool; a server whose entries are all invalid is not one. */
  listed: number;
  /** Every listed entry, valid or not (invalid ones are labelled from their name and denied). */
  tools: number;
  /** The valid tool definitions among them. */
  validTools: number;
  byStatus: Partial<Record<CrawlStatus, number>>;
}

export function snapshotCounts(snapshot: Snapshot): SnapshotCounts {
  const byStatus: Partial<Record<CrawlStatus, number>> = {};
  let tools = 0;
  let validTools = 0;
  let listed = 0;
  for (const s of snapshot.servers) {
    byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
    tools += s.tools.length;
    const valid = s.tools.length === 0 ? 0 : splitToolList(s.tools, Number.MAX_SAFE_INTEGER).tools.length;
    validTools += valid;
    if (valid > 0) listed++;
  }
  return { servers: snapshot.servers.length, listed, tools, validTools, byStatus };
}

// ---------------------------------------------------------------- the crawl database

/**
 * Every server's latest finished crawl in the catalogue database (`mcp-risk crawl`): its valid tool
 * definitions in the server's order with the invalid entries (capped raw JSON) put back at their
 * positions. Servers never crawled are left out.
 */
export function fromDb(db: CatalogueDb): SnapshotServer[] {
  const out: SnapshotServer[] = [];
  for (const server of listServers(db)) {
    const last = latestCrawl(db, server.id);
    if (!last || last.status === null) continue;
    const target = record(JSON.parse(server.targetJson)) ?? {};
    const valid = toolsOfCrawl(db, last.id).map((t) => t.definition as unknown);
    const invalid = (
      JSON.parse(last.invalidToolsJson) as { index: number; raw: string; name: string | null }[]
    )
      .map((t) => {
        let raw: unknown;
        try {
          raw = JSON.parse(t.raw);
        } catch {
          raw = t.name === null ? {} : { name: t.name };
        }
        return { index: t.index, raw };
      })
      .sort((a, b) => a.index - b.index);
    const tools: unknown[] = [];
    let v = 0;
    for (const { index, raw } of invalid) {
      while (tools.length < index && v < valid.length) tools.push(valid[v++]);
      tools.push(raw);
    }
    while (v < valid.length) tools.push(valid[v++]);
    const listed = last.status === 'ok';
    out.push({
      name: server.name,
      source: 'crawl',
      target: {
        package: server.package,
        version: server.version,
        bin: str(target.bin),
        args: strings(target.args),
        envNames: Object.keys(record(target.env) ?? {}),
      },
      serverInfo: listed && last.serverInfoJson ? record(JSON.parse(last.serverInfoJson)) : null,
      instructions: listed ? last.instructions : null,
      listedAt: last.finishedAt,
      ...(listed
        ? honestStatus('ok', last.statusDetail, tools)
        : { status: last.status as CrawlStatus, statusDetail: last.statusDetail }),
      tools: listed ? tools : [],
    });
  }
  return out;
}
