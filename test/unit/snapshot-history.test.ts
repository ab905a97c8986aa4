/**
 * Two crawls of a server in the snapshot: which older listing is kept as `previous`, that snapshots
 * without it still decode, the history and removed tools the snapshot export writes from it, the
 * change feeds built from that, and the npm links' normalisation (no network).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPolicy, toolPolicy } from '../../classifier/index.js';
import { contentHash } from '../../core/index.js';
import {
  buildCatalogueFromSnapshot,
  decodeSnapshot,
  encodeSnapshot,
  mergeSnapshotServers,
  normalizeNpmLinks,
  npmLinkFields,
  npmLinksMap,
  normalizeLink,
  pickPrevious,
  type SnapshotServer,
} from '../../data/index.js';
import { serverInfoFields } from '../../data/export.js';
import { classifySnapshotServer } from '../../cli/commands/snapshot.js';
import { httpUrl } from '../../site/src/lib/text.js';
import { serverChanges } from '../../site/src/lib/changes.js';
// @ts-expect-error: a plain .mjs module of the site's build scripts, without types
import * as feeds from '../../site/scripts/feeds.mjs';

/** The feed entries of one server (site/scripts/feeds.mjs), typed for this test. */
const serverEntries = (feeds as { serverEntries: (s: unknown, t: unknown, site: string) => unknown[] })
  .serverEntries;

const T0 = '2026-11-21T08:00:00.000Z';
const T1 = '2026-12-01T20:00:00.000Z';
const T2 = '2026-12-02T06:30:00.000Z';

const tool = (name: string, description: string, properties: Record<string, unknown> = {}): unknown => ({
  name,
  description,
  inputSchema: { type: 'object', properties },
});

const server = (over: Partial<SnapshotServer>): SnapshotServer => ({
  name: 'weather',
  source: 'corpus',
  target: { package: 'example-weather-mcp', version: '1.0.0', bin: null, args: [], envNames: [] },
  serverInfo: { name: 'weather', version: '1.0.0' },
  instructions: null,
  listedAt: T1,
  status: 'ok',
  statusDetail: null,
  tools: [tool('get_forecast', 'Get the forecast for a city', { city: { type: 'string' } })],
  ...over,
});

const OLD_TOOLS = [
  tool('get_forecast', 'Get the forecast for a city', { city: { type: 'string' } }),
  tool('get_alerts', 'List weather alerts for a region', { region: { type: 'string' } }),
  tool('delete_cache', 'Delete the local forecast cache'),
];
const NEW_TOOLS = [
  tool('get_forecast', 'Get the forecast for a city or a point', {
    city: { type: 'string' },
    lat: { type: 'number' },
  }),
  tool('get_alerts', 'List weather alerts for a region', { region: { type: 'string' } }),
  tool('run_script', 'Run a shell script on the host', { script: { type: 'string' } }),
];

const older = server({ tools: OLD_TOOLS });
const newer = server({
  source: 'listing',
  listedAt: T2,
  target: { ...older.target, version: '2.0.0' },
  tools: NEW_TOOLS,
});

describe('snapshot: the previous listing', () => {
  it('keeps the newest listing and records the older one whose tools differ', () => {
    const [kept] = mergeSnapshotServers([older, newer]).servers;
    expect(kept!.listedAt).toBe(T2);
    expect(kept!.target.version).toBe('2.0.0');
    expect(kept!.previous).toEqual({ listedAt: T1, version: '1.0.0', tools: OLD_TOOLS });
  });

  it('does not depend on the order of its inputs, and the bytes are stable', () => {
    const failure = server({
      source: 'attempt',
      listedAt: '2026-12-03T00:00:00.000Z',
      tools: [],
      status: 'startup_failed',
      statusDetail: 'boom',
    });
    const a = encodeSnapshot(mergeSnapshotServers([older, newer, failure]));
    const b = encodeSnapshot(mergeSnapshotServers([failure, newer, older]));
    expect(a.equals(b)).toBe(true);
    // a failed later attempt is not a previous listing, and does not replace the one with tools
    const [kept] = decodeSnapshot(a).servers;
    expect(kept!.listedAt).toBe(T2);
    expect(kept!.previous?.listedAt).toBe(T1);
  });

  it('records nothing when the older tools are the same (in any order) or nothing older listed tools', () => {
    const sameTools = server({ listedAt: T1, tools: [...NEW_TOOLS].reverse() });
    expect(mergeSnapshotServers([sameTools, newer]).servers[0]!.previous).toBeUndefined();
    const olderFailure = server({ listedAt: T1, tools: [], status: 'startup_failed', statusDetail: 'x' });
    expect(mergeSnapshotServers([olderFailure, newer]).servers[0]!.previous).toBeUndefined();
    expect(pickPrevious(olderFailure, [newer])).toBeNull();
    // a single listing has none
    expect(mergeSnapshotServers([newer]).servers[0]!.previous).toBeUndefined();
  });

  it('takes the newest of several older listings that differ', () => {
    const oldest = server({
      listedAt: T0,
      target: { ...older.target, version: '0.9.0' },
      tools: [tool('x', 'Get x')],
    });
    expect(mergeSnapshotServers([oldest, newer, older]).servers[0]!.previous?.version).toBe('1.0.0');
  });

  it('is kept across rebuilds: a carried previous merges to the same server', () => {
    const once = mergeSnapshotServers([older, newer]);
    // the next build sees the previous snapshot's entry (with previous) and the same sources again
    const twice = mergeSnapshotServers([...once.servers, older, newer]);
    expect(encodeSnapshot(twice).equals(encodeSnapshot(once))).toBe(true);
    // and without the older source, the carried previous survives
    const carried = mergeSnapshotServers([...once.servers]);
    expect(carried.servers[0]!.previous?.listedAt).toBe(T1);
  });

  it('decodes snapshots written before the field existed', () => {
    const { previous: _none, ...plain } = newer;
    const oldText = `{"servers":[\n${JSON.stringify(plain)}\n],"version":1}\n`;
    const decoded = decodeSnapshot(gzipSync(Buffer.from(oldText)));
    expect(decoded.servers[0]!.name).toBe('weather');
    expect('previous' in decoded.servers[0]!).toBe(false);
    // a malformed previous is refused with the path
    const bad = `{"servers":[${JSON.stringify({ ...plain, previous: { listedAt: T1 } })}],"version":1}`;
    expect(() => decodeSnapshot(gzipSync(Buffer.from(bad)))).toThrow(/previous/);
  });
});

const deps = {
  classifierVersion: 'test',
  classify: classifySnapshotServer,
  serverPolicy: (cs: Parameters<typeof buildPolicy>[0]) => buildPolicy(cs, 'balanced'),
  toolPolicy: (c: Parameters<typeof toolPolicy>[0]) => toolPolicy(c, 'balanced'),
};

describe('snapshot export: history and removed tools', () => {
  const snapshot = mergeSnapshotServers([older, newer]);
  const built = buildCatalogueFromSnapshot(snapshot, deps);
  const tools = new Map(built.servers.get('weather')!.map((t) => [t.name, t]));
  const entry = built.index.servers[0]!;

  it('gives a changed tool two versions with the changed paths and the diff', () => {
    const h = tools.get('get_forecast')!.history;
    expect(h).toHaveLength(2);
    expect(h[0]).toMatchObject({
      hash: contentHash(OLD_TOOLS[0]),
      firstSeen: T1,
      lastSeen: T1,
      changedPaths: [],
    });
    expect(h[1]).toMatchObject({ hash: tools.get('get_forecast')!.hash, firstSeen: T2, lastSeen: T2 });
    expect(h[1]!.changedPaths).toEqual(['description', 'inputSchema.properties.lat']);
    expect(h[1]!.changes?.find((c) => c.path === 'inputSchema.properties.lat')).toEqual({
      path: 'inputSchema.properties.lat',
      before: null,
      after: '{"type":"number"}',
    });
  });

  it('an unchanged tool is one version seen at both crawls; a new one is first seen at the new crawl', () => {
    expect(tools.get('get_alerts')!.history).toEqual([
      { hash: tools.get('get_alerts')!.hash, firstSeen: T1, lastSeen: T2, changedPaths: [] },
    ]);
    expect(tools.get('run_script')!.history).toEqual([
      { hash: tools.get('run_script')!.hash, firstSeen: T2, lastSeen: T2, changedPaths: [] },
    ]);
  });

  it('lists the removed tools and the crawl compared with', () => {
    expect(entry.previousCrawl).toEqual({ crawledAt: T1, version: '1.0.0' });
    expect(entry.removedTools).toEqual([
      { name: 'delete_cache', hash: contentHash(OLD_TOOLS[2]), lastSeen: T1 },
    ]);
    expect(tools.has('delete_cache')).toBe(false);
  });

  it('writes neither field for a server with one listing (older exports unchanged)', () => {
    const one = buildCatalogueFromSnapshot(mergeSnapshotServers([newer]), deps).index.servers[0]!;
    expect('previousCrawl' in one).toBe(false);
    expect('removedTools' in one).toBe(false);
  });

  it('the server page lists changed, new and removed tools', () => {
    const c = serverChanges([...tools.values()], entry);
    expect(c.lastCrawl).toBe(T2);
    expect(c.hadEarlier).toBe(true);
    expect(c.changed.map((x) => x.name)).toEqual(['get_forecast']);
    expect(c.added.map((x) => x.name)).toEqual(['run_script']);
    expect(c.removed.map((x) => x.name)).toEqual(['delete_cache']);
    expect(c.previousVersion).toBe('1.0.0');
    // without the server, as before: nothing removed
    expect(serverChanges([...tools.values()]).removed).toEqual([]);
  });

  it('the feeds get one entry per changed, new and removed tool', () => {
    const entries = serverEntries(entry, [...tools.values()], 'https://example.test') as {
      kind: string;
      toolName: string;
      date: string;
      changes: unknown[];
    }[];
    expect(entries.map((e) => `${e.kind} ${e.toolName}`).sort()).toEqual([
      'added run_script',
      'changed get_forecast',
      'removed delete_cache',
    ]);
    expect(entries.every((e) => e.date === T2)).toBe(true);
    expect(entries.find((e) => e.kind === 'changed')!.changes.length).toBeGreaterThan(0);
  });
});

describe('npm links', () => {
  it('normalises git+https to https and drops .git from a repository', () => {
    expect(
      npmLinkFields({
        repository: { type: 'git', url: 'git+https://github.com/acme/weather-mcp.git' },
        homepage: 'https://github.com/acme/weather-mcp#readme',
      }),
    ).toEqual({
      repository: 'https://github.com/acme/weather-mcp',
      homepage: 'https://github.com/acme/weather-mcp#readme',
    });
    expect(npmLinkFields({ repository: 'https://gitlab.com/a/b/' }).repository).toBe(
      'https://gitlab.com/a/b',
    );
    expect(npmLinkFields(null)).toEqual({ homepage: null, repository: null });
    expect(npmLinkFields({ homepage: 42, repository: { url: ['x'] } })).toEqual({
      homepage: null,
      repository: null,
    });
  });

  it('keeps javascript:, file:, ssh:// and shorthand as text, which the site never links', () => {
    for (const raw of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ssh://git@github.com/acme/weather-mcp.git',
      'git+ssh://git@github.com/acme/weather-mcp.git',
      'git://github.com/acme/weather-mcp.git',
      'github:acme/weather-mcp',
      'https://user:secret@example.com/',
    ]) {
      const v = normalizeLink(raw, { repository: true });
      expect(v, raw).toBe(raw);
      expect(httpUrl(v), raw).toBeNull();
    }
    expect(normalizeLink('  \u202Ejavascript:alert(1)\u0000 ')).toBe('javascript:alert(1)');
    expect(normalizeLink('   ')).toBeNull();
    expect(Array.from(normalizeLink('x'.repeat(5000))!).length).toBe(500);
  });

  it('fills what serverInfo does not say, and never overrides it', () => {
    const npm = { homepage: 'https://acme.example/', repository: 'https://github.com/acme/w' };
    expect(serverInfoFields(null, '1.0.0', npm)).toMatchObject(npm);
    expect(
      serverInfoFields(
        { websiteUrl: 'https://own.example/', repository: { url: 'https://git.example/x' } },
        '1.0.0',
        npm,
      ),
    ).toMatchObject({ homepage: 'https://own.example/', repository: 'https://git.example/x' });
    expect(serverInfoFields(null, '1.0.0')).toMatchObject({ homepage: null, repository: null });
  });

  it('is sorted in one order and refuses duplicates; the export uses it by package@version', () => {
    const file = normalizeNpmLinks({
      version: 1,
      capturedAt: '2026-12-02',
      how: 'test',
      packages: [
        { package: 'b', version: '1.0.0', homepage: null, repository: null },
        {
          package: 'example-weather-mcp',
          version: '2.0.0',
          homepage: 'javascript:alert(1)',
          repository: 'https://github.com/acme/w',
        },
      ],
    });
    expect(file.packages.map((p) => p.package)).toEqual(['b', 'example-weather-mcp']);
    expect(() => normalizeNpmLinks({ ...file, packages: [...file.packages, file.packages[0]!] })).toThrow(
      /twice/,
    );
    const built = buildCatalogueFromSnapshot(mergeSnapshotServers([newer]), {
      ...deps,
      npmLinks: npmLinksMap(file),
    });
    const s = built.index.servers[0]!;
    expect(s.repository).toBe('https://github.com/acme/w');
    expect(s.homepage).toBe('javascript:alert(1)');
    expect(httpUrl(s.homepage)).toBeNull();
  });
});
