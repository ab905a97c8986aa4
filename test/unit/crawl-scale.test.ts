/**
 * The pieces of a crawl at scale that need no server: shard assignment, the progress line, the
 * package cache's cap, durations and sizes, and runs (what a resumed crawl skips).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { parseDuration, runKey } from '../../cli/commands/crawl.js';
import { BatchProgress, formatDuration } from '../../cli/progress.js';
import { PackageCache, formatBytes, parseSize } from '../../crawler/cache.js';
import type { CrawlJob } from '../../crawler/crawl.js';
import { inShard, parseShard, shardOf } from '../../crawler/shard.js';
import {
  beginCrawl,
  closeDb,
  endRun,
  finishCrawl,
  openDb,
  recordedInRun,
  startRun,
  sweepInterruptedRuns,
  upsertServer,
} from '../../data/index.js';
import { failedSnapshot } from '../../crawler/crawl.js';

const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--shard k/n', () => {
  it('parses k/n and rejects anything else with a clear usage error', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/8', '9/8', '8', '1/0', 'a/b', '-1/3', '1/2/3', '', '1/2000'])
      expect(() => parseShard(bad), bad).toThrow(/--shard/);
    try {
      parseShard('0/3');
    } catch (error) {
      expect(error).toMatchObject({ code: 'usage' });
      expect((error as Error).message).toMatch(/numbered from 1/);
    }
  });

  it('puts every server in exactly one shard, whatever the order of the list or the other servers', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 16 }),
        (names, n) => {
          const shards = Array.from({ length: n }, (_, k) =>
            names.filter((name) => inShard(name, { index: k + 1, count: n })),
          );
          expect(shards.flat().sort()).toEqual([...names].sort());
          // one name's shard depends on that name and n only
          const reversed = [...names].reverse();
          for (const name of reversed) expect(shardOf(name, n)).toBe(shardOf(name, n));
          const k1 = names.filter((name) => inShard(name, { index: 1, count: n }));
          const k1Subset = names
            .slice(0, Math.ceil(names.length / 2))
            .filter((name) => inShard(name, { index: 1, count: n }));
          expect(k1Subset.every((name) => k1.includes(name))).toBe(true);
        },
      ),
    );
  });

  it('is stable across releases (pinned values) and spreads servers evenly', () => {
    // a shard's contents must not move between releases: CI shards and their merge rely on it
    expect(['filesystem', 'memory', 'everything', 'github'].map((n) => shardOf(n, 8))).toEqual([7, 6, 4, 2]);
    const counts = new Array<number>(8).fill(0);
    for (let i = 0; i < 4000; i++) counts[shardOf(`server-${i}`, 8) - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(400);
  });

  it('the run key depends on the selection, not on its order', () => {
    const job = (name: string, version = '1.0.0'): CrawlJob => ({
      kind: 'npm',
      name,
      package: `pkg-${name}`,
      version,
      args: [],
      env: {},
    });
    const a = runKey({ index: 1, count: 3 }, [job('a'), job('b')]);
    expect(runKey({ index: 1, count: 3 }, [job('b'), job('a')])).toBe(a);
    expect(runKey({ index: 2, count: 3 }, [job('a'), job('b')])).not.toBe(a);
    expect(runKey({ index: 1, count: 3 }, [job('a'), job('b', '1.0.1')])).not.toBe(a);
    expect(runKey(null, [job('a'), job('b')])).not.toBe(a);
  });
});

describe('progress on stderr', () => {
  const sink = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, io: { stderr: { isTTY, write: (t: string) => out.push(t) } } };
  };

  it('off a terminal: a line per 5% at most, never one per server, and an ETA', () => {
    let t = 0;
    const { out, io } = sink(false);
    const p = new BatchProgress(io, 1000, 'servers', { now: () => t, intervalMs: 30_000 });
    for (let i = 0; i < 1000; i++) {
      p.start(`s${i}`, 'install');
      t += 50; // 50 ms per server: a 5% step every 2.5 s
      p.finish(`s${i}`, i % 10 !== 0);
    }
    p.end();
    // the first server (an early ETA), then one line per 5%
    expect(out.length).toBeLessThanOrEqual(22);
    expect(out.length).toBeGreaterThanOrEqual(20);
    expect(out[0]).toMatch(/^progress: 1\/1000 servers \(0%\), 1 failed, ETA 50s/);
    expect(out[1]).toMatch(/^progress: 50\/1000 servers \(5%\), 5 failed, ETA 48s/);
    expect(out.at(-1)).toMatch(/^progress: 1000\/1000 servers \(100%\), 100 failed, took 50s\n$/);
  });

  it('off a terminal, a slow crawl still reports every interval, and small batches are not flooded', () => {
    let t = 0;
    const { out, io } = sink(false);
    const p = new BatchProgress(io, 1000, 'servers', { now: () => t, intervalMs: 30_000 });
    for (let i = 0; i < 10; i++) {
      p.start(`s${i}`, 'introspect');
      t += 10_000;
      p.finish(`s${i}`, true);
    }
    // 100 s for 10 servers (1%): the first, then a line every 30 s
    expect(out.length).toBe(4);
    expect(out[1]).toMatch(/4\/1000 .*ETA 2h46m/);

    const fast = sink(false);
    t = 0;
    const q = new BatchProgress(fast.io, 3, 'servers', { now: () => t });
    for (let i = 0; i < 3; i++) q.finish(`s${i}`, true); // all within the same millisecond
    q.end();
    expect(fast.out.length).toBeLessThanOrEqual(2);
    expect(fast.out.at(-1)).toMatch(/3\/3 servers \(100%\)/);
  });

  it('off a terminal, a long install with nothing finished still shows a heartbeat each interval', () => {
    vi.useFakeTimers();
    try {
      let t = 0;
      const { out, io } = sink(false);
      const p = new BatchProgress(io, 10, 'servers', { now: () => t, intervalMs: 30_000, ticker: true });
      p.start('big', 'install');
      for (let i = 0; i < 20; i++) {
        t += 5000;
        vi.advanceTimersByTime(5000);
      }
      p.end();
      expect(out.slice(0, 3)).toEqual([
        'progress: 0/10 servers (0%), 0 failed, elapsed 30s | big (install)\n',
        'progress: 0/10 servers (0%), 0 failed, elapsed 1m00s | big (install)\n',
        'progress: 0/10 servers (0%), 0 failed, elapsed 1m30s | big (install)\n',
      ]);
      expect(out.length).toBe(4); // three heartbeats in 100 s, and the last state
    } finally {
      vi.useRealTimers();
    }
  });

  it('on a terminal: one line redrawn in place, phases on their own lines', () => {
    let t = 0;
    const { out, io } = sink(true);
    const p = new BatchProgress(io, 100, 'servers', { now: () => t, skipped: 4 });
    p.phase('resuming run 3');
    for (let i = 0; i < 100; i++) {
      p.start(`s${i}`, 'introspect');
      t += 10;
      p.finish(`s${i}`, true);
    }
    p.end();
    const text = out.join('');
    expect(text.split('\n')).toHaveLength(3); // the phase, the final state, and nothing after it
    expect(text).toMatch(/^resuming run 3\n/);
    const last = text.slice(text.lastIndexOf('\r'));
    expect(last).toBe(
      `\r\u001b[2K[${'#'.repeat(24)}] 100/100 servers (100%), 0 failed, 4 already recorded, took 1s\n`,
    );
    expect(p.writes).toBeLessThan(30); // at most one redraw per 100 ms
  });

  it('formats durations', () => {
    expect([500, 59_000, 61_000, 3_600_000 + 120_000].map(formatDuration)).toEqual([
      '1s',
      '59s',
      '1m01s',
      '1h02m',
    ]);
  });
});

describe('sizes and durations', () => {
  it('parses and prints them', () => {
    expect(parseSize('4G')).toBe(4 * 1024 ** 3);
    expect(parseSize('500M')).toBe(500 * 1024 ** 2);
    expect(parseSize('0')).toBe(0);
    expect(parseSize('1.5GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('lots')).toBeNull();
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
    expect(parseDuration('24h')).toBe(86_400_000);
    expect(parseDuration('90')).toBe(90_000);
    expect(parseDuration('7d')).toBe(7 * 86_400_000);
    expect(parseDuration('soon')).toBeNull();
  });
});

describe('the package cache cap', () => {
  const fill = (root: string, name: string, bytes: number): string => {
    const d = join(root, 'packages', name);
    mkdirSync(join(d, 'node_modules'), { recursive: true });
    writeFileSync(join(d, 'node_modules', 'blob'), Buffer.alloc(bytes, 1));
    return d;
  };

  it('deletes least recently used installs not in flight, and half-done installs of dead runs', async () => {
    const root = join(dir, 'cache');
    const a = fill(root, 'a@1.0.0', 300_000);
    const b = fill(root, 'b@1.0.0', 300_000);
    fill(root, 'c@1.0.0.tmp-999999999-abc123', 300_000);
    fill(root, `d@1.0.0.tmp-${process.pid}-abc123`, 1000);
    const cache = new PackageCache(root, 700_000, (pid) => pid === process.pid);
    await cache.open();
    expect(cache.summary()).toMatchObject({ packages: 2, staleRemoved: 1 });
    const c = fill(root, 'c@2.0.0', 300_000);
    // a is in flight: b (the least recently used of the rest) goes
    expect(await cache.used(c, new Set([a]))).toEqual([b]);
    const s = cache.summary();
    expect(s).toMatchObject({ packages: 2, pruned: 1 });
    expect(s.bytes).toBeLessThanOrEqual(700_000);
    expect(s.peakBytes).toBeGreaterThan(s.bytes);
    expect(cache.dirOf('@scope/pkg', '1.2.3')).toBe(join(root, 'packages', 'scope__pkg@1.2.3'));

    const zero = new PackageCache(root, 0, () => false);
    await zero.open();
    await zero.prune(new Set());
    expect(zero.summary()).toMatchObject({ packages: 0, bytes: 0 });
  });
});

describe('runs', () => {
  it('an interrupted run is taken over once; what it recorded is known; a finished run is not resumed', () => {
    const db = openDb(join(dir, 'runs.sqlite'));
    const now = '2026-11-01T00:00:00.000Z';
    const input = { key: 'sha256:k', shard: '1/2', total: 2, runnerPid: 999_999_999 };
    const first = startRun(db, input, now);
    expect(first.resumed).toBe(false);
    const serverId = upsertServer(
      db,
      { name: 'x', source: 'cli', package: 'local:x', version: '0.0.0', target: {} },
      now,
    );
    const crawlId = beginCrawl(
      db,
      {
        serverId,
        runnerPid: 999_999_999,
        packageVersion: '0.0.0',
        packageIntegrity: null,
        sandboxed: false,
        runId: first.runId,
      },
      now,
    );
    finishCrawl(db, crawlId, failedSnapshot('timeout', 'slow'), now);
    // the runner died: the sweep marks the run interrupted, the next start with the same key takes it
    expect(sweepInterruptedRuns(db, () => false, now)).toBe(1);
    const other = startRun(db, { ...input, key: 'sha256:other', runnerPid: process.pid }, now);
    expect(other.resumed).toBe(false);
    const second = startRun(db, { ...input, runnerPid: process.pid }, now);
    expect(second).toMatchObject({ runId: first.runId, resumed: true });
    expect([...recordedInRun(db, first.runId).entries()]).toEqual([
      ['x', { crawlId, status: 'timeout', packageVersion: '0.0.0', finishedAt: now }],
    ]);
    // a second restart while the first is alive does not share the run
    const concurrent = startRun(db, { ...input, runnerPid: process.pid }, now);
    expect(concurrent.resumed).toBe(false);
    endRun(db, first.runId, 'done', now);
    endRun(db, concurrent.runId, 'done', now);
    const third = startRun(db, input, now);
    expect(third.resumed).toBe(false);
    expect(startRun(db, input, now, false).runId).not.toBe(third.runId);
    closeDb(db);
  });
});

describe('what a snapshot refresh prints', () => {
  it('names the tools added, changed and removed, server by server', async () => {
    const { diffTools } = await import('../../cli/commands/snapshot.js');
    const { normalizeSnapshot } = await import('../../data/index.js');
    const server = (name: string, tools: unknown[]) => ({
      name,
      source: 'crawl' as const,
      target: { package: name, version: '1.0.0', bin: null, args: [], envNames: [] },
      serverInfo: null,
      instructions: null,
      listedAt: null,
      status: 'ok' as const,
      statusDetail: null,
      tools,
    });
    const tool = (name: string, description = name) => ({
      name,
      description,
      inputSchema: { type: 'object' },
    });
    const before = normalizeSnapshot([
      server('a', [tool('read'), tool('write')]),
      server('gone', [tool('x')]),
    ]);
    const after = normalizeSnapshot([
      server('a', [tool('read', 'now reads more'), tool('list'), { description: 'no name' }]),
      server('new', [tool('y')]),
    ]);
    expect(diffTools(before, after)).toEqual({
      added: ['a/list', 'a/#2', 'new/y'],
      changed: ['a/read'],
      removed: ['a/write', 'gone/x'],
    });
    expect(diffTools(null, before).added).toHaveLength(3);
  });
});
