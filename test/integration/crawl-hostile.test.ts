/**
 * Every "Process and protocol" row of ../shared/HOSTILE.md as a raw JSON-RPC fixture server
 * (test/fixtures/hostile/), crawled in ONE batch through the real sandbox into a real SQLite file:
 * each gets its expected status, and the batch (including the well-behaved server at the end)
 * completes with everything stored.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlBatch, type CrawlJob, type CrawlJobResult } from '../../crawler/crawl.js';
import { detectSandbox } from '../../crawler/sandbox.js';
import {
  beginCrawl,
  closeDb,
  finishCrawl,
  integrityCheck,
  openDb,
  tableCounts,
  upsertServer,
  type CatalogueDb,
  type CrawlOutcome,
} from '../../data/index.js';
import { hostileJob } from './crawl-hostile.helpers.js';

const support = detectSandbox();
const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-hostile-'));
const dbFile = join(dir, 'catalogue.sqlite');
const secretFile = join(dir, 'secret.txt');
const marker = `mcp-risk-grandchild-${process.pid}-${Date.now()}`;
const HOST_SECRET = 'MCP_RISK_TEST_HOST_SECRET';

const jobs: CrawlJob[] = [
  hostileJob('never-initialize', 'never-initialize.mjs'),
  hostileJob('endless-line', 'endless-line.mjs'),
  hostileJob('banners', 'banners.mjs'),
  hostileJob('both-result-and-error', 'both-result-and-error.mjs'),
  hostileJob('wrong-ids', 'wrong-ids.mjs'),
  hostileJob('notification-flood', 'notification-flood.mjs'),
  hostileJob('server-requests', 'server-requests.mjs'),
  hostileJob('exits-at-once', 'exits-at-once.mjs'),
  {
    kind: 'local',
    name: 'missing-bin',
    command: '/nonexistent/bin/server',
    args: [],
    env: {},
    readOnlyPaths: [],
  },
  hostileJob('needs-api-key', 'needs-api-key.mjs'),
  hostileJob('grandchild', 'grandchild-ignores-sigterm.mjs', [marker]),
  hostileJob('memory-hog', 'memory-hog.mjs'),
  hostileJob('fork-bomb', 'fork-bomb.mjs'),
  hostileJob('disk-filler', 'disk-filler.mjs'),
  hostileJob('snoop', 'snoop.mjs', [dbFile, secretFile]),
  hostileJob('network-at-start', 'network-at-start.mjs'),
  hostileJob('ten-thousand-tools', 'ten-thousand-tools.mjs'),
  hostileJob('slow-drip', 'slow-drip.mjs'),
  hostileJob('huge-server-info', 'huge-server-info.mjs'),
  hostileJob('good', 'good.mjs'),
];

const results = new Map<string, CrawlJobResult>();
const outcomes = new Map<string, CrawlOutcome>();
let db: CatalogueDb;
let elapsedMs = 0;

beforeAll(async () => {
  writeFileSync(secretFile, 'top secret');
  process.env[HOST_SECRET] = 'do-not-leak';
  db = openDb(dbFile);
  const ids = new Map(
    jobs.map((j) => [
      j.name,
      upsertServer(
        db,
        { name: j.name, source: 'cli', package: `local:${j.name}`, version: '0.0.0', target: j },
        new Date().toISOString(),
      ),
    ]),
  );
  const t0 = performance.now();
  await crawlBatch(jobs, {
    concurrency: 4,
    cacheDir: join(dir, 'cache'),
    sandbox: { kind: 'bwrap', support },
    limits: {
      memoryBytes: 256 * 1024 ** 2,
      processes: 64,
      fileSizeBytes: 16 * 1024 ** 2,
      tmpfsBytes: 32 * 1024 ** 2,
    },
    introspect: {
      deadlines: { initializeMs: 4000, listMs: 5000, totalMs: 8000 },
      limits: { maxMessageBytes: 4 * 1024 * 1024 },
    },
    onStart: (job) =>
      beginCrawl(
        db,
        {
          serverId: ids.get(job.name)!,
          runnerPid: process.pid,
          packageVersion: '0.0.0',
          packageIntegrity: null,
          sandboxed: true,
        },
        new Date().toISOString(),
      ),
    onResult: (result) => {
      results.set(result.job.name, result);
      outcomes.set(
        result.job.name,
        finishCrawl(db, result.context as number, result.snapshot, new Date().toISOString()),
      );
    },
  });
  elapsedMs = performance.now() - t0;
}, 120_000);

afterAll(() => {
  delete process.env[HOST_SECRET];
  closeDb(db);
  rmSync(dir, { recursive: true, force: true });
});

const status = (name: string): string => results.get(name)!.snapshot.status;
const descriptions = (name: string): string[] =>
  results.get(name)!.snapshot.tools.map((t) => t.tool.description ?? '');

describe.runIf(support.available)('hostile servers, one sandboxed batch', () => {
  it('completes the whole batch and stores every server', () => {
    expect([...results.keys()].sort()).toEqual(jobs.map((j) => j.name).sort());
    expect(results.get('good')!.snapshot.stderrTail).toBe('');
    expect(status('good')).toBe('ok');
    expect(results.get('good')!.snapshot.tools.map((t) => t.tool.name)).toEqual([
      'read_item',
      'list_items',
      'delete_item',
    ]);
    const counts = tableCounts(db);
    expect(counts.crawls).toBe(jobs.length);
    expect(db.$client.prepare("SELECT count(*) AS n FROM crawls WHERE state = 'done'").get()).toEqual({
      n: jobs.length,
    });
    expect(integrityCheck(db)).toBe('ok');
    // 8 s total deadline per server, 20 servers, 4 at a time: bounded, whatever the servers do.
    expect(elapsedMs).toBeLessThan(90_000);
  });

  it('never answers initialize -> timeout', () => {
    expect(status('never-initialize')).toBe('timeout');
  });

  it('endless line without a newline -> protocol_error at the message cap', () => {
    expect(status('endless-line')).toBe('protocol_error');
    expect(results.get('endless-line')!.snapshot.statusDetail).toMatch(/exceeded/);
  });

  it('banners on stdout around valid messages are tolerated', () => {
    expect(status('banners')).toBe('ok');
    expect(results.get('banners')!.snapshot.tools.map((t) => t.tool.name)).toEqual(['echo', 'ping']);
  });

  it('a response with both result and error -> protocol_error', () => {
    expect(status('both-result-and-error')).toBe('protocol_error');
  });

  it('wrong or missing JSON-RPC ids -> protocol_error', () => {
    expect(status('wrong-ids')).toBe('protocol_error');
  });

  it('a notification flood -> protocol_error', () => {
    expect(status('notification-flood')).toBe('protocol_error');
  });

  it('sampling, elicitation and roots requests are answered "method not found"', () => {
    expect(status('server-requests')).toBe('ok');
    const answers = descriptions('server-requests');
    expect(answers).toHaveLength(3);
    for (const answer of answers) expect(answer).toContain('-32601');
  });

  it('exits at once -> startup_failed with a capped stderr, retried once', () => {
    const r = results.get('exits-at-once')!;
    expect(r.snapshot.status).toBe('startup_failed');
    expect(r.attempts).toBe(2);
    expect(r.snapshot.stderrTail.length).toBeLessThanOrEqual(8192);
    expect(r.snapshot.stderrTail).toContain('fatal: something went wrong at startup');
  });

  it('a missing bin -> startup_failed', () => {
    expect(status('missing-bin')).toBe('startup_failed');
    expect(results.get('missing-bin')!.attempts).toBeLessThanOrEqual(2);
  });

  it('exits asking for an API key -> needs_config', () => {
    expect(status('needs-api-key')).toBe('needs_config');
  });

  it('a grandchild that ignores SIGTERM is killed with the sandbox', () => {
    expect(status('grandchild')).toBe('ok');
    const alive = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
        } catch {
          return false;
        }
      });
    expect(alive).toEqual([]);
  });

  it('memory, process and disk bombs -> resource_limit, host unaffected', () => {
    expect(status('memory-hog')).toBe('resource_limit');
    expect(status('fork-bomb')).toBe('resource_limit');
    expect(status('disk-filler')).toBe('resource_limit');
    expect(results.get('memory-hog')!.snapshot.statusDetail).toMatch(/memory/);
    expect(results.get('fork-bomb')!.snapshot.statusDetail).toMatch(/process/);
    expect(results.get('disk-filler')!.snapshot.statusDetail).toMatch(/disk/);
    // No leftover sleepers from the fork bomb on the host.
    const sleepers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.trim() === '/bin/sleep 300');
    expect(sleepers).toEqual([]);
  });

  it('~/.ssh, ~/.npmrc, our database, our files and our environment are not there to read', () => {
    expect(status('snoop')).toBe('ok');
    const report = JSON.parse(descriptions('snoop')[0]!) as {
      files: Record<string, string>;
      rootDir: string;
      env: string[];
    };
    for (const [path, outcome] of Object.entries(report.files))
      expect(`${path}: ${outcome}`).not.toMatch(/READ/);
    expect(report.rootDir).not.toMatch(/LISTED/);
    expect(report.env).not.toContain(HOST_SECRET);
    expect(
      report.env.every((k) => ['HOME', 'LANG', 'LOGNAME', 'PATH', 'PWD', 'TMPDIR', 'USER'].includes(k)),
    ).toBe(true);
  });

  it('network connections at start fail; listing proceeds', () => {
    expect(status('network-at-start')).toBe('ok');
    const net = JSON.parse(descriptions('network-at-start')[0]!) as Record<string, string>;
    expect(Object.values(net)).not.toContain('CONNECTED');
  });

  it('10,000 tools -> first 1000 stored, count kept, truncated', () => {
    const r = results.get('ten-thousand-tools')!;
    expect(r.snapshot.status).toBe('ok');
    expect(r.snapshot.tools).toHaveLength(1000);
    expect(r.snapshot.totalOffered).toBe(10_000);
    expect(r.snapshot.truncated).toBe(true);
    const row = db.$client
      .prepare('SELECT total_offered, truncated FROM crawls WHERE id = ?')
      .get(outcomes.get('ten-thousand-tools')!.crawlId);
    expect(row).toEqual({ total_offered: 10_000, truncated: 1 });
    expect(
      db.$client
        .prepare('SELECT count(*) AS n FROM crawl_tools WHERE crawl_id = ?')
        .get(outcomes.get('ten-thousand-tools')!.crawlId),
    ).toEqual({ n: 1000 });
  });

  it('slow drip, one byte a second -> timeout at the deadline', () => {
    expect(status('slow-drip')).toBe('timeout');
  });

  it('1 MB serverInfo.name and instructions -> stored capped and flagged', () => {
    expect(status('huge-server-info')).toBe('ok');
    const outcome = outcomes.get('huge-server-info')!;
    expect(outcome.oversized).toEqual(expect.arrayContaining(['serverInfo.name', 'instructions']));
    const row = db.$client
      .prepare('SELECT server_info_json, instructions, oversized_json FROM crawls WHERE id = ?')
      .get(outcome.crawlId) as {
      server_info_json: string;
      instructions: string;
      oversized_json: string;
    };
    expect(row.server_info_json.length).toBeLessThan(4096);
    expect(row.instructions.length).toBeLessThanOrEqual(64 * 1024 + 1);
    expect(JSON.parse(row.oversized_json)).toContain('serverInfo.name');
  });
});

// The refusal without bubblewrap is tested in crawl.test.ts, with the sandbox forced unavailable.
