import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import {
  CLASSIFIER_VERSION,
  buildPolicy,
  classifyServer,
  labelInvalidDefinition,
  toolPolicy,
} from '../../classifier/index.js';
import {
  McpRiskError,
  ProfileSchema,
  canonicalJson,
  contentHash,
  splitToolList,
  type Classification,
  type Profile,
  type ServerContext,
} from '../../core/index.js';
import {
  buildCatalogueFromSnapshot,
  closeDb,
  decodeSnapshot,
  encodeSnapshot,
  fromAttempts,
  fromCorpusServer,
  fromDb,
  fromListing,
  mergeSnapshotServers,
  npmLinksMap,
  openDb,
  packageSlug,
  parseNpmLinks,
  parseOverridesFile,
  parseServersFile,
  snapshotCounts,
  writeCatalogue,
  type Snapshot,
  type SnapshotServer,
} from '../../data/index.js';
import type { CliIo, Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const DEFAULT_SNAPSHOT = 'data/snapshot/catalogue.json.gz';

const USAGE = `mcp-risk snapshot build [--out <file.json.gz>] [--servers <servers.json>] [--corpus <dir>]
                        [--listings <dir>] [--recrawl <dir>] [--db <catalogue.sqlite>] [--fresh]
mcp-risk snapshot export [--snapshot <file.json.gz>] [--export <dir>] [--profile strict|balanced|permissive]

build:  writes the committed catalogue snapshot (${DEFAULT_SNAPSHOT}): crawled tool definitions,
        exactly as listed, from the crawl database (data/catalogue.sqlite, when present), collected
        listings (data/catalogue/listings/ and the later round in data/catalogue/recrawl/, when
        present), the corpus (data/corpus/servers/ and the
        failures in attempts.json) and the crawled/collected entries of the snapshot already there
        (unless --fresh). The same inputs
        always give the same bytes. A server whose older listing has other tools than the kept one
        keeps that listing as \`previous\`. Prints what was added, changed and removed.
export: classifies the snapshot with this classifier and writes the export the site reads
        (data/export: index.json + servers/<slug>.json). No network, no sandbox, no database.`;

/** A JSON file, gzipped (`.json.gz`, as the collected listings are committed) or not. */
const json = async (file: string): Promise<unknown> => {
  const bytes = await readFile(file);
  const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return JSON.parse(text) as unknown;
};

async function jsonFiles(dir: string, { gzipped = false, plain = true } = {}): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((f) => (plain && f.endsWith('.json')) || (gzipped && f.endsWith('.json.gz')))
    .sort()
    .map((f) => join(dir, f));
}

export interface SnapshotBuildOptions {
  cwd: string;
  out?: string | undefined;
  servers?: string | undefined;
  corpus?: string | undefined;
  listings?: string | undefined;
  /** A later listing round (data/catalogue/recrawl/: `<slug>.json.gz` in collect.mjs's format). */
  recrawl?: string | undefined;
  db?: string | undefined;
  fresh?: boolean | undefined;
}

export interface SnapshotBuildResult {
  file: string;
  snapshot: Snapshot;
  bytes: number;
  sources: Record<string, number>;
  added: string[];
  changed: string[];
  removed: string[];
  /** Tools (`server/tool`) added, changed (another definition) and removed, over every server. */
  tools: { added: string[]; changed: string[]; removed: string[] };
  written: boolean;
}

/** Per tool of each server (`server/tool`, or `server/#index` for an entry without a name), its content hash. */
function toolHashes(snapshot: Snapshot | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const server of snapshot?.servers ?? [])
    server.tools.forEach((entry, i) => {
      const name = (entry as { name?: unknown } | null)?.name;
      const key = `${server.name}/${typeof name === 'string' ? name : `#${i}`}`;
      if (!out.has(key)) out.set(key, contentHash(entry));
    });
  return out;
}

export function diffTools(
  before: Snapshot | null,
  after: Snapshot,
): { added: string[]; changed: string[]; removed: string[] } {
  const a = toolHashes(before);
  const b = toolHashes(after);
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    changed: [...b.keys()].filter((k) => a.has(k) && a.get(k) !== b.get(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
  };
}

/** Builds the snapshot from its sources and writes it when its bytes changed. */
export async function buildSnapshot(o: SnapshotBuildOptions): Promise<SnapshotBuildResult> {
  const at = (p: string | undefined, def: string): string => resolve(o.cwd, p ?? def);
  const file = at(o.out, DEFAULT_SNAPSHOT);
  const serversFile = at(o.servers, 'data/servers.json');
  const corpus = at(o.corpus, 'data/corpus');
  const listings = at(o.listings, 'data/catalogue/listings');
  const recrawl = at(o.recrawl, 'data/catalogue/recrawl');
  const dbFile = at(o.db, 'data/catalogue.sqlite');

  const curated = existsSync(serversFile)
    ? parseServersFile(await readFile(serversFile, 'utf8'), serversFile).servers
    : [];
  const names = new Map(curated.map((s) => [s.package, s.name]));
  const curatedNames = new Set(names.values());
  // a package's slug that is some other package's curated name gets a prefix: one name, one package
  const nameOf = (pkg: string): string => {
    const curatedName = names.get(pkg);
    if (curatedName !== undefined) return curatedName;
    const slug = packageSlug(pkg);
    return curatedNames.has(slug) ? `npm-${slug}` : slug;
  };

  const all: SnapshotServer[] = [];
  const sources: Record<string, number> = {};
  const add = (source: string, items: (SnapshotServer | null)[]): void => {
    const kept = items.filter((s): s is SnapshotServer => s !== null);
    sources[source] = kept.length;
    all.push(...kept);
  };

  let previous: Snapshot | null = null;
  if (existsSync(file)) {
    previous = decodeSnapshot(await readFile(file), file);
    // crawled and collected entries are kept (the database is not committed, and a crawl can be
    // partial); corpus entries always come fresh from the committed corpus
    if (!o.fresh)
      add(
        'previous snapshot',
        previous.servers.filter((s) => s.source === 'crawl' || s.source === 'listing'),
      );
  }
  const corpusFiles = await jsonFiles(join(corpus, 'servers'));
  add('corpus', await Promise.all(corpusFiles.map(async (f) => fromCorpusServer(await json(f), nameOf))));
  const attempts = join(corpus, 'attempts.json');
  if (existsSync(attempts)) add('corpus failures', fromAttempts(await json(attempts), nameOf));
  const listingFiles = await jsonFiles(listings, { gzipped: true });
  if (listingFiles.length > 0)
    add('listings', await Promise.all(listingFiles.map(async (f) => fromListing(await json(f), nameOf))));
  const recrawlFiles = await jsonFiles(recrawl, { gzipped: true, plain: false });
  if (recrawlFiles.length > 0)
    add('recrawl', await Promise.all(recrawlFiles.map(async (f) => fromListing(await json(f), nameOf))));
  if (existsSync(dbFile)) {
    const db = openDb(dbFile);
    try {
      add('crawl database', fromDb(db));
    } finally {
      closeDb(db);
    }
  }

  const snapshot = mergeSnapshotServers(all);
  const bytes = encodeSnapshot(snapshot);
  const before = new Map((previous?.servers ?? []).map((s) => [s.name, canonicalJson(s)]));
  const now = new Map(snapshot.servers.map((s) => [s.name, canonicalJson(s)]));
  const added = [...now.keys()].filter((n) => !before.has(n));
  const changed = [...now.keys()].filter((n) => before.has(n) && before.get(n) !== now.get(n));
  const removed = [...before.keys()].filter((n) => !now.has(n));
  const old = existsSync(file) ? await readFile(file) : null;
  const written = !old || !old.equals(bytes);
  if (written) {
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  }
  const tools = diffTools(previous, snapshot);
  return { file, snapshot, bytes: bytes.length, sources, added, changed, removed, tools, written };
}

/** The classifier's view of a snapshot server; one label per listed entry, valid or not. */
export function classifySnapshotServer(server: SnapshotServer): Classification[] {
  const info = server.serverInfo;
  const ctx: ServerContext = {
    name: server.name,
    ...(typeof info?.title === 'string' ? { title: info.title } : {}),
    ...(typeof info?.version === 'string' ? { version: info.version } : {}),
    ...(server.instructions ? { instructions: server.instructions } : {}),
    package: server.target.package,
  };
  const split = splitToolList(server.tools, Number.MAX_SAFE_INTEGER);
  const invalid = new Set(split.invalidTools.map((t) => t.index));
  const valid = classifyServer(
    split.tools.map((t) => t.tool),
    ctx,
  ).tools;
  let v = 0;
  return server.tools.map((entry, i) => (invalid.has(i) ? labelInvalidDefinition(entry, ctx) : valid[v++]!));
}

export interface SnapshotExportResult {
  servers: number;
  tools: number;
  out: string;
  elapsedMs: number;
}

export async function exportSnapshot(o: {
  cwd: string;
  snapshot?: string | undefined;
  export?: string | undefined;
  profile?: Profile | undefined;
}): Promise<SnapshotExportResult> {
  const started = performance.now();
  const file = resolve(o.cwd, o.snapshot ?? DEFAULT_SNAPSHOT);
  if (!existsSync(file))
    throw new McpRiskError('input_invalid', `no catalogue snapshot at ${file}`, {
      hint: 'mcp-risk snapshot build writes it',
    });
  const snapshot = decodeSnapshot(await readFile(file), file);
  const profile = o.profile ?? 'balanced';
  const overridesText = await readFile(resolve(o.cwd, 'data/overrides.json'), 'utf8').catch(() => null);
  const linksFile = resolve(o.cwd, 'data/catalogue/npm-links.json');
  const linksText = await readFile(linksFile, 'utf8').catch(() => null);
  const built = buildCatalogueFromSnapshot(snapshot, {
    classifierVersion: CLASSIFIER_VERSION,
    classify: classifySnapshotServer,
    serverPolicy: (cs) => buildPolicy(cs, profile),
    toolPolicy: (c) => toolPolicy(c, profile),
    ...(overridesText ? { overrides: parseOverridesFile(overridesText) } : {}),
    ...(linksText ? { npmLinks: npmLinksMap(parseNpmLinks(linksText, linksFile)) } : {}),
  });
  const out = resolve(o.cwd, o.export ?? 'data/export');
  await writeCatalogue(out, built);
  return {
    servers: built.index.servers.length,
    tools: built.index.tools.length,
    out,
    elapsedMs: Math.round(performance.now() - started),
  };
}

const list = (names: string[]): string =>
  names.length === 0 ? '' : `: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}`;

export function reportSnapshotBuild(io: CliIo, r: SnapshotBuildResult): void {
  const c = snapshotCounts(r.snapshot);
  const statuses = Object.entries(c.byStatus)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const from = Object.entries(r.sources)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  io.stderr.write(
    [
      `snapshot: ${c.servers} servers (${statuses}), ${c.listed} list valid tools, ${c.tools} tools (${c.validTools} valid); ${(r.bytes / 1024).toFixed(0)} KiB ${r.written ? 'written to' : 'unchanged at'} ${r.file}`,
      `  from: ${from}`,
      `  servers: ${r.added.length} added${list(r.added)}`,
      `  servers: ${r.changed.length} changed${list(r.changed)}`,
      `  servers: ${r.removed.length} removed${list(r.removed)}`,
      `  tools: ${r.tools.added.length} added${list(r.tools.added)}`,
      `  tools: ${r.tools.changed.length} changed${list(r.tools.changed)}`,
      `  tools: ${r.tools.removed.length} removed${list(r.tools.removed)}`,
      '',
    ].join('\n'),
  );
}

export const snapshotCommand: Command = {
  name: 'snapshot',
  summary: 'build the committed catalogue snapshot, or classify it into the export the site reads',
  usage: USAGE,
  async run(argv, io: CliIo) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub === '--help' || sub === '-h') {
      io.stdout.write(`${USAGE}\n`);
      return sub === undefined ? EXIT.usage : EXIT.ok;
    }
    let values;
    try {
      ({ values } = parseArgs({
        args: rest,
        options: {
          out: { type: 'string' },
          servers: { type: 'string' },
          corpus: { type: 'string' },
          listings: { type: 'string' },
          recrawl: { type: 'string' },
          db: { type: 'string' },
          fresh: { type: 'boolean' },
          snapshot: { type: 'string' },
          export: { type: 'string' },
          profile: { type: 'string' },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      throw new McpRiskError('usage', (error as Error).message, { hint: USAGE });
    }
    if (sub === 'build') {
      reportSnapshotBuild(io, await buildSnapshot({ cwd: io.cwd, ...values }));
      return EXIT.ok;
    }
    if (sub === 'export') {
      const profile = values.profile === undefined ? undefined : ProfileSchema.parse(values.profile);
      const r = await exportSnapshot({
        cwd: io.cwd,
        snapshot: values.snapshot,
        export: values.export,
        profile,
      });
      io.stderr.write(
        `export: ${r.servers} servers, ${r.tools} tools classified by ${CLASSIFIER_VERSION} in ${(r.elapsedMs / 1000).toFixed(1)} s -> ${r.out}\n`,
      );
      return EXIT.ok;
    }
    throw new McpRiskError('usage', `unknown snapshot command "${sub}" (build, export)`, { hint: USAGE });
  },
};

export default snapshotCommand;
