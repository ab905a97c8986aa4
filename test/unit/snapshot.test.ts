import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitToolList } from '../../core/index.js';
import { CatalogueIndexSchema, CatalogueToolSchema, type CatalogueIndex } from '../../core/catalogue.js';
import {
  SNAPSHOT_VERSION,
  decodeSnapshot,
  encodeSnapshot,
  mergeSnapshotServers,
  normalizeSnapshot,
  snapshotCounts,
  type SnapshotServer,
} from '../../data/index.js';
import { buildSnapshot, exportSnapshot, DEFAULT_SNAPSHOT } from '../../cli/commands/snapshot.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const COMMITTED = join(REPO, DEFAULT_SNAPSHOT);
const scratch = mkdtempSync(join(tmpdir(), 'mcp-risk-snapshot-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the committed snapshot', () => {
  const bytes = readFileSync(COMMITTED);
  const snapshot = decodeSnapshot(bytes, COMMITTED);

  it('parses, and re-encoding it gives the same bytes', () => {
    expect(snapshot.version).toBe(SNAPSHOT_VERSION);
    expect(snapshot.servers.length).toBeGreaterThan(300);
    expect(encodeSnapshot(snapshot).equals(bytes)).toBe(true);
  });

  it('has a fixed gzip header: no mtime, no file name, OS unknown', () => {
    expect([...bytes.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(bytes.readUInt32LE(4)).toBe(0);
    expect(bytes[9]).toBe(255);
  });

  it('is sorted by server name and holds placeholder variable names, never values', () => {
    const names = snapshot.servers.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(names).size).toBe(names.length);
    for (const s of snapshot.servers)
      for (const n of s.target.envNames) expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it('gives every server an honest status: never ok without a valid tool', () => {
    for (const s of snapshot.servers) {
      const split = splitToolList(s.tools, Number.MAX_SAFE_INTEGER);
      const why = `${s.name}: ${s.status} with ${split.tools.length} valid / ${split.invalidTools.length} invalid`;
      if (s.status === 'ok') expect(split.tools.length, why).toBeGreaterThan(0);
      else if (s.status === 'invalid_tools') {
        expect(split.tools.length, why).toBe(0);
        expect(split.invalidTools.length, why).toBeGreaterThan(0);
      } else expect(s.tools, why).toEqual([]);
      if (s.status !== 'ok') expect(s.statusDetail, why).toBeTruthy();
    }
  });

  it('is what its committed sources build (rebuilding gives the same bytes)', async () => {
    const out = join(scratch, 'rebuild', 'catalogue.json.gz');
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(COMMITTED, out);
    const r = await buildSnapshot({ cwd: REPO, out, db: join(scratch, 'no.sqlite') });
    expect(r.written, `added ${r.added.join(', ')}; changed ${r.changed.join(', ')}`).toBe(false);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});

describe('snapshot building', () => {
  it('is deterministic: two builds from the same inputs are byte-identical', async () => {
    const a = join(scratch, 'a', 'catalogue.json.gz');
    const b = join(scratch, 'b', 'catalogue.json.gz');
    const opts = { cwd: REPO, db: join(scratch, 'no.sqlite'), fresh: true };
    await buildSnapshot({ ...opts, out: a });
    await buildSnapshot({ ...opts, out: b });
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('does not depend on the order of its inputs', () => {
    const servers = decodeSnapshot(readFileSync(COMMITTED)).servers.slice(0, 40);
    const shuffled = [...servers].reverse();
    const dup = { ...servers[0]!, source: 'attempt' as const, tools: [], status: 'startup_failed' as const };
    expect(
      encodeSnapshot(mergeSnapshotServers([...servers, dup])).equals(
        encodeSnapshot(mergeSnapshotServers([dup, ...shuffled])),
      ),
    ).toBe(true);
    // a listing with tools beats a failure of the same server
    expect(mergeSnapshotServers([dup, servers[0]!]).servers[0]).toEqual(servers[0]);
  });
});

// ------------------------------------------------------------------ the start pipeline on a fixture

const target = (pkg: string): SnapshotServer['target'] => ({
  package: pkg,
  version: '1.0.0',
  bin: null,
  args: [],
  envNames: ['EXAMPLE_API_KEY'],
});
const FIXTURE: SnapshotServer[] = [
  {
    name: 'files',
    source: 'corpus',
    target: target('example-files-mcp'),
    serverInfo: { name: 'files', version: '1.0.0' },
    instructions: null,
    listedAt: '2026-12-01T00:00:00.000Z',
    status: 'ok',
    statusDetail: '1 of 3 tool definitions are invalid',
    tools: [
      {
        name: 'read_file',
        description: 'Read a file',
        inputSchema: { type: 'object', properties: { path: { type: 'string' } } },
      },
      { name: 'delete_file', description: 'Delete a file', inputSchema: { type: 'object' } },
      { name: 'run_command', description: 'Run a shell command', inputSchema: { type: 'string' } },
    ],
  },
  {
    name: 'broken',
    source: 'corpus',
    target: target('example-broken-mcp'),
    serverInfo: { name: 'broken', version: '1.0.0' },
    instructions: null,
    listedAt: '2026-12-01T00:00:01.000Z',
    status: 'invalid_tools',
    statusDetail: 'all 1 tool definitions it listed are invalid',
    tools: [{ name: 'send_email', description: 'Send an email', inputSchema: { type: 'array' } }],
  },
  {
    name: 'needs-key',
    source: 'attempt',
    target: target('example-key-mcp'),
    serverInfo: null,
    instructions: null,
    listedAt: null,
    status: 'needs_config',
    statusDetail: 'EXAMPLE_API_KEY is required',
    tools: [],
  },
];

describe('snapshot counts', () => {
  it('counts a server as listing tools only when it listed a valid one', () => {
    const c = snapshotCounts(normalizeSnapshot(FIXTURE));
    expect(c).toMatchObject({ servers: 3, listed: 1, tools: 4, validTools: 2 });
    expect(c.byStatus).toEqual({ ok: 1, invalid_tools: 1, needs_config: 1 });
  });

  it('in the committed snapshot, servers listing tools are exactly the ok ones', () => {
    const c = snapshotCounts(decodeSnapshot(readFileSync(COMMITTED), COMMITTED));
    expect(c.listed).toBe(c.byStatus.ok ?? 0);
  });
});

describe('npm start pipeline: snapshot -> classify -> export', () => {
  it('classifies every listed entry and writes the export the site reads', async () => {
    const file = join(scratch, 'fixture.json.gz');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, encodeSnapshot(normalizeSnapshot(FIXTURE)));
    const out = join(scratch, 'export');
    const r = await exportSnapshot({ cwd: REPO, snapshot: file, export: out });
    expect(r).toMatchObject({ servers: 3, tools: 4 });
    const index: CatalogueIndex = CatalogueIndexSchema.parse(
      JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')),
    );
    const by = new Map(index.servers.map((s) => [s.name, s]));
    expect(by.get('files')).toMatchObject({ status: 'ok', toolCount: 3 });
    expect(by.get('broken')).toMatchObject({ status: 'invalid_tools', toolCount: 1 });
    expect(by.get('needs-key')).toMatchObject({ status: 'needs_config', toolCount: 0, maxRisk: null });
    for (const s of index.servers) expect(s.status === 'ok' && s.toolCount === 0).toBe(false);

    const files = CatalogueToolSchema.array().parse(
      JSON.parse(readFileSync(join(out, 'servers', 'files.json'), 'utf8')),
    );
    const run = files.find((t) => t.name === 'run_command')!;
    expect(run.classification.flags).toContain('invalid_definition');
    expect(run.classification.confidence).toBeLessThanOrEqual(0.35);
    expect(run.policy.hide ?? []).toContain('run_command');
    expect(files.find((t) => t.name === 'read_file')!.classification.flags).not.toContain(
      'invalid_definition',
    );
    const broken = CatalogueToolSchema.array().parse(
      JSON.parse(readFileSync(join(out, 'servers', 'broken.json'), 'utf8')),
    );
    expect(broken.map((t) => t.name)).toEqual(['send_email']);
    expect(by.get('broken')!.policy.tools).toEqual({});
  });
});

describe('npm run crawl without bubblewrap', () => {
  it('fails with one line naming the Debian package', () => {
    const bin = join(scratch, 'bin');
    mkdirSync(bin);
    for (const tool of ['node', 'npm', 'sh', 'env']) {
      const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
      symlinkSync(found, join(bin, tool));
    }
    const r = spawnSync('npm', ['run', 'crawl'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { PATH: bin, HOME: scratch, npm_config_update_notifier: 'false' },
      timeout: 120_000,
    });
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(r.status, r.stderr).not.toBe(0);
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/bubblewrap/);
    expect(lines[0]).toMatch(/apt-get install bubblewrap/);
  }, 130_000);
});
