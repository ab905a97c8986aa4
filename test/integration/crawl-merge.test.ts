/**
 * Scale out (issue 12, part 3): three local shards (`mcp-risk crawl --shard k/3`) plus
 * `mcp-risk merge` equal a single-machine crawl of the same fixture servers (servers, tools, hashes,
 * statuses, classifications; only timestamps, pids and durations differ); the merge is idempotent
 * and order-free; a tool that changed between two shards' crawls is still a changed version; a
 * server crawled in two shards is a reported conflict that the newest crawl wins; snapshots merge
 * the same way; curated overrides survive.
 *
 * The fixtures are SDK servers over stdio. The crawl runs them in bubblewrap where it is installed
 * (CI installs it) and, where it is not, unsandboxed (they are this repository's own code), so the
 * test needs no bubblewrap.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSIFIER_VERSION, buildPolicy, toolPolicy } from '../../classifier/index.js';
import { runCrawl } from '../../cli/commands/crawl.js';
import { runMerge } from '../../cli/commands/merge.js';
import { detectSandbox } from '../../crawler/sandbox.js';
import { shardOf } from '../../crawler/shard.js';
import {
  buildCatalogue,
  closeDb,
  databaseDigest,
  decodeSnapshot,
  fromDb,
  integrityCheck,
  openDb,
  parseOverridesFile,
  serverByName,
  tableCounts,
  toolHistory,
  type CatalogueDb,
} from '../../data/index.js';
import { HOSTILE_DIR } from './crawl-hostile.helpers.js';
import { ROOT, captureIo } from './crawl.helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-merge-'));
chmodSync(dir, 0o755); // the sandbox runs as nobody when we are root
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sandboxArgs = detectSandbox().available ? [] : ['--no-sandbox'];
const SERVER = join(ROOT, 'test/fixtures/servers/catalogue-server.mjs');
const readOnlyPaths = [join(ROOT, 'test/fixtures/servers'), join(ROOT, 'node_modules')];

const NAMES = ['fx-alpha', 'fx-bravo', 'fx-charlie', 'fx-delta', 'fx-echo', 'fx-golf'];
function writeJobs(file: string, variants: Record<string, string> = {}): void {
  const jobs = [
    ...NAMES.map((name, i) => ({
      name,
      command: process.execPath,
      args: [SERVER, name, '--tools', String(2 + i), '--variant', variants[name] ?? '1'],
      readOnlyPaths,
    })),
    // a server that fails: statuses must merge too
    {
      name: 'fx-broken',
      command: process.execPath,
      args: [join(HOSTILE_DIR, 'exits-at-once.mjs')],
      readOnlyPaths: [HOSTILE_DIR],
    },
  ];
  writeFileSync(file, JSON.stringify(jobs));
}

const jobsFile = join(dir, 'jobs.json');
const crawl = async (db: string, ...extra: string[]) =>
  runCrawl(
    [
      '--jobs',
      jobsFile,
      '--db',
      db,
      '--cache',
      join(dir, 'cache'),
      '--concurrency',
      '4',
      ...sandboxArgs,
      ...extra,
    ],
    captureIo(),
  );
const merge = async (out: string, ...inputs: string[]) => {
  const io = captureIo();
  const summary = await runMerge([...inputs, '--out', out], io);
  return { summary, stderr: io.err_.join('') };
};
const withDb = <T>(file: string, fn: (db: CatalogueDb) => T): T => {
  const db = openDb(file, { readonly: true, migrate: false });
  try {
    return fn(db);
  } finally {
    closeDb(db);
  }
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Timestamps are the only thing allowed to differ between two crawls of the same servers. */
const untimed = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && ISO.test(v) ? '<time>' : v)),
  );

/** What a catalogue database says, without row ids, timestamps, pids or durations. */
function catalogueView(file: string) {
  return withDb(file, (db) => {
    const latest = db.$client
      .prepare(
        `SELECT s.name, s.package, s.version, s.target_json, c.status, c.status_detail, c.server_info_json,
                c.protocol_version, c.instructions, c.total_offered, c.truncated, c.invalid_tools_json, c.sandboxed,
                (SELECT group_concat(tv.name || '=' || tv.hash, ' ') FROM crawl_tools ct
                   JOIN tool_versions tv ON tv.id = ct.tool_version_id WHERE ct.crawl_id = c.id ORDER BY ct.position) AS tools
           FROM servers s JOIN crawls c ON c.id = (SELECT max(id) FROM crawls WHERE server_id = s.id AND state = 'done')
          ORDER BY s.name`,
      )
      .all();
    const tools = db.$client
      .prepare('SELECT hash, name, definition_json FROM tool_versions ORDER BY hash')
      .all();
    const classifications = db.$client
      .prepare(
        `SELECT tv.hash, cl.classifier_version, cl.risk, cl.category, cl.source, cl.classification_json
           FROM classifications cl JOIN tool_versions tv ON tv.id = cl.tool_version_id ORDER BY tv.hash`,
      )
      .all();
    const exported = buildCatalogue(db, {
      classifierVersion: CLASSIFIER_VERSION,
      serverPolicy: (cs) => buildPolicy(cs),
      toolPolicy: (c) => toolPolicy(c),
    });
    return { latest, tools, classifications, exported: untimed(exported) };
  });
}

const single = join(dir, 'single.sqlite');
const shards = [1, 2, 3].map((k) => join(dir, `shard-${k}.sqlite`));
const merged = join(dir, 'merged.sqlite');

beforeAll(async () => {
  writeJobs(jobsFile);
  // the fixture names cover all three shards
  expect(new Set([...NAMES, 'fx-broken'].map((n) => shardOf(n, 3)))).toEqual(new Set([1, 2, 3]));
  const all = await crawl(single);
  expect(all.servers).toBe(7);
  const parts = [];
  for (const [i, file] of shards.entries()) parts.push(await crawl(file, '--shard', `${i + 1}/3`));
  expect(parts.map((p) => p.servers).reduce((a, b) => a + b)).toBe(7);
  expect(parts.map((p) => p.shard)).toEqual(['1/3', '2/3', '3/3']);
}, 180_000);

describe('3 shards plus merge', () => {
  it('equal a single-machine crawl: servers, tools, hashes, statuses, classifications, export', async () => {
    const { summary } = await merge(merged, ...shards);
    expect(summary).toMatchObject({ kind: 'db', servers: 7, crawls: 7, duplicateCrawls: 0, conflicts: [] });
    withDb(merged, (db) => expect(integrityCheck(db)).toBe('ok'));
    const a = catalogueView(single);
    const b = catalogueView(merged);
    expect(a.latest).toHaveLength(7);
    expect(a.latest.filter((s) => (s as { status: string }).status === 'ok')).toHaveLength(6);
    expect(b.latest).toEqual(a.latest);
    expect(b.tools).toEqual(a.tools);
    expect(b.classifications).toEqual(a.classifications);
    expect(b.exported).toEqual(a.exported);
    const counts = withDb(merged, (db) => tableCounts(db));
    expect(counts).toMatchObject({ servers: 7, crawls: 7, toolVersions: a.tools.length });
    // the snapshot built from either is the same apart from when each server was listed
    const snap = (file: string) => untimed(withDb(file, (db) => fromDb(db)));
    expect(snap(merged)).toEqual(snap(single));
  });

  it('is idempotent and order-free: another order, twice, or with one of its inputs gives the same result', async () => {
    const first = await merge(merged, ...shards);
    const again = await merge(join(dir, 'again.sqlite'), ...shards);
    const reversed = await merge(join(dir, 'reversed.sqlite'), ...[...shards].reverse());
    const withInput = await merge(join(dir, 'with-input.sqlite'), merged, shards[1]!);
    const ofItself = await merge(join(dir, 'of-itself.sqlite'), merged, merged);
    for (const other of [again, reversed, withInput, ofItself])
      expect(other.summary.digest).toBe(first.summary.digest);
    expect(withInput.summary.duplicateCrawls).toBeGreaterThan(0);
    expect(withInput.summary.conflicts).toEqual([]);
    // byte for byte, too: the same rows in the same order into a fresh, vacuumed file
    const bytes = readFileSync(merged);
    for (const f of ['again', 'reversed', 'with-input', 'of-itself'])
      expect(readFileSync(join(dir, `${f}.sqlite`)).equals(bytes), f).toBe(true);
    // --out may be one of the inputs
    const inPlace = await merge(merged, merged, ...shards);
    expect(inPlace.summary.digest).toBe(first.summary.digest);
    expect(readFileSync(merged).equals(bytes)).toBe(true);
  });

  it('keeps a tool that changed between crawls in two shards as a changed version; the newest crawl wins and the conflict is reported', async () => {
    const changedServer = NAMES.find((n) => shardOf(n, 3) === 1)!;
    // later, on another machine, shard 1 is crawled again and one definition has changed (a rug pull)
    const later = join(dir, 'shard-1-later.sqlite');
    writeJobs(jobsFile, { [changedServer]: '2' });
    try {
      await crawl(later, '--shard', '1/3');
    } finally {
      writeJobs(jobsFile);
    }
    const out = join(dir, 'rug.sqlite');
    const { summary, stderr } = await merge(out, later, ...shards);
    expect(summary.conflicts.map((c) => c.server)).toContain(changedServer);
    const conflict = summary.conflicts.find((c) => c.server === changedServer)!;
    expect(conflict.kept.input).toBe('shard-1-later.sqlite');
    expect(conflict.others.map((o) => o.input)).toEqual(['shard-1.sqlite']);
    expect(stderr).toMatch(new RegExp(`conflict ${changedServer}: kept shard-1-later\\.sqlite`));
    withDb(out, (db) => {
      const server = serverByName(db, changedServer)!;
      const tool = `${changedServer.replaceAll('-', '_')}_list`;
      const history = toolHistory(db, server.id, tool);
      expect(history).toHaveLength(2);
      expect((JSON.parse(history[1]!.definitionJson) as { description: string }).description).toMatch(
        /variant 2/,
      );
      // the newest crawl is the latest, and it counts the change against the older shard's crawl
      const latest = db.$client
        .prepare(
          "SELECT tools_added, tools_changed, tools_removed FROM crawls WHERE server_id = ? AND state = 'done' ORDER BY id DESC LIMIT 1",
        )
        .get(server.id);
      expect(latest).toEqual({ tools_added: 0, tools_changed: 1, tools_removed: 0 });
      const exported = buildCatalogue(db, {
        classifierVersion: CLASSIFIER_VERSION,
        serverPolicy: (cs) => buildPolicy(cs),
        toolPolicy: (c) => toolPolicy(c),
      });
      const entry = exported.servers.get(changedServer)?.find((t) => t.name === tool);
      expect(entry?.hash).toBe(history[1]!.hash);
      expect(entry?.history.map((h) => h.hash)).toEqual(history.map((h) => h.hash));
    });
    // merging the result with the newer input changes nothing
    const again = await merge(join(dir, 'rug-again.sqlite'), out, later);
    expect(again.summary.digest).toBe(summary.digest);
  }, 120_000);

  it('merges into a snapshot as well, from databases or snapshots, with the same answer', async () => {
    const fromShards = join(dir, 'shards.json.gz');
    const one = await merge(fromShards, ...shards);
    expect(one.summary).toMatchObject({ kind: 'snapshot', servers: 7 });
    const parts = await Promise.all(
      shards.map(async (s, i) => {
        const out = join(dir, `shard-${i + 1}.json.gz`);
        await merge(out, s);
        return out;
      }),
    );
    const fromSnapshots = join(dir, 'snapshots.json.gz');
    const two = await merge(fromSnapshots, ...[...parts].reverse());
    expect(two.summary.digest).toBe(one.summary.digest);
    const three = await merge(join(dir, 'mixed.json.gz'), fromShards, parts[0]!, shards[2]!);
    expect(three.summary.digest).toBe(one.summary.digest);
    const snapshot = decodeSnapshot(readFileSync(fromShards));
    expect(untimed(snapshot.servers)).toEqual(untimed(withDb(single, (db) => fromDb(db))));
  });

  it('curated overrides survive the merge (they apply at export by server, tool and hash)', () => {
    const server = NAMES[0]!;
    const tool = `${server.replaceAll('-', '_')}_list`;
    const overrides = parseOverridesFile(
      JSON.stringify({
        version: 1,
        overrides: [{ server, tool, set: { risk: 'high' }, reason: 'a curated correction for the test' }],
      }),
    );
    for (const file of [single, merged]) {
      const exported = withDb(file, (db) =>
        buildCatalogue(db, {
          classifierVersion: CLASSIFIER_VERSION,
          serverPolicy: (cs) => buildPolicy(cs),
          toolPolicy: (c) => toolPolicy(c),
          overrides,
        }),
      );
      const entry = exported.index.tools.find((t) => t.server === server && t.name === tool)!;
      expect(entry).toMatchObject({ risk: 'high' });
    }
  });

  it('says clearly what it cannot do', async () => {
    const intoDb = merge(join(dir, 'x.sqlite'), join(dir, 'shards.json.gz'));
    await expect(intoDb).rejects.toMatchObject({ code: 'usage' });
    await expect(intoDb).rejects.toThrow(/is a snapshot, which has no crawl history/);
    await expect(merge(join(dir, 'x.sqlite'), join(dir, 'missing.sqlite'))).rejects.toMatchObject({
      code: 'input_invalid',
    });
    await expect(merge(join(dir, 'x.sqlite'), jobsFile)).rejects.toThrow(/neither a crawl database/);
    await expect(runMerge([shards[0]!], captureIo())).rejects.toThrow(/--out <file> is required/);
    await expect(runMerge(['--out', merged], captureIo())).rejects.toThrow(/at least one/);
    // a shard's digest is not the whole: sanity check that the digest tells databases apart
    expect(withDb(shards[0]!, (db) => databaseDigest(db))).not.toBe(
      withDb(merged, (db) => databaseDigest(db)),
    );
  });
});
