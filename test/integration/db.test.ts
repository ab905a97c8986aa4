/**
 * The "Data" rows of ../shared/HOSTILE.md on a real SQLite file: re-crawls are content-addressed,
 * two crawls at once neither fail nor duplicate, a crawl killed with SIGKILL at a random moment
 * leaves a consistent database that the next run completes, and a migration that rebuilds a parent
 * table does not cascade-delete its children.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ServerSnapshotSchema, contentHash, type ServerSnapshot } from '../../core/index.js';
import { detectSandbox } from '../../crawler/sandbox.js';
import {
  applyMigrations,
  beginCrawl,
  closeDb,
  defaultMigrationsFolder,
  finishCrawl,
  integrityCheck,
  openDb,
  sweepInterruptedCrawls,
  tableCounts,
  toolHistory,
  upsertServer,
} from '../../data/index.js';
import { HOSTILE_DIR } from './crawl-hostile.helpers.js';
import { runCrawlChild, spawnCrawl } from './crawl.helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = (): string => new Date().toISOString();

function snapshot(
  tools: { name: string; description: string }[],
  status: ServerSnapshot['status'] = 'ok',
): ServerSnapshot {
  const defs = tools.map((t) => ({
    name: t.name,
    description: t.description,
    inputSchema: { type: 'object' as const, properties: {} },
  }));
  return ServerSnapshotSchema.parse({
    status,
    statusDetail: status === 'ok' ? null : 'failed',
    serverInfo: { name: 'fixture', version: '1.0.0' },
    protocolVersion: '2025-06-18',
    capabilities: { tools: {} },
    instructions: null,
    transport: 'stdio',
    tools: status === 'ok' ? defs.map((tool) => ({ hash: contentHash(tool), tool })) : [],
    invalidTools: [],
    totalOffered: defs.length,
    truncated: false,
    pages: 1,
    stderrTail: '',
    durations: { spawnMs: 1, initializeMs: 1, listMs: 1, totalMs: 3 },
  });
}

describe('content-addressed tool versions', () => {
  it('a re-crawl of an unchanged server adds no tool rows; a changed tool is a new version', () => {
    const db = openDb(join(dir, 'versions.sqlite'));
    const serverId = upsertServer(
      db,
      { name: 'fixture', source: 'cli', package: 'local:fixture', version: '1.0.0', target: {} },
      now(),
    );
    const crawl = (tools: { name: string; description: string }[], status: ServerSnapshot['status'] = 'ok') =>
      finishCrawl(
        db,
        beginCrawl(
          db,
          {
            serverId,
            runnerPid: process.pid,
            packageVersion: '1.0.0',
            packageIntegrity: null,
            sandboxed: false,
          },
          now(),
        ),
        snapshot(tools, status),
        now(),
      );
    const v1 = [
      { name: 'read_item', description: 'reads one item' },
      { name: 'delete_item', description: 'deletes one item' },
    ];
    const first = crawl(v1);
    expect(first).toMatchObject({
      toolRowsInserted: 2,
      added: ['read_item', 'delete_item'],
      changed: [],
      removed: [],
    });
    const again = crawl(v1);
    expect(again).toMatchObject({ toolRowsInserted: 0, added: [], changed: [], removed: [] });
    expect(tableCounts(db).toolVersions).toBe(2);

    // A failed crawl in between does not count as "everything removed".
    expect(crawl([], 'timeout')).toMatchObject({ toolRowsInserted: 0, added: [], changed: [], removed: [] });

    const v2 = [
      { name: 'read_item', description: 'reads one item, now with a different description' },
      { name: 'list_items', description: 'lists items' },
    ];
    const changed = crawl(v2);
    expect(changed).toMatchObject({
      toolRowsInserted: 2,
      added: ['list_items'],
      changed: ['read_item'],
      removed: ['delete_item'],
    });
    expect(tableCounts(db).toolVersions).toBe(4);
    const history = toolHistory(db, serverId, 'read_item');
    expect(history).toHaveLength(2);
    expect(history[0]!.hash).not.toBe(history[1]!.hash);
    // Upserting the same server again is idempotent.
    expect(
      upsertServer(
        db,
        { name: 'fixture', source: 'cli', package: 'local:fixture', version: '1.0.1', target: {} },
        now(),
      ),
    ).toBe(serverId);
    expect(tableCounts(db).servers).toBe(1);
    expect(integrityCheck(db)).toBe('ok');
    closeDb(db);
  });

  it('a crawl left running by a dead runner is marked interrupted, a live one is not', () => {
    const db = openDb(join(dir, 'sweep.sqlite'));
    const serverId = upsertServer(
      db,
      { name: 'x', source: 'cli', package: 'local:x', version: '1.0.0', target: {} },
      now(),
    );
    beginCrawl(
      db,
      { serverId, runnerPid: 999_999_999, packageVersion: '1.0.0', packageIntegrity: null, sandboxed: false },
      now(),
    );
    beginCrawl(
      db,
      { serverId, runnerPid: process.pid, packageVersion: '1.0.0', packageIntegrity: null, sandboxed: false },
      now(),
    );
    expect(sweepInterruptedCrawls(db, (pid) => pid === process.pid, now())).toBe(1);
    const states = db.$client.prepare('SELECT state FROM crawls ORDER BY id').all();
    expect(states).toEqual([{ state: 'interrupted' }, { state: 'running' }]);
    closeDb(db);
  });
});

describe('migrations', () => {
  it('two processes opening a fresh database at once both succeed (migration under BEGIN IMMEDIATE)', () => {
    const file = join(dir, 'fresh.sqlite');
    const a = openDb(file);
    const b = openDb(file);
    expect(tableCounts(a)).toEqual(tableCounts(b));
    closeDb(a);
    closeDb(b);
  });

  it('a migration that rebuilds a parent table keeps its cascading children', () => {
    const folder = join(dir, 'migrations');
    cpSync(defaultMigrationsFolder(), folder, { recursive: true });
    const file = join(dir, 'rebuild.sqlite');
    const db = openDb(file, { migrationsFolder: folder });
    const serverId = upsertServer(
      db,
      { name: 'parent', source: 'cli', package: 'local:p', version: '1.0.0', target: {} },
      now(),
    );
    const crawlId = beginCrawl(
      db,
      { serverId, runnerPid: process.pid, packageVersion: '1.0.0', packageIntegrity: null, sandboxed: false },
      now(),
    );
    finishCrawl(db, crawlId, snapshot([{ name: 't', description: 'd' }]), now());
    closeDb(db);

    // What drizzle-kit generates for a column change in SQLite: new table, copy, DROP the old one, rename.
    const journalPath = join(folder, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
      entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[];
    };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_rebuild_servers' });
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(
      join(folder, '9999_rebuild_servers.sql'),
      [
        'PRAGMA foreign_keys=OFF;',
        'CREATE TABLE `__new_servers` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text NOT NULL, `source` text NOT NULL, `package` text NOT NULL, `version` text NOT NULL, `title` text, `description` text, `target_json` text NOT NULL, `created_at` text NOT NULL, `updated_at` text NOT NULL, `homepage` text);',
        'INSERT INTO `__new_servers`("id", "name", "source", "package", "version", "title", "description", "target_json", "created_at", "updated_at") SELECT "id", "name", "source", "package", "version", "title", "description", "target_json", "created_at", "updated_at" FROM `servers`;',
        'DROP TABLE `servers`;',
        'ALTER TABLE `__new_servers` RENAME TO `servers`;',
        'PRAGMA foreign_keys=ON;',
        'CREATE UNIQUE INDEX `servers_name_unique` ON `servers` (`name`);',
      ].join('\n--> statement-breakpoint\n'),
    );

    // Drizzle's own migrator runs this inside one transaction, where PRAGMA foreign_keys is a no-op:
    // DROP TABLE servers cascades and deletes every crawl. Shown on a copy:
    const copy = join(dir, 'rebuild-drizzle.sqlite');
    cpSync(file, copy);
    const raw = new Database(copy);
    raw.pragma('foreign_keys = ON');
    raw.exec('BEGIN');
    for (const statement of readFileSync(join(folder, '9999_rebuild_servers.sql'), 'utf8').split(
      '--> statement-breakpoint',
    ))
      raw.exec(statement);
    raw.exec('COMMIT');
    expect(raw.prepare('SELECT count(*) AS n FROM crawls').get()).toEqual({ n: 0 });
    raw.close();

    // Ours turns foreign keys off outside the transaction and checks them before committing.
    const client = new Database(file);
    client.pragma('foreign_keys = ON');
    expect(applyMigrations(client, folder)).toBe(1);
    expect(client.prepare('SELECT count(*) AS n FROM crawls').get()).toEqual({ n: 1 });
    expect(client.prepare('SELECT count(*) AS n FROM crawl_tools').get()).toEqual({ n: 1 });
    expect(client.pragma('foreign_keys', { simple: true })).toBe(1);
    client.close();
  });
});

const sandbox = detectSandbox();

/** Local jobs: `count` well-behaved fixture servers. */
function writeJobs(file: string, count: number, prefix = 'good'): void {
  const jobs = Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${i}`,
    command: process.execPath,
    args: [join(HOSTILE_DIR, 'good.mjs'), `${prefix}-${i}`],
    readOnlyPaths: [HOSTILE_DIR],
  }));
  writeFileSync(file, JSON.stringify(jobs));
}

describe.runIf(sandbox.available)('crawls as processes', () => {
  it('two crawls at once on one database: no SQLITE_BUSY, no duplicate rows', async () => {
    const db = join(dir, 'concurrent.sqlite');
    const jobs = join(dir, 'concurrent-jobs.json');
    writeJobs(jobs, 6);
    const args = ['--jobs', jobs, '--db', db, '--cache', join(dir, 'cache'), '--concurrency', '3'];
    const [a, b] = await Promise.all([runCrawlChild(args), runCrawlChild(args)]);
    for (const run of [a, b]) {
      expect(run.stderr).not.toMatch(/SQLITE_BUSY|database is locked/);
      expect(run.code).toBe(0);
    }
    const check = openDb(db);
    expect(integrityCheck(check)).toBe('ok');
    const counts = tableCounts(check);
    expect(counts.servers).toBe(6);
    expect(counts.crawls).toBe(12);
    // good.mjs lists the same three definitions whatever its name: stored once.
    expect(counts.toolVersions).toBe(3);
    expect(counts.crawlTools).toBe(36);
    expect(
      check.$client.prepare("SELECT count(*) AS n FROM crawls WHERE state != 'done' OR status != 'ok'").get(),
    ).toEqual({ n: 0 });
    closeDb(check);
  }, 120_000);

  it('a crawl killed with SIGKILL at a random moment leaves an intact database that the next run completes', async () => {
    const db = join(dir, 'killed.sqlite');
    const jobs = join(dir, 'killed-jobs.json');
    writeJobs(jobs, 8, 'kill');
    const args = ['--jobs', jobs, '--db', db, '--cache', join(dir, 'cache'), '--concurrency', '2'];
    for (let round = 0; round < 3; round++) {
      const child = spawnCrawl(args);
      const closed = new Promise((r) => child.once('close', r));
      child.stdout!.resume();
      // Wait until the crawl has begun (tsx takes a moment to start), then kill at a random point in it.
      const begun = new Promise<void>((r) =>
        child.stderr!.on('data', (chunk: Buffer) => chunk.toString().includes('crawling ') && r()),
      );
      await Promise.race([begun, closed]);
      const delay = Math.floor(Math.random() * 2500);
      await Promise.race([new Promise((r) => setTimeout(r, delay)), closed]);
      child.kill('SIGKILL');
      await closed;
      const after = new Database(db);
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      // Never a crawl marked done without its tools: results land in one transaction.
      expect(
        after
          .prepare(
            "SELECT count(*) AS n FROM crawls c WHERE c.state = 'done' AND c.status = 'ok' AND NOT EXISTS (SELECT 1 FROM crawl_tools t WHERE t.crawl_id = c.id)",
          )
          .get(),
      ).toEqual({ n: 0 });
      after.close();
    }
    const rerun = await runCrawlChild(args);
    expect(rerun.code).toBe(0);
    const check = openDb(db);
    expect(integrityCheck(check)).toBe('ok');
    expect(check.$client.prepare("SELECT count(*) AS n FROM crawls WHERE state = 'running'").get()).toEqual({
      n: 0,
    });
    // The rerun resumed the killed run (or, if a killed round had finished it, started a new one):
    // the newest run holds one finished crawl of every server, and no server was crawled twice in it.
    const lastRun = check.$client
      .prepare(
        "SELECT count(*) AS n, count(DISTINCT server_id) AS servers FROM crawls WHERE state = 'done' AND status = 'ok' AND run_id = (SELECT max(id) FROM runs)",
      )
      .get() as { n: number; servers: number };
    expect(lastRun).toEqual({ n: 8, servers: 8 });
    expect(check.$client.prepare('SELECT state FROM runs ORDER BY id DESC LIMIT 1').get()).toEqual({
      state: 'done',
    });
    expect(tableCounts(check).toolVersions).toBe(3);
    closeDb(check);
  }, 180_000);
});

mkdirSync(dir, { recursive: true });
