import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { CLASSIFIER_VERSION, buildPolicy, classifyServer, toolPolicy } from '../../classifier/index.js';
import {
  McpRiskError,
  ProfileSchema,
  canonicalJson,
  sha256Hex,
  type CrawlStatus,
  type Profile,
} from '../../core/index.js';
import { PackageCache, formatBytes, parseSize, type CacheSummary } from '../../crawler/cache.js';
import {
  crawlBatch,
  defaultConcurrency,
  type CrawlJob,
  type CrawlJobResult,
  type LocalJob,
  type SandboxMode,
} from '../../crawler/crawl.js';
import { detectSandbox } from '../../crawler/sandbox.js';
import { formatShard, inShard, parseShard, type Shard } from '../../crawler/shard.js';
import {
  beginCrawl,
  buildCatalogue,
  closeDb,
  endRun,
  finishCrawl,
  importRegistryServers,
  openDb,
  parseOverridesFile,
  parseServersFile,
  recordedInRun,
  serversWithFinishedCrawls,
  startRun,
  storeClassifications,
  sweepInterruptedCrawls,
  sweepInterruptedRuns,
  tableCounts,
  unclassifiedToolsOfCrawl,
  upsertServer,
  writeCatalogue,
  type CatalogueDb,
  type ServerEntry,
} from '../../data/index.js';
import type { CliIo, Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { parseJsonInput, readInputFile } from '../input.js';
import { buildSnapshot, reportSnapshotBuild } from './snapshot.js';
import { BatchProgress, formatDuration } from '../progress.js';
import { sanitize } from '../terminal.js';

const USAGE = `mcp-risk crawl [--only <name>[,<name>...]] [--concurrency N] [--db <file>] [--no-sandbox]
                [--servers <servers.json>] [--registry <server.json>]... [--jobs <local-jobs.json>]
                [--cache <dir>] [--export <dir>] [--profile strict|balanced|permissive] [--no-classify] [--json]
                [--snapshot] [--shard k/n] [--max-age <24h>] [--no-resume] [--cache-cap <4G>]
                [--progress-interval <seconds>]

Installs (npm --ignore-scripts, cached), starts each server in a bubblewrap sandbox, lists its
tools, stores them in the catalogue database (content-addressed: an unchanged server adds no tool
rows), and classifies tool versions not yet classified by this classifier version.
--snapshot then rebuilds the committed snapshot (data/snapshot/catalogue.json.gz, mcp-risk snapshot
build) with this database as its newest source: \`npm run crawl\` does both.
--shard k/n crawls the k-th of n deterministic slices (by a hash of each server's name); merge the
shards' databases with mcp-risk merge.
A run killed at any point (even SIGKILL) is resumed by the next crawl of the same selection: the
servers it recorded within --max-age (default 24h; s, m, h, d) are skipped; --no-resume starts over.
--cache-cap keeps the package cache under a size (least recently used installs deleted; 0 deletes
each install after its server is recorded).
Progress goes to stderr (one line, redrawn on a terminal; elsewhere at most one line per 5% or per
--progress-interval seconds, default 30); --json prints the summary as one JSON document on stdout.`;

/** Servers already on disk (tests, fixtures, your own servers): started like npm packages, sandboxed. */
const LocalJobsSchema = z.array(
  z
    .object({
      name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/),
      command: z.string().min(1),
      args: z.array(z.string()).default([]),
      env: z.record(z.string(), z.string()).default({}),
      readOnlyPaths: z.array(z.string()).default([]),
    })
    .strict(),
);

export interface ToolChange {
  server: string;
  added: string[];
  changed: string[];
  removed: string[];
}

export interface CrawlSummary {
  /** Servers selected (after --only and --shard), including those a resumed run skips. */
  selected: number;
  /** Servers crawled by this process. */
  servers: number;
  shard: string | null;
  run: { id: number; resumed: boolean; skipped: number; state: 'done' | 'interrupted' };
  byStatus: Partial<Record<CrawlStatus, number>>;
  failures: { name: string; status: CrawlStatus; detail: string | null }[];
  tools: { listed: number; added: number; changed: number; removed: number; newToolRows: number };
  classified: number;
  sandbox: string;
  concurrency: number;
  elapsedMs: number;
  interruptedCrawlsSwept: number;
  exported: string | null;
  /** Servers recorded for the first time in this database. */
  serversAdded: string[];
  /** Curated servers in the database that servers.json no longer lists (kept, with their history); null when not checked (--jobs, --only, --no-curated). */
  serversRemoved: string[] | null;
  /** Per server whose tools changed against its previous successful crawl (names, capped at 50 each). */
  toolChanges: ToolChange[];
  cache: CacheSummary;
  database: { file: string; bytes: number };
}

/** `90s`, `30m`, `24h`, `7d`, or seconds. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 's').toLowerCase()]!;
  return Math.round(Number(m[1]) * unit);
}

/** The identity of a selection: the same shard, servers and versions resume the same run. */
export function runKey(shard: Shard | null, jobs: readonly CrawlJob[]): string {
  const items = jobs
    .map((j) => [j.name, j.kind === 'npm' ? `${j.package}@${j.version}` : `local:${j.command}`])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  return `sha256:${sha256Hex(canonicalJson({ shard: shard ? formatShard(shard) : null, items }))}`;
}

const isAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const now = (): string => new Date().toISOString();

function classifyCrawl(
  db: CatalogueDb,
  crawlId: number,
  result: CrawlJobResult,
  entry: { name: string; package: string | undefined },
): number {
  const pending = unclassifiedToolsOfCrawl(db, crawlId, CLASSIFIER_VERSION);
  if (pending.length === 0) return 0;
  const info = result.snapshot.serverInfo;
  const classified = classifyServer(
    pending.map((t) => t.definition),
    {
      name: entry.name,
      ...(info?.title ? { title: info.title } : {}),
      ...(info?.version ? { version: info.version } : {}),
      ...(result.snapshot.instructions ? { instructions: result.snapshot.instructions } : {}),
      ...(entry.package ? { package: entry.package } : {}),
    },
  );
  const items = pending.map((t, i) => ({
    toolVersionId: t.toolVersionId,
    classification: classified.tools[i]!,
  }));
  for (const item of items) {
    const stored = pending.find((p) => p.toolVersionId === item.toolVersionId)!;
    if (item.classification.hash !== stored.hash) {
      throw new McpRiskError(
        'internal',
        `classifier hash ${item.classification.hash} differs from the stored hash ${stored.hash} of ${stored.name}`,
      );
    }
  }
  return storeClassifications(db, items, now());
}

export async function runCrawl(argv: string[], io: CliIo): Promise<CrawlSummary> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        only: { type: 'string', multiple: true },
        concurrency: { type: 'string' },
        db: { type: 'string' },
        'no-sandbox': { type: 'boolean' },
        servers: { type: 'string' },
        registry: { type: 'string', multiple: true },
        jobs: { type: 'string' },
        cache: { type: 'string' },
        export: { type: 'string' },
        profile: { type: 'string' },
        'no-classify': { type: 'boolean' },
        'no-curated': { type: 'boolean' },
        snapshot: { type: 'boolean' },
        shard: { type: 'string' },
        'max-age': { type: 'string' },
        'no-resume': { type: 'boolean' },
        'cache-cap': { type: 'string' },
        'progress-interval': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new McpRiskError('usage', (error as Error).message, { hint: USAGE });
  }
  const started = performance.now();
  const cwd = io.cwd;
  const concurrency = values.concurrency === undefined ? defaultConcurrency() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new McpRiskError('usage', '--concurrency must be an integer from 1 to 64');
  const profile: Profile = values.profile === undefined ? 'balanced' : ProfileSchema.parse(values.profile);
  const dbFile = resolve(cwd, values.db ?? 'data/catalogue.sqlite');
  const cacheDir = resolve(cwd, values.cache ?? '.cache');
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  const maxAgeMs = parseDuration(values['max-age'] ?? '24h');
  if (maxAgeMs === null)
    throw new McpRiskError('usage', '--max-age must be a duration such as 90s, 30m, 24h or 7d');
  const cacheCap = parseSize(values['cache-cap'] ?? '4G');
  if (cacheCap === null) throw new McpRiskError('usage', '--cache-cap must be a size such as 0, 500M or 4G');
  const progressInterval = parseDuration(values['progress-interval'] ?? '30');
  if (progressInterval === null || progressInterval < 1000)
    throw new McpRiskError('usage', '--progress-interval must be at least 1 second');

  // ---------------------------------------------------------------- what to crawl
  const entries: { entry: ServerEntry; source: 'curated' | 'registry' }[] = [];
  const curatedLoaded = !values['no-curated'] && values.jobs === undefined;
  if (curatedLoaded) {
    const file = resolve(cwd, values.servers ?? 'data/servers.json');
    const parsed = parseServersFile(
      (await readInputFile(cwd, file, 'servers file', { code: 'config_invalid' }))!,
      file,
    );
    for (const entry of parsed.servers) entries.push({ entry, source: 'curated' });
  }
  if (values.registry?.length) {
    const documents = await Promise.all(
      values.registry.map(async (f) => ({
        source: f,
        json: parseJsonInput((await readInputFile(cwd, f, 'registry file'))!, f),
      })),
    );
    const imported = importRegistryServers(documents);
    for (const skip of imported.skipped)
      io.stderr.write(`registry: skipped ${sanitize(skip.what, 120)}: ${skip.reason}\n`);
    for (const entry of imported.entries) {
      if (entries.some((e) => e.entry.name === entry.name))
        io.stderr.write(`registry: ${entry.name} is already in the curated list; kept the curated entry\n`);
      else entries.push({ entry, source: 'registry' });
    }
  }
  let jobs: CrawlJob[] = entries.map(({ entry }) => ({
    kind: 'npm',
    name: entry.name,
    package: entry.package,
    version: entry.version,
    bin: entry.bin,
    args: entry.args,
    env: entry.env,
  }));
  const locals: LocalJob[] = [];
  if (values.jobs !== undefined) {
    const parsed = LocalJobsSchema.safeParse(
      parseJsonInput(
        (await readInputFile(cwd, values.jobs, 'jobs file', { code: 'config_invalid' }))!,
        values.jobs,
        'config_invalid',
      ),
    );
    if (!parsed.success)
      throw new McpRiskError(
        'config_invalid',
        `${values.jobs}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
    for (const job of parsed.data) locals.push({ kind: 'local', ...job });
    jobs.push(...locals);
  }
  if (values.only?.length) {
    const wanted = new Set(
      values.only
        .flatMap((o) => o.split(','))
        .map((o) => o.trim())
        .filter(Boolean),
    );
    const unknown = [...wanted].filter((w) => !jobs.some((j) => j.name === w));
    if (unknown.length > 0) throw new McpRiskError('usage', `--only: no server named ${unknown.join(', ')}`);
    jobs = jobs.filter((j) => wanted.has(j.name));
  }
  const listed = jobs.length;
  if (shard) jobs = jobs.filter((j) => inShard(j.name, shard));

  // ---------------------------------------------------------------- sandbox
  let sandbox: SandboxMode;
  if (values['no-sandbox']) {
    sandbox = { kind: 'none' };
    io.stderr.write(
      io.err(
        'yellow',
        "warning: --no-sandbox: servers run with network access and can read this machine's files\n",
      ),
    );
  } else {
    const support = detectSandbox();
    if (!support.available) {
      // one line, naming the package: the crawl starts third-party servers only inside the sandbox
      throw new McpRiskError(
        'sandbox_unavailable',
        support.bwrap === null
          ? 'crawl needs bubblewrap, the sandbox it runs third-party servers in: install the Debian package bubblewrap (apt-get install bubblewrap), or pass --no-sandbox to run them unsandboxed'
          : `crawl cannot start its sandbox: ${support.detail} (Debian packages: bubblewrap, util-linux)`,
      );
    }
    sandbox = { kind: 'bwrap', support };
  }

  // ---------------------------------------------------------------- database
  const db = openDb(dbFile);
  let run: { runId: number; resumed: boolean } | null = null;
  let runState: 'done' | 'interrupted' = 'interrupted';
  try {
    const swept = sweepInterruptedCrawls(db, isAlive, now());
    sweepInterruptedRuns(db, isAlive, now());
    const before = tableCounts(db);
    const knownBefore = serversWithFinishedCrawls(db);
    const serverIds = new Map<string, number>();
    const packages = new Map<string, string | undefined>();
    for (const { entry, source } of entries) {
      if (!jobs.some((j) => j.name === entry.name)) continue;
      serverIds.set(
        entry.name,
        upsertServer(
          db,
          {
            name: entry.name,
            source,
            package: entry.package,
            version: entry.version,
            title: entry.title,
            description: entry.description,
            target: { args: entry.args, bin: entry.bin ?? null, env: entry.env },
          },
          now(),
        ),
      );
      packages.set(entry.name, entry.package);
    }
    for (const job of locals) {
      if (!jobs.includes(job)) continue;
      serverIds.set(
        job.name,
        upsertServer(
          db,
          {
            name: job.name,
            source: 'cli',
            package: `local:${job.name}`,
            version: '0.0.0',
            target: { command: job.command, args: job.args, env: job.env },
          },
          now(),
        ),
      );
      packages.set(job.name, undefined);
    }

    // ---------------------------------------------------------------- resume
    const selected = jobs.length;
    run = startRun(
      db,
      {
        key: runKey(shard, jobs),
        shard: shard ? formatShard(shard) : null,
        total: selected,
        runnerPid: process.pid,
      },
      now(),
      !values['no-resume'],
    );
    let skipped = 0;
    if (run.resumed) {
      const recorded = recordedInRun(db, run.runId);
      const freshSince = new Date(Date.now() - maxAgeMs).toISOString();
      const todo = jobs.filter((job) => {
        const r = recorded.get(job.name);
        const version = job.kind === 'npm' ? job.version : '0.0.0';
        return !(r && r.packageVersion === version && r.finishedAt >= freshSince);
      });
      skipped = jobs.length - todo.length;
      jobs = todo;
    }

    // ---------------------------------------------------------------- cache
    const cache = new PackageCache(cacheDir, cacheCap, isAlive);
    await cache.open();

    const summary: CrawlSummary = {
      selected,
      servers: jobs.length,
      shard: shard ? formatShard(shard) : null,
      run: { id: run.runId, resumed: run.resumed, skipped, state: 'interrupted' },
      byStatus: {},
      failures: [],
      tools: { listed: 0, added: 0, changed: 0, removed: 0, newToolRows: 0 },
      classified: 0,
      sandbox: sandbox.kind === 'bwrap' ? sandbox.support.detail : 'none (--no-sandbox)',
      concurrency,
      elapsedMs: 0,
      interruptedCrawlsSwept: swept,
      exported: null,
      serversAdded: [],
      serversRemoved: null,
      toolChanges: [],
      cache: cache.summary(),
      database: { file: dbFile, bytes: 0 },
    };
    const scope = shard
      ? `shard ${formatShard(shard)} (${selected} of ${listed} servers)`
      : `${selected} servers`;
    io.stderr.write(
      `crawling ${scope}, concurrency ${concurrency}, sandbox: ${summary.sandbox}, database ${dbFile}\n`,
    );
    if (run.resumed)
      io.stderr.write(
        `resuming interrupted run ${run.runId}: ${skipped} servers already recorded (within ${values['max-age'] ?? '24h'}) are skipped, ${jobs.length} to crawl\n`,
      );
    const progress = new BatchProgress(io, jobs.length, 'servers', {
      intervalMs: progressInterval,
      skipped,
    });
    const inFlight = new Map<string, string>();
    await crawlBatch(jobs, {
      concurrency,
      cacheDir,
      sandbox,
      signal: io.signal,
      onStart: (job) => {
        if (job.kind === 'npm') inFlight.set(job.name, cache.dirOf(job.package, job.version));
        return beginCrawl(
          db,
          {
            serverId: serverIds.get(job.name)!,
            runnerPid: process.pid,
            packageVersion: job.kind === 'npm' ? job.version : '0.0.0',
            packageIntegrity: null,
            sandboxed: sandbox.kind === 'bwrap',
            runId: run!.runId,
          },
          now(),
        );
      },
      onPhase: (job, phase) => progress.start(job.name, phase),
      onResult: async (result) => {
        const crawlId = result.context as number;
        if (result.install?.integrity)
          db.$client
            .prepare('UPDATE crawls SET package_integrity = ? WHERE id = ?')
            .run(result.install.integrity, crawlId);
        const outcome = finishCrawl(db, crawlId, result.snapshot, now());
        const status = outcome.status;
        const name = result.job.name;
        summary.byStatus[status] = (summary.byStatus[status] ?? 0) + 1;
        if (status !== 'ok') summary.failures.push({ name, status, detail: result.snapshot.statusDetail });
        if (!knownBefore.has(name)) summary.serversAdded.push(name);
        summary.tools.listed += outcome.toolCount;
        summary.tools.added += outcome.added.length;
        summary.tools.changed += outcome.changed.length;
        summary.tools.removed += outcome.removed.length;
        summary.tools.newToolRows += outcome.toolRowsInserted;
        if (
          knownBefore.has(name) &&
          outcome.added.length + outcome.changed.length + outcome.removed.length > 0
        )
          summary.toolChanges.push({
            server: name,
            added: outcome.added.slice(0, 50),
            changed: outcome.changed.slice(0, 50),
            removed: outcome.removed.slice(0, 50),
          });
        if (status === 'ok' && !values['no-classify'])
          summary.classified += classifyCrawl(db, crawlId, result, {
            name,
            package: packages.get(name),
          });
        inFlight.delete(name);
        progress.finish(name, status === 'ok');
        // install, list, record, prune: this server is stored, its install may go
        if (result.install) await cache.used(result.install.dir, new Set(inFlight.values()));
      },
    }).finally(() => progress.end());
    runState = 'done';
    endRun(db, run.runId, 'done', now());
    summary.run.state = 'done';

    // curated servers the list no longer names (in this shard): reported, never deleted
    if (curatedLoaded && !values.only?.length) {
      const curatedNow = new Set(entries.filter((e) => e.source === 'curated').map((e) => e.entry.name));
      summary.serversRemoved = (
        db.$client.prepare("SELECT name FROM servers WHERE source = 'curated' ORDER BY name").all() as {
          name: string;
        }[]
      )
        .map((r) => r.name)
        .filter((n) => !curatedNow.has(n) && inShard(n, shard));
    }
    summary.serversAdded.sort();
    summary.toolChanges.sort((a, b) => (a.server < b.server ? -1 : a.server > b.server ? 1 : 0));
    summary.failures.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

    if (values.export !== undefined) {
      io.stderr.write(`export: classifying the database's latest crawls into ${values.export}\n`);
      const overridesText = await readFile(resolve(cwd, 'data/overrides.json'), 'utf8').catch(() => null);
      const built = buildCatalogue(db, {
        classifierVersion: CLASSIFIER_VERSION,
        serverPolicy: (cs) => buildPolicy(cs, profile),
        toolPolicy: (c) => toolPolicy(c, profile),
        ...(overridesText ? { overrides: parseOverridesFile(overridesText) } : {}),
      });
      const out = resolve(cwd, values.export);
      await writeCatalogue(out, built);
      summary.exported = out;
    }
    if (values.snapshot) {
      io.stderr.write('snapshot: rebuilding data/snapshot/catalogue.json.gz with this database\n');
      reportSnapshotBuild(io, await buildSnapshot({ cwd, db: dbFile }));
    }
    const after = tableCounts(db);
    summary.tools.newToolRows = after.toolVersions - before.toolVersions;
    summary.cache = cache.summary();
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    summary.database.bytes = existsSync(dbFile) ? statSync(dbFile).size : 0;
    summary.elapsedMs = Math.round(performance.now() - started);
    writeSummary(io, summary);
    if (values.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return summary;
  } finally {
    if (run && runState !== 'done') {
      try {
        endRun(db, run.runId, 'interrupted', now());
      } catch {
        // the database is unusable; the next run's sweep marks the run interrupted
      }
    }
    closeDb(db);
  }
}

const names = (list: readonly string[], max = 10): string =>
  list
    .slice(0, max)
    .map((n) => sanitize(n, 60))
    .join(', ') + (list.length > max ? `, … (${list.length - max} more)` : '');

function writeSummary(io: CliIo, s: CrawlSummary): void {
  const statuses = Object.entries(s.byStatus)
    .sort(([a], [b]) => (a === 'ok' ? -1 : b === 'ok' ? 1 : a.localeCompare(b)))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const lines = [
    '',
    `crawled ${s.servers} servers in ${formatDuration(s.elapsedMs)} (${(s.elapsedMs / 1000).toFixed(1)} s): ${statuses || 'none'}${s.run.skipped > 0 ? `; ${s.run.skipped} recorded earlier in run ${s.run.id} skipped` : ''}`,
    `tools: ${s.tools.listed} listed, ${s.tools.added} added, ${s.tools.changed} changed, ${s.tools.removed} removed; ${s.tools.newToolRows} new tool versions stored, ${s.classified} classified`,
    `servers: ${s.serversAdded.length} added${s.serversAdded.length ? ` (${names(s.serversAdded)})` : ''}, ${s.toolChanges.length} changed${s.toolChanges.length ? ` (${names(s.toolChanges.map((c) => c.server))})` : ''}${s.serversRemoved === null ? '' : `, ${s.serversRemoved.length} removed from servers.json${s.serversRemoved.length ? ` (${names(s.serversRemoved)}; kept in the database)` : ''}`}`,
  ];
  for (const c of s.toolChanges.slice(0, 20)) {
    const parts = [
      c.added.length ? `+ ${names(c.added, 8)}` : '',
      c.changed.length ? `~ ${names(c.changed, 8)}` : '',
      c.removed.length ? `- ${names(c.removed, 8)}` : '',
    ].filter(Boolean);
    lines.push(`  ${sanitize(c.server, 60)}: ${parts.join('; ')}`);
  }
  if (s.toolChanges.length > 20) lines.push(`  … ${s.toolChanges.length - 20} more servers changed`);
  if (s.interruptedCrawlsSwept > 0)
    lines.push(`${s.interruptedCrawlsSwept} crawls left running by a killed run were marked interrupted`);
  for (const f of s.failures)
    lines.push(`  ${f.status.padEnd(15)} ${sanitize(f.name, 60)}: ${sanitize(f.detail ?? '', 200)}`);
  if (s.exported) lines.push(`catalogue exported to ${s.exported}`);
  const c = s.cache;
  lines.push(
    `disk: package cache ${formatBytes(c.bytes)} in ${c.packages} installs (cap ${formatBytes(c.capBytes)}, peak ${formatBytes(c.peakBytes)}; ${c.pruned} pruned, ${formatBytes(c.prunedBytes)} freed${c.staleRemoved ? `; ${c.staleRemoved} half-done installs of killed runs removed` : ''}) at ${c.dir}; database ${formatBytes(s.database.bytes)}`,
  );
  io.stderr.write(`${lines.join('\n')}\n`);
}

export const crawlCommand: Command = {
  name: 'crawl',
  summary: 'crawl the curated servers into the catalogue database and classify new tool versions',
  usage: USAGE,
  async run(argv, io) {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    await runCrawl(argv, io);
    return EXIT.ok;
  },
};

export default crawlCommand;
