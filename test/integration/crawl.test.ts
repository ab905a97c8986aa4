/**
 * `mcp-risk crawl` end to end on real servers from node_modules (server-everything and
 * server-filesystem), sandboxed, into a real SQLite file: tools stored and classified, a second run
 * adds no tool rows and classifies nothing, the export is byte-identical across runs; and the
 * npm install step never runs install scripts.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogueIndexSchema } from '../../core/index.js';
import { runCrawl } from '../../cli/commands/crawl.js';
import { crawlBatch } from '../../crawler/crawl.js';
import { installPackage } from '../../crawler/install.js';
import { detectSandbox } from '../../crawler/sandbox.js';
import { closeDb, openDb, tableCounts } from '../../data/index.js';
import { HOSTILE_DIR } from './crawl-hostile.helpers.js';
import { ROOT, captureIo } from './crawl.helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-crawl-'));
// The sandbox runs as nobody when we are root: the package cache must be reachable by others.
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const support = detectSandbox();
const nodeModules = join(ROOT, 'node_modules');

describe.runIf(support.available)('crawl of installed reference servers', () => {
  const jobsFile = join(dir, 'jobs.json');
  const dbFile = join(dir, 'catalogue.sqlite');
  writeFileSync(
    jobsFile,
    JSON.stringify([
      {
        name: 'everything',
        command: process.execPath,
        args: [join(nodeModules, '@modelcontextprotocol/server-everything/dist/index.js'), 'stdio'],
        readOnlyPaths: [nodeModules],
      },
      {
        name: 'filesystem',
        command: process.execPath,
        args: [join(nodeModules, '@modelcontextprotocol/server-filesystem/dist/index.js'), '{{workdir}}'],
        readOnlyPaths: [nodeModules],
      },
    ]),
  );
  const args = ['--jobs', jobsFile, '--db', dbFile, '--cache', join(dir, 'cache'), '--json'];

  it('lists, stores and classifies; a re-crawl adds no tool rows; the export is deterministic', async () => {
    const io1 = captureIo();
    const first = await runCrawl([...args, '--export', join(dir, 'export-1')], io1);
    expect(first.byStatus).toEqual({ ok: 2 });
    expect(first.tools.listed).toBeGreaterThan(20);
    expect(first.tools.newToolRows).toBe(first.tools.listed);
    expect(first.classified).toBe(first.tools.listed);
    expect(io1.err_.join('')).toMatch(/crawled 2 servers .*ok 2/);
    // stdout carries exactly one JSON document (the summary).
    expect(JSON.parse(io1.out_.join(''))).toMatchObject({ servers: 2 });

    const second = await runCrawl([...args, '--export', join(dir, 'export-2')], captureIo());
    expect(second.byStatus).toEqual({ ok: 2 });
    expect(second.tools).toMatchObject({
      listed: first.tools.listed,
      added: 0,
      changed: 0,
      removed: 0,
      newToolRows: 0,
    });
    expect(second.classified).toBe(0);

    const db = openDb(dbFile);
    const counts = tableCounts(db);
    expect(counts.crawls).toBe(4);
    expect(counts.toolVersions).toBe(first.tools.listed);
    expect(counts.classifications).toBe(first.tools.listed);
    closeDb(db);

    const index = CatalogueIndexSchema.parse(
      JSON.parse(readFileSync(join(dir, 'export-2', 'index.json'), 'utf8')),
    );
    expect(index.servers.map((s) => [s.slug, s.status])).toEqual([
      ['everything', 'ok'],
      ['filesystem', 'ok'],
    ]);
    expect(readdirSync(join(dir, 'export-2', 'servers')).sort()).toEqual([
      'everything.json',
      'filesystem.json',
    ]);
    const fsTools = JSON.parse(readFileSync(join(dir, 'export-2', 'servers', 'filesystem.json'), 'utf8')) as {
      name: string;
      classification: { risk: string };
    }[];
    expect(fsTools.map((t) => t.name)).toContain('write_file');
    expect(fsTools.every((t) => t.classification && typeof t.classification.risk === 'string')).toBe(true);
  }, 120_000);

  it('export twice from the same database gives identical bytes', async () => {
    const a = join(dir, 'same-a');
    const b = join(dir, 'same-b');
    const { buildCatalogue, writeCatalogue } = await import('../../data/index.js');
    const { CLASSIFIER_VERSION, buildPolicy, toolPolicy } = await import('../../classifier/index.js');
    for (const out of [a, b]) {
      const db = openDb(dbFile);
      await writeCatalogue(
        out,
        buildCatalogue(db, {
          classifierVersion: CLASSIFIER_VERSION,
          serverPolicy: (cs) => buildPolicy(cs),
          toolPolicy: (c) => toolPolicy(c),
        }),
      );
      closeDb(db);
    }
    for (const file of ['index.json', 'servers/everything.json', 'servers/filesystem.json']) {
      expect(readFileSync(join(a, file), 'utf8')).toBe(readFileSync(join(b, file), 'utf8'));
    }
  });
});

describe('npm install with --ignore-scripts', () => {
  it('installs into the cache, records the integrity, never runs install scripts, and the package still serves', async () => {
    const pack = join(dir, 'pack');
    execFileSync('mkdir', ['-p', pack]);
    const tarball = execFileSync(
      'npm',
      ['pack', join(HOSTILE_DIR, 'postinstall-package'), '--pack-destination', pack, '--silent'],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .pop()!;
    const marker = join(dir, 'scripts-ran');
    const cacheDir = join(dir, 'install-cache');
    const installed = await installPackage('hostile-postinstall', '1.0.0', {
      cacheDir,
      spec: join(pack, tarball),
      env: { HOSTILE_MARKER: marker },
    });
    expect(installed.cached).toBe(false);
    expect(installed.integrity).toMatch(/^sha512-/);
    expect(installed.binName).toBe('hostile-postinstall');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync('/tmp/hostile-preinstall-ran') || existsSync('/tmp/hostile-postinstall-ran')).toBe(
      false,
    );
    expect(installed.dir).toBe(join(cacheDir, 'packages', 'hostile-postinstall@1.0.0'));

    const again = await installPackage('hostile-postinstall', '1.0.0', {
      cacheDir,
      spec: join(pack, tarball),
    });
    expect(again.cached).toBe(true);
    expect(again.integrity).toBe(installed.integrity);

    const sandbox = support.available ? ({ kind: 'bwrap', support } as const) : ({ kind: 'none' } as const);
    const [result] = await crawlBatch(
      [
        {
          kind: 'local',
          name: 'postinstall',
          command: process.execPath,
          args: [installed.binPath],
          env: {},
          readOnlyPaths: [installed.dir],
        },
      ],
      { cacheDir, sandbox },
    );
    expect(result!.snapshot.stderrTail).toBe('');
    expect(result!.snapshot.status).toBe('ok');
    expect(result!.snapshot.tools.map((t) => t.tool.name)).toEqual(['installed']);
  }, 120_000);
});

describe.runIf(support.available && support.runAsNobody)('a server under a private folder', () => {
  it('is staged where nobody can reach it, and starts as usual from its own path', async () => {
    // a clone in /root or in a 0700 temp dir: bwrap runs as nobody and could not mount it directly
    const privateDir = mkdtempSync(join(tmpdir(), 'mcp-risk-private-'));
    chmodSync(privateDir, 0o700);
    try {
      const serverDir = join(privateDir, 'server');
      mkdirSync(serverDir);
      for (const name of ['good.mjs', '_rpc.mjs'])
        copyFileSync(join(HOSTILE_DIR, name), join(serverDir, name));
      const [result] = await crawlBatch(
        [
          {
            kind: 'local',
            name: 'private',
            command: process.execPath,
            args: [join(serverDir, 'good.mjs')],
            env: {},
            readOnlyPaths: [serverDir],
          },
        ],
        { cacheDir: dir, sandbox: { kind: 'bwrap', support } },
      );
      expect(result!.snapshot.status).toBe('ok');
      expect(result!.sandboxed).toBe(true);
      expect(result!.snapshot.tools.length).toBeGreaterThan(0);
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  });
});

describe('without a sandbox', () => {
  const good = {
    kind: 'local' as const,
    name: 'good',
    command: process.execPath,
    args: [join(HOSTILE_DIR, 'good.mjs')],
    env: {},
    readOnlyPaths: [HOSTILE_DIR],
  };

  it('refuses to start servers when bubblewrap is unavailable', async () => {
    const missing = {
      available: false,
      bwrap: null,
      prlimit: null,
      setpriv: null,
      runAsNobody: false,
      detail: 'bubblewrap (bwrap) is not installed',
    };
    let started = false;
    await expect(
      crawlBatch([good], {
        cacheDir: dir,
        sandbox: { kind: 'bwrap', support: missing },
        onStart: () => (started = true),
      }),
    ).rejects.toMatchObject({ code: 'sandbox_unavailable' });
    await expect(
      crawlBatch([good], { cacheDir: dir, sandbox: { kind: 'bwrap', support: missing } }),
    ).rejects.toThrow(/without a sandbox/);
    expect(started).toBe(false);
  });

  it('runs them only when told --no-sandbox, still with a clean environment and a throw-away home', async () => {
    const [result] = await crawlBatch([good], { cacheDir: dir, sandbox: { kind: 'none' } });
    expect(result!.snapshot.status).toBe('ok');
    expect(result!.sandboxed).toBe(false);
  });
});
