/**
 * Resumable crawls (issue 12): a crawl of slow fixture servers killed with SIGKILL in the middle
 * restarts where it stopped: the servers it recorded are skipped, the others are crawled, nothing
 * stored is lost, no server is crawled twice, and `PRAGMA integrity_check` is ok. A record older
 * than --max-age is stale and crawled again; --no-resume starts over.
 *
 * The crawl runs as a child process (tsx), its fixtures in bubblewrap where it is installed and
 * unsandboxed where it is not (they are this repository's own SDK servers).
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { detectSandbox } from '../../crawler/sandbox.js';
import { ROOT, runCrawlChild, spawnCrawl } from './crawl.helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-resume-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sandboxArgs = detectSandbox().available ? [] : ['--no-sandbox'];
const SERVER = join(ROOT, 'test/fixtures/servers/catalogue-server.mjs');

function writeJobs(file: string, count: number, delayMs: number): string[] {
  const names = Array.from({ length: count }, (_, i) => `slow-${i}`);
  writeFileSync(
    file,
    JSON.stringify(
      names.map((name) => ({
        name,
        command: process.execPath,
        args: [SERVER, name, '--delay', String(delayMs)],
        readOnlyPaths: [join(ROOT, 'test/fixtures/servers'), join(ROOT, 'node_modules')],
      })),
    ),
  );
  return names;
}

const query = <T>(db: string, sql: string): T => {
  const c = new Database(db, { readonly: true });
  try {
    return c.prepare(sql).all() as T;
  } finally {
    c.close();
  }
};

/** Starts a crawl, waits until `atLeast` servers are recorded, SIGKILLs it; returns the ids recorded. */
async function crawlAndKill(args: string[], db: string, atLeast: number): Promise<void> {
  const child = spawnCrawl(args);
  const closed = new Promise((r) => child.once('close', r));
  child.stdout!.resume();
  child.stderr!.resume();
  const deadline = Date.now() + 60_000;
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    let done = 0;
    try {
      done = query<{ n: number }[]>(db, "SELECT count(*) AS n FROM crawls WHERE state = 'done'")[0]!.n;
    } catch {
      // not created yet
    }
    if (done >= atLeast || Date.now() > deadline) break;
  }
  child.kill('SIGKILL');
  await closed;
}

type Crawl = {
  id: number;
  name: string;
  state: string;
  status: string | null;
  run_id: number;
  tools: number;
};
const crawlsOf = (db: string): Crawl[] =>
  query<Crawl[]>(
    db,
    `SELECT c.id, s.name, c.state, c.status, c.run_id,
            (SELECT count(*) FROM crawl_tools t WHERE t.crawl_id = c.id) AS tools
       FROM crawls c JOIN servers s ON s.id = c.server_id ORDER BY c.id`,
  );

describe('a crawl killed with SIGKILL', () => {
  it('restarts where it stopped: recorded servers skipped, the rest crawled, nothing lost, integrity ok', async () => {
    const db = join(dir, 'resume.sqlite');
    const jobs = join(dir, 'resume-jobs.json');
    const names = writeJobs(jobs, 6, 1200);
    const args = [
      '--jobs',
      jobs,
      '--db',
      db,
      '--cache',
      join(dir, 'cache'),
      '--concurrency',
      '2',
      ...sandboxArgs,
    ];

    await crawlAndKill(args, db, 2);
    expect(query<{ integrity_check: string }[]>(db, 'PRAGMA integrity_check')).toEqual([
      { integrity_check: 'ok' },
    ]);
    const before = crawlsOf(db).filter((c) => c.state === 'done');
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.length).toBeLessThan(6);
    // a crawl marked done always has its tools: results land in one transaction
    expect(before.every((c) => c.status === 'ok' && c.tools === 3)).toBe(true);
    expect(query(db, 'SELECT state FROM runs')).toEqual([{ state: 'running' }]); // its runner is dead

    const rerun = await runCrawlChild(args);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(
      `resuming interrupted run 1: ${before.length} servers already recorded (within 24h) are skipped, ${6 - before.length} to crawl`,
    );
    expect(rerun.stderr).toMatch(
      new RegExp(`crawled ${6 - before.length} servers .*ok ${6 - before.length}`),
    );
    // progress: a few counter lines, never one per server flood
    expect(rerun.stderr.split('\n').filter((l) => l.startsWith('progress: ')).length).toBeLessThanOrEqual(
      6 - before.length + 1,
    );

    expect(query<{ integrity_check: string }[]>(db, 'PRAGMA integrity_check')).toEqual([
      { integrity_check: 'ok' },
    ]);
    const after = crawlsOf(db);
    const done = after.filter((c) => c.state === 'done');
    // nothing stored was lost: every crawl recorded before the kill is still there, unchanged
    for (const c of before) expect(done).toContainEqual(c);
    // every server recorded exactly once, all in the one (resumed) run, none left running
    expect(done.map((c) => c.name).sort()).toEqual([...names].sort());
    expect(new Set(done.map((c) => c.run_id))).toEqual(new Set([1]));
    expect(after.filter((c) => c.state === 'running')).toEqual([]);
    expect(query(db, 'SELECT id, state FROM runs')).toEqual([{ id: 1, state: 'done' }]);

    // a finished run is not resumed: the next crawl is a fresh refresh of every server
    const fresh = await runCrawlChild(args);
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).not.toContain('resuming');
    expect(crawlsOf(db).filter((c) => c.state === 'done' && c.run_id === 2)).toHaveLength(6);
  }, 180_000);

  it('re-crawls stale records (--max-age) and starts over with --no-resume', async () => {
    const db = join(dir, 'stale.sqlite');
    const jobs = join(dir, 'stale-jobs.json');
    writeJobs(jobs, 4, 1000);
    const args = [
      '--jobs',
      jobs,
      '--db',
      db,
      '--cache',
      join(dir, 'cache'),
      '--concurrency',
      '2',
      ...sandboxArgs,
    ];
    await crawlAndKill(args, db, 1);
    const recorded = crawlsOf(db).filter((c) => c.state === 'done').length;
    expect(recorded).toBeGreaterThanOrEqual(1);
    expect(recorded).toBeLessThan(4);

    // everything recorded is older than 1 ms: stale, crawled again, in the same run
    const stale = await runCrawlChild([...args, '--max-age', '1ms']);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toContain('resuming interrupted run 1: 0 servers already recorded');
    expect(stale.stderr).toMatch(/crawled 4 servers/);

    await crawlAndKill(args, db, crawlsOf(db).filter((c) => c.state === 'done').length + 1);
    const restarted = await runCrawlChild([...args, '--no-resume']);
    expect(restarted.code).toBe(0);
    expect(restarted.stderr).not.toContain('resuming');
    expect(restarted.stderr).toMatch(/crawled 4 servers/);
    expect(query<{ integrity_check: string }[]>(db, 'PRAGMA integrity_check')).toEqual([
      { integrity_check: 'ok' },
    ]);
    // the killed run stays interrupted; the others are done
    expect(query(db, 'SELECT id, state FROM runs ORDER BY id')).toEqual([
      { id: 1, state: 'done' },
      { id: 2, state: 'interrupted' },
      { id: 3, state: 'done' },
    ]);
  }, 180_000);
});
