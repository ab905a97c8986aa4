import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { CLASSIFIER_VERSION, buildPolicy, classifyServer, toolPolicy } from '../../classifier/index.js';
import { McpRiskError, ProfileSchema, type CrawlStatus, type Profile } from '../../core/index.js';
import {
  crawlBatch,
  defaultConcurrency,
  type CrawlJob,
  type CrawlJobResult,
  type LocalJob,
  type SandboxMode,
} from '../../crawler/crawl.js';
import { detectSandbox } from '../../crawler/sandbox.js';
import {
  beginCrawl,
  buildCatalogue,
  closeDb,
  finishCrawl,
  importRegistryServers,
  openDb,
  parseOverridesFile,
  parseServersFile,
  storeClassifications,
  sweepInterruptedCrawls,
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
import { sanitize } from '../terminal.js';

const USAGE = `mcp-risk crawl [--only <name>[,<name>...]] [--concurrency N] [--db <file>] [--no-sandbox]
                [--servers <servers.json>] [--registry <server.json>]... [--jobs <local-jobs.json>]
                [--cache <dir>] [--export <dir>] [--profile strict|balanced|permissive] [--no-classify] [--json]
                [--snapshot]

Installs (npm --ignore-scripts, cached), starts each server in a bubblewrap sandbox, lists its
tools, stores them in the catalogue database (content-addressed: an unchanged server adds no tool
rows), and classifies tool versions not yet classified by this classifier version.
--snapshot then rebuilds the committed snapshot (data/snapshot/catalogue.json.gz, mcp-risk snapshot
build) with this database as its newest source: \`npm run crawl\` does both.
Progress goes to stderr; --json prints the summary as one JSON document on stdout.`;

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

export interface CrawlSummary {
  servers: number;
  byStatus: Partial<Record<CrawlStatus, number>>;
  failures: { name: string; status: CrawlStatus; detail: string | null }[];
  tools: { listed: number; added: number; changed: number; removed: number; newToolRows: number };
  classified: number;
  sandbox: string;
  concurrency: number;
  elapsedMs: number;
  interruptedCrawlsSwept: number;
  exported: string | null;
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

class Progress {
  private done = 0;
  private readonly running = new Map<string, string>();
  constructor(
    private readonly io: CliIo,
    private readonly total: number,
  ) {}
  phase(name: string, phase: string): void {
    this.running.set(name, phase);
    this.draw();
  }
  finish(name: string, status: CrawlStatus, tools: number, detail: string | null): void {
    this.running.delete(name);
    this.done++;
    const mark = status === 'ok' ? this.io.err('green', 'ok') : this.io.err('yellow', status);
    const line = `${this.done}/${this.total} ${sanitize(name, 60)}: ${mark}${status === 'ok' ? ` (${tools} tools)` : detail ? ` - ${sanitize(detail, 160)}` : ''}`;
    if (this.io.stderr.isTTY) this.io.stderr.write(`\r\u001b[2K${line}\n`);
    else this.io.stderr.write(`${line}\n`);
    this.draw();
  }
  private draw(): void {
    if (!this.io.stderr.isTTY) return;
    const width = 30;
    const filled = Math.round((this.done / Math.max(1, this.total)) * width);
    const current = [...this.running.entries()].map(([n, p]) => `${n} (${p})`).join(', ');
    this.io.stderr.write(
      `\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${sanitize(current, 80)}`,
    );
  }
  end(): void {
    if (this.io.stderr.isTTY) this.io.stderr.write('\r\u001b[2K');
  }
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

  // ---------------------------------------------------------------- what to crawl
  const entries: { entry: ServerEntry; source: 'curated' | 'registry' }[] = [];
  if (!values['no-curated'] && values.jobs === undefined) {
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
  try {
    const swept = sweepInterruptedCrawls(db, isAlive, now());
    const before = tableCounts(db);
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

    const summary: CrawlSummary = {
      servers: jobs.length,
      byStatus: {},
      failures: [],
      tools: { listed: 0, added: 0, changed: 0, removed: 0, newToolRows: 0 },
      classified: 0,
      sandbox: sandbox.kind === 'bwrap' ? sandbox.support.detail : 'none (--no-sandbox)',
      concurrency,
      elapsedMs: 0,
      interruptedCrawlsSwept: swept,
      exported: null,
    };
    io.stderr.write(
      `crawling ${jobs.length} servers, concurrency ${concurrency}, sandbox: ${summary.sandbox}, database ${dbFile}\n`,
    );
    const progress = new Progress(io, jobs.length);
    await crawlBatch(jobs, {
      concurrency,
      cacheDir,
      sandbox,
      signal: io.signal,
      onStart: (job) =>
        beginCrawl(
          db,
          {
            serverId: serverIds.get(job.name)!,
            runnerPid: process.pid,
            packageVersion: job.kind === 'npm' ? job.version : '0.0.0',
            packageIntegrity: null,
            sandboxed: sandbox.kind === 'bwrap',
          },
          now(),
        ),
      onPhase: (job, phase) => progress.phase(job.name, phase),
      onResult: (result) => {
        const crawlId = result.context as number;
        if (result.install?.integrity)
          db.$client
            .prepare('UPDATE crawls SET package_integrity = ? WHERE id = ?')
            .run(result.install.integrity, crawlId);
        const outcome = finishCrawl(db, crawlId, result.snapshot, now());
        const status = outcome.status;
        summary.byStatus[status] = (summary.byStatus[status] ?? 0) + 1;
        if (status !== 'ok')
          summary.failures.push({ name: result.job.name, status, detail: result.snapshot.statusDetail });
        summary.tools.listed += outcome.toolCount;
        summary.tools.added += outcome.added.length;
        summary.tools.changed += outcome.changed.length;
        summary.tools.removed += outcome.removed.length;
        summary.tools.newToolRows += outcome.toolRowsInserted;
        if (status === 'ok' && !values['no-classify'])
          summary.classified += classifyCrawl(db, crawlId, result, {
            name: result.job.name,
            package: packages.get(result.job.name),
          });
        progress.finish(result.job.name, status, outcome.toolCount, result.snapshot.statusDetail);
      },
    }).finally(() => progress.end());

    if (values.export !== undefined) {
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
      reportSnapshotBuild(io, await buildSnapshot({ cwd, db: dbFile }));
    }
    const after = tableCounts(db);
    summary.tools.newToolRows = after.toolVersions - before.toolVersions;
    summary.elapsedMs = Math.round(performance.now() - started);
    writeSummary(io, summary);
    if (values.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return summary;
  } finally {
    closeDb(db);
  }
}

function writeSummary(io: CliIo, s: CrawlSummary): void {
  const statuses = Object.entries(s.byStatus)
    .sort(([a], [b]) => (a === 'ok' ? -1 : b === 'ok' ? 1 : a.localeCompare(b)))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const lines = [
    '',
    `crawled ${s.servers} servers in ${(s.elapsedMs / 1000).toFixed(1)} s: ${statuses || 'none'}`,
    `tools: ${s.tools.listed} listed, ${s.tools.added} added, ${s.tools.changed} changed, ${s.tools.removed} removed; ${s.tools.newToolRows} new tool versions stored, ${s.classified} classified`,
  ];
  if (s.interruptedCrawlsSwept > 0)
    lines.push(`${s.interruptedCrawlsSwept} crawls left running by a killed run were marked interrupted`);
  for (const f of s.failures)
    lines.push(`  ${f.status.padEnd(15)} ${sanitize(f.name, 60)}: ${sanitize(f.detail ?? '', 200)}`);
  if (s.exported) lines.push(`catalogue exported to ${s.exported}`);
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
