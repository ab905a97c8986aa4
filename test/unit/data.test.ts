import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentHash, type Classification } from '../../core/index.js';
import { detectResourceLimit } from '../../crawler/sandbox.js';
import { refineStatus } from '../../crawler/crawl.js';
import {
  applyOverride,
  changedPaths,
  findOverride,
  importRegistryServer,
  importRegistryServers,
  parseOverridesFile,
  parseServersFile,
  ServersFileSchema,
} from '../../data/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

describe('servers.json', () => {
  const file = parseServersFile(read('data/servers.json'));

  it('lists at least 40 npm servers, each with an exact version and unique name', () => {
    expect(file.servers.length).toBeGreaterThanOrEqual(40);
    expect(new Set(file.servers.map((s) => s.name)).size).toBe(file.servers.length);
    for (const s of file.servers) expect(s.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('holds only placeholder values for secret-looking variables', () => {
    for (const s of file.servers) {
      for (const [key, value] of Object.entries(s.env)) {
        if (/KEY|TOKEN|SECRET|PASSWORD/i.test(key))
          expect(`${s.name}.${key}=${value}`).toMatch(/placeholder/i);
      }
    }
  });

  const base = { name: 'x-server', package: 'x-server', version: '1.0.0' };
  it.each([
    ['a version range', { ...base, version: '^1.0.0' }, /exact version/],
    ['a dist-tag', { ...base, version: 'latest' }, /exact version/],
    [
      'a real-looking GitHub token',
      { ...base, env: { GITHUB_TOKEN: `ghp_${'a1B2'.repeat(9)}` } },
      /real credential/,
    ],
    ['a secret without "placeholder"', { ...base, env: { API_KEY: 'abc123' } }, /placeholder/],
    ['an unsafe name', { ...base, name: '../etc' }, /lower-case/],
    ['an unknown member', { ...base, command: 'rm -rf /' }, /Unrecognized key|unrecognized/i],
  ])('rejects %s', (_what, entry, message) => {
    expect(() => parseServersFile(JSON.stringify({ version: 1, servers: [entry] }))).toThrow(message);
  });

  it('rejects duplicate names', () => {
    const parsed = ServersFileSchema.safeParse({ version: 1, servers: [base, base] });
    expect(parsed.success).toBe(false);
  });
});

describe('MCP Registry server.json importer', () => {
  const samples = readdirSync(join(ROOT, 'data/registry-samples'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const load = (name: string): unknown => JSON.parse(read(`data/registry-samples/${name}`));

  it('has committed samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
  });

  it('turns an npm stdio package into a crawl entry with its fixed arguments', () => {
    const { entries, skipped } = importRegistryServer(load('everything.server.json'));
    expect(skipped).toEqual([]);
    expect(entries).toEqual([
      expect.objectContaining({
        name: 'io-github-modelcontextprotocol-everything',
        package: '@modelcontextprotocol/server-everything',
        version: '2026.1.26',
        args: ['stdio'],
        env: {},
      }),
    ]);
  });

  it('maps a path argument to the scratch folder and keeps non-secret defaults; skips oci and remotes', () => {
    const { entries, skipped } = importRegistryServer(load('filesystem-multi.server.json'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ args: ['{{workdir}}'], env: { LOG_LEVEL: 'info' } });
    expect(skipped.map((s) => s.reason)).toEqual(
      expect.arrayContaining([expect.stringMatching(/oci/), expect.stringMatching(/remote/)]),
    );
  });

  it('replaces secrets with placeholders and skips ranges and HTTP transports', () => {
    const { entries, skipped } = importRegistryServer(load('secret-env.server.json'));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.env).toEqual({ WEATHER_API_KEY: 'placeholder-weather-api-key', WEATHER_REGION: 'eu' });
    expect(entries[0]!.args).toEqual(['--units', 'metric']);
    expect(skipped).toHaveLength(1);
  });

  it('reads the legacy snake_case format', () => {
    const { entries, skipped } = importRegistryServer(load('legacy-snake-case.server.json'));
    expect(entries).toEqual([
      expect.objectContaining({
        package: '@modelcontextprotocol/server-brave-search',
        version: '0.6.2',
        env: { BRAVE_API_KEY: 'placeholder-brave-api-key' },
      }),
    ]);
    expect(skipped.map((s) => s.what)).toEqual([expect.stringMatching(/^pypi/)]);
  });

  it('imports all samples without duplicate names, and rejects a non-document', () => {
    const all = importRegistryServers(samples.map((s) => ({ source: s, json: load(s) })));
    expect(new Set(all.entries.map((e) => e.name)).size).toBe(all.entries.length);
    expect(() => importRegistryServer({ hello: 'world' })).toThrow(/not a registry server.json/);
  });
});

describe('overrides', () => {
  const classification = {
    tool: 'list_deleted',
    hash: contentHash({ name: 'list_deleted' }),
    access: 'write',
    category: 'destructive',
    risk: 'high',
    flags: ['destructive'],
    confidence: 0.6,
    evidence: [],
    rationale: ['From the definition: "deleted"'],
    summary: 'lists deleted items',
    annotations: {
      declared: null,
      suggested: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
      mismatches: [],
    },
    actions: [],
    source: 'rules',
    classifierVersion: 'test',
  } as Classification;

  it('the committed file is valid', () => {
    expect(parseOverridesFile(read('data/overrides.json')).version).toBe(1);
  });

  it('applies a hash-pinned override with its reason and source', () => {
    const file = parseOverridesFile(
      JSON.stringify({
        version: 1,
        overrides: [
          {
            server: 's',
            tool: 'list_deleted',
            set: { risk: 'medium' },
            reason: 'unpinned, should lose to the pinned one',
          },
          {
            server: 's',
            tool: 'list_deleted',
            hash: classification.hash,
            set: { access: 'read', category: 'read', risk: 'low', removeFlags: ['destructive'] },
            reason: 'It only lists items in the trash.',
          },
        ],
      }),
    );
    const found = findOverride(file, 's', 'list_deleted', classification.hash)!;
    const result = applyOverride(classification, found);
    expect(result).toMatchObject({
      access: 'read',
      category: 'read',
      risk: 'low',
      flags: [],
      source: 'override',
    });
    expect(result.rationale.at(-1)).toMatch(/only lists items/);
    expect(findOverride(file, 's', 'list_deleted', contentHash({ other: 1 }))?.set).toEqual({
      risk: 'medium',
    });
  });

  it('requires a reason', () => {
    expect(() =>
      parseOverridesFile(
        JSON.stringify({
          version: 1,
          overrides: [{ server: 's', tool: 't', set: { risk: 'low' }, reason: '' }],
        }),
      ),
    ).toThrow(/why/);
  });
});

describe('changedPaths', () => {
  it('names the paths that differ between two definitions', () => {
    const a = {
      name: 't',
      inputSchema: { properties: { q: { description: 'query' }, n: { type: 'number' } } },
      tags: ['a', 'b'],
    };
    const b = {
      name: 't',
      inputSchema: { properties: { q: { description: 'the query' }, n: { type: 'number' } } },
      tags: ['a'],
    };
    expect(changedPaths(a, b)).toEqual(['inputSchema.properties.q.description', 'tags[1]']);
    expect(changedPaths(a, a)).toEqual([]);
  });

  it('is bounded on huge inputs', () => {
    const big = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
    expect(changedPaths(big, {}).length).toBeLessThanOrEqual(50);
  });
  it('tells a null field from an absent one, and names a changed root', () => {
    expect(changedPaths({ title: null }, {})).toEqual(['title']);
    expect(changedPaths('a', 'b')).toEqual(['(root)']);
  });
});

describe('resource limit detection', () => {
  it.each([
    [
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\nmcp-risk-sandbox: server killed by signal 6',
      'memory limit',
    ],
    ['fork bomb stopped after 51 children: spawn EAGAIN', 'process limit'],
    ['disk filler stopped: EFBIG: file too large, write', 'disk limit'],
    ['mcp-risk-sandbox: server killed by signal 9', 'CPU time limit (killed)'],
    ['mcp-risk-sandbox: server killed by signal 24', 'CPU time limit'],
  ])('%s -> %s', (stderr, what) => {
    expect(detectResourceLimit(stderr)).toBe(what);
  });

  it('ignores ordinary crashes, and only refines failures', () => {
    expect(detectResourceLimit('TypeError: cannot read properties of undefined')).toBeNull();
    const base = {
      status: 'startup_failed',
      statusDetail: 'exited',
      stderrTail: 'spawn EAGAIN',
    } as Parameters<typeof refineStatus>[0];
    expect(refineStatus(base).status).toBe('resource_limit');
    const listed = {
      ...base,
      status: 'ok',
      tools: [{ hash: `sha256:${'0'.repeat(64)}`, tool: { name: 'x', inputSchema: { type: 'object' } } }],
      invalidTools: [],
    } as Parameters<typeof refineStatus>[0];
    expect(refineStatus(listed).status).toBe('ok');
    // a server that listed nothing usable is never ok (0 tools)
    expect(refineStatus({ ...listed, tools: [] }).status).toBe('no_tools');
    const allInvalid = refineStatus({
      ...listed,
      tools: [],
      invalidTools: [{ index: 0, name: 'bad', reason: 'inputSchema.type: expected "object"', raw: '{}' }],
    });
    expect(allInvalid.status).toBe('invalid_tools');
    expect(allInvalid.statusDetail).toContain('"bad"');
    expect(
      refineStatus({ ...base, stderrTail: 'Error: No config file found at /home/mcp/.config/x.toml' }).status,
    ).toBe('needs_config');
  });
});
