import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, isMcpRiskError } from '../../core/index.js';
import { introspect, type IntrospectOptions } from '../../crawler/index.js';
import { NODE, NOTES, RAW, isRunning, rawTarget, waitUntil } from '../fixtures/servers/harness.js';

const fast: IntrospectOptions = { deadlines: { initializeMs: 5_000, listMs: 5_000, totalMs: 15_000 } };

describe('introspect over stdio: a well-behaved SDK server', () => {
  it('keeps serverInfo, instructions, capabilities, protocol version and hashes every tool', async () => {
    const s = await introspect({ type: 'stdio', command: NODE, args: [NOTES], env: {} }, fast);
    expect(s.status).toBe('ok');
    expect(s.statusDetail).toBeNull();
    expect(s.serverInfo).toMatchObject({
      name: 'notes-fixture',
      version: '1.0.0',
      title: 'Notes (test fixture)',
    });
    expect(s.instructions).toBe('A notes service used by the mcp-risk tests.');
    expect(s.capabilities).toHaveProperty('tools');
    expect(s.protocolVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.tools.map((t) => t.tool.name)).toEqual([
      'list_notes',
      'create_note',
      'delete_note',
      'run_query',
      'email_note',
    ]);
    for (const t of s.tools) expect(t.hash).toBe(contentHash(t.tool));
    expect(s.tools.find((t) => t.tool.name === 'delete_note')?.tool.annotations).toEqual({
      destructiveHint: true,
    });
    expect(s.transport).toBe('stdio');
    expect(s.durations.spawnMs).not.toBeNull();
    expect(s.durations.initializeMs).not.toBeNull();
  });

  it('a changed parameter description changes that tool hash only', async () => {
    const [v1, v2] = await Promise.all([
      introspect({ type: 'stdio', command: NODE, args: [NOTES], env: {} }, fast),
      introspect({ type: 'stdio', command: NODE, args: [NOTES, '--variant', '2'], env: {} }, fast),
    ]);
    const h1 = new Map(v1.tools.map((t) => [t.tool.name, t.hash]));
    const h2 = new Map(v2.tools.map((t) => [t.tool.name, t.hash]));
    expect(h1.get('create_note')).not.toBe(h2.get('create_note'));
    expect(h1.get('list_notes')).toBe(h2.get('list_notes'));
    expect(h1.get('delete_note')).toBe(h2.get('delete_note'));
  });
});

describe('introspect: the child environment', () => {
  it('passes only the allow-list plus explicit variables, never our whole environment', async () => {
    const s = await introspect(
      { ...rawTarget('env'), env: { MY_TOKEN: 'given' } },
      {
        ...fast,
        hostEnv: {
          PATH: process.env.PATH,
          HOME: '/tmp',
          SECRET_FROM_HOST: 'leak',
          AWS_SECRET_ACCESS_KEY: 'leak',
          LANG: 'C.UTF-8',
        },
      },
    );
    expect(s.status).toBe('ok');
    const names = s.tools[0]!.tool.description!.split(',');
    expect(names).toContain('MY_TOKEN');
    expect(names).toContain('PATH');
    expect(names).toContain('LANG');
    expect(names).not.toContain('SECRET_FROM_HOST');
    expect(names).not.toContain('AWS_SECRET_ACCESS_KEY');
  });

  it('lets the crawler rewrite the spawn through the wrap hook', async () => {
    const seen: string[] = [];
    const s = await introspect(rawTarget('env'), {
      ...fast,
      wrap: (spec) => {
        seen.push(spec.command);
        return { ...spec, env: { ...spec.env, WRAPPED_BY_SANDBOX: '1' } };
      },
    });
    expect(seen).toEqual([NODE]);
    expect(s.tools[0]!.tool.description!.split(',')).toContain('WRAPPED_BY_SANDBOX');
  });
});

describe('introspect: hostile servers get a status, never a crash', () => {
  const cases: { mode: string; status: string; detail: RegExp; options?: IntrospectOptions }[] = [
    {
      mode: 'hang',
      status: 'timeout',
      detail: /no answer to initialize within/,
      options: { deadlines: { initializeMs: 800 } },
    },
    {
      mode: 'list-hang',
      status: 'timeout',
      detail: /tools\/list did not finish/,
      options: { deadlines: { listMs: 800 } },
    },
    {
      mode: 'no-newline',
      status: 'protocol_error',
      detail: /exceeded 1048576 bytes/,
      options: { limits: { maxMessageBytes: 1024 * 1024 } },
    },
    {
      mode: 'huge-line',
      status: 'protocol_error',
      detail: /exceeded 1048576 bytes/,
      options: { limits: { maxMessageBytes: 1024 * 1024 } },
    },
    {
      mode: 'huge-line',
      status: 'protocol_error',
      detail: /more than 100000 bytes/,
      options: { limits: { maxSessionBytes: 100_000 } },
    },
    { mode: 'bad-id', status: 'protocol_error', detail: /unknown request id/ },
    { mode: 'both', status: 'protocol_error', detail: /both result and error/ },
    { mode: 'no-id-error', status: 'protocol_error', detail: /without an id/ },
    {
      mode: 'flood',
      status: 'protocol_error',
      detail: /more than 100 notifications/,
      options: { limits: { maxNotifications: 100 } },
    },
    {
      mode: 'exit',
      status: 'startup_failed',
      detail: /exited with code 1 before answering initialize: fatal: something broke/,
    },
    { mode: 'needs-key', status: 'needs_config', detail: /WIDGET_API_KEY environment variable is required/ },
  ];
  for (const c of cases) {
    it(`${c.mode} -> ${c.status}`, async () => {
      const started = Date.now();
      const s = await introspect(rawTarget(c.mode), {
        ...fast,
        ...c.options,
        deadlines: { ...fast.deadlines, ...c.options?.deadlines },
      });
      expect(s.status).toBe(c.status);
      expect(s.statusDetail).toMatch(c.detail);
      expect(Date.now() - started).toBeLessThan(8_000);
    });
  }

  it('keeps a capped stderr tail', async () => {
    const s = await introspect(rawTarget('exit'), { ...fast, limits: { maxStderrBytes: 16 } });
    expect(s.stderrTail.length).toBeLessThanOrEqual(16);
    expect(s.stderrTail).toBe('fatal: something broke while starting\n'.slice(-16));
  });

  it('a command that does not exist is startup_failed, not an exception', async () => {
    const s = await introspect(
      { type: 'stdio', command: '/nonexistent/mcp-server', args: [], env: {} },
      fast,
    );
    expect(s.status).toBe('startup_failed');
    expect(s.statusDetail).toBe('command not found: /nonexistent/mcp-server');
  });

  it('tolerates banners and structured logs on stdout', async () => {
    const s = await introspect(rawTarget('banners'), fast);
    expect(s.status).toBe('ok');
    expect(s.tools.map((t) => t.tool.name)).toEqual(['list_items']);
  });

  it('but not an endless stream of them', async () => {
    const s = await introspect(rawTarget('banners'), { ...fast, limits: { maxNonJsonLines: 1 } });
    expect(s.status).toBe('protocol_error');
    expect(s.statusDetail).toMatch(/non-JSON-RPC lines/);
  });

  it('answers sampling, elicitation and roots requests with "method not found"', async () => {
    const s = await introspect(rawTarget('requests'), fast);
    expect(s.status).toBe('ok');
    expect(s.tools[0]!.tool.description).toBe(
      'sampling/createMessage=-32601 elicitation/create=-32601 roots/list=-32601',
    );
  });

  it('records invalid tools one by one and keeps the valid ones', async () => {
    const s = await introspect(rawTarget('invalid-tools'), fast);
    expect(s.status).toBe('ok');
    expect(s.tools.map((t) => t.tool.name)).toEqual(['good_one', 'good_two']);
    expect(s.invalidTools.map((t) => [t.index, t.name])).toEqual([
      [1, null],
      [2, null],
      [3, 'no_schema'],
    ]);
    expect(s.invalidTools[2]!.reason).toMatch(/inputSchema/);
    expect(s.totalOffered).toBe(5);
  });

  it('keeps the first N of 10,000 tools, counts all, flags truncated', async () => {
    const s = await introspect(rawTarget('many-tools'), { ...fast, limits: { maxTools: 250 } });
    expect(s.status).toBe('ok');
    expect(s.tools).toHaveLength(250);
    expect(s.totalOffered).toBe(10_000);
    expect(s.truncated).toBe(true);
  });

  it('follows pagination cursors', async () => {
    const s = await introspect(rawTarget('paginated'), fast);
    expect(s.tools.map((t) => t.tool.name)).toEqual(['p0_a', 'p0_b', 'p1_a', 'p1_b', 'p2_a', 'p2_b']);
    expect(s.pages).toBe(3);
    expect(s.truncated).toBe(false);
  });

  it('stops at a repeated cursor and at the page cap', async () => {
    const loop = await introspect(rawTarget('cursor-loop'), fast);
    expect(loop.status).toBe('ok');
    expect(loop.truncated).toBe(true);
    expect(loop.pages).toBe(2);
    const capped = await introspect(rawTarget('paginated'), { ...fast, limits: { maxPages: 2 } });
    expect(capped.pages).toBe(2);
    expect(capped.truncated).toBe(true);
  });

  it('kills the whole process group, including a grandchild that ignores SIGTERM', async () => {
    const pidFile = join(tmpdir(), `mcp-risk-grandchild-${process.pid}-${Date.now()}.pid`);
    const s = await introspect(rawTarget('grandchild', pidFile), fast);
    expect(s.status).toBe('ok');
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    rmSync(pidFile, { force: true });
    expect(grandchild).toBeGreaterThan(0);
    expect(await waitUntil(() => !isRunning(grandchild))).toBe(true);
  });

  it('an abort signal stops a hanging server and rejects with "interrupted"', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const error = await introspect(
      { type: 'stdio', command: NODE, args: [RAW, 'hang'], env: {} },
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    expect(isMcpRiskError(error) && error.code).toBe('interrupted');
  });
});
