import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import {
  ElicitRequestSchema,
  ErrorCode,
  McpError,
  ToolListChangedNotificationSchema,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import {
  BIN,
  FILESYSTEM_BIN,
  NODE,
  SERVERS,
  isRunning,
  runCli,
  startHttpNotes,
  waitUntil,
} from '../fixtures/servers/harness.js';

// End-to-end: the SDK client on one side, the built bin (`mcp-risk guard`) in the middle, the
// fixture server (test/fixtures/servers/guard-server.mjs) or the real filesystem server on the other.
// npm test builds first; run `npm run build` before running this file alone.

const GUARD_SERVER = join(SERVERS, 'guard-server.mjs');
const work = mkdtempSync(join(tmpdir(), 'mcp-risk-guard-'));

const POLICY = {
  version: '1',
  default: 'deny',
  hide: ['delete_note'],
  tools: {
    echo: {},
    delete_note: {},
    run_query: { deny_if: [{ path: 'args.sql', op: 'regex', value: '(?i)\\b(drop|truncate)\\b' }] },
    transfer_funds: { approval: 'required' },
    limited: { limits: [{ counter: 'limited_rate', window: 'day', max: 2, scope: 'session' }] },
    'dotted.name': { deny_if: [{ path: 'args["item.action"]', op: 'in', value: ['delete'] }] },
    café: {},
    hang: {},
    crash: {},
    mutate: {},
    add_tool: {},
    extra: {},
    pid: {},
  },
};
const policyFile = join(work, 'policy.json');
writeFileSync(policyFile, JSON.stringify(POLICY));

interface Guarded {
  client: Client;
  stderr: () => string;
  close: () => Promise<void>;
}

const open: Guarded[] = [];
afterEach(async () => {
  for (const g of open.splice(0)) await g.close();
});

async function guard(
  flags: string[],
  options: {
    server?: string[];
    elicit?: 'accept' | 'decline' | 'cancel' | 'hang';
    env?: Record<string, string>;
  } = {},
): Promise<Guarded> {
  const server = options.server ?? [NODE, GUARD_SERVER];
  const transport = new StdioClientTransport({
    command: NODE,
    args: [BIN, 'guard', '--policy', policyFile, ...flags, '--', ...server],
    env: { ...getDefaultEnvironment(), ...options.env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const client = new Client(
    { name: 'guard-e2e', version: '1.0.0' },
    { capabilities: options.elicit ? { elicitation: {} } : {} },
  );
  if (options.elicit) {
    const action = options.elicit;
    client.setRequestHandler(ElicitRequestSchema, () =>
      action === 'hang' ? new Promise<never>(() => undefined) : { action },
    );
  }
  await client.connect(transport);
  const g = { client, stderr: () => stderr, close: () => client.close() };
  open.push(g);
  return g;
}

const call = async (g: Guarded, name: string, args?: Record<string, unknown>): Promise<CallToolResult> =>
  (await g.client.callTool({ name, ...(args === undefined ? {} : { arguments: args }) })) as CallToolResult;
const textOf = (r: CallToolResult): string =>
  r.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
const names = async (g: Guarded): Promise<string[]> =>
  (await g.client.listTools()).tools.map((t) => t.name).sort();
const rpcError = async (work: Promise<unknown>): Promise<McpError> => {
  try {
    await work;
  } catch (error) {
    if (error instanceof McpError) return error;
    throw error;
  }
  throw new Error('expected a JSON-RPC error');
};
const auditLines = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('mcp-risk guard: the policy', () => {
  it('lists only the tools the policy allows: hidden and unlisted tools are gone', async () => {
    const g = await guard([]);
    expect(await names(g)).toEqual(
      [
        'add_tool',
        'café',
        'crash',
        'dotted.name',
        'echo',
        'hang',
        'limited',
        'mutate',
        'pid',
        'run_query',
        'transfer_funds',
      ].sort(),
    );
    expect(g.stderr()).toMatch(/guarding guard-fixture: 11 of 13 tool\(s\)/);
  });

  it('allows, denies an unlisted tool, refuses a hidden one, each as a tool result with isError', async () => {
    const g = await guard([]);
    const ok = await call(g, 'echo', { text: 'hello' });
    expect(ok.isError).toBeFalsy();
    expect(textOf(ok)).toBe('hello');
    const unlisted = await call(g, 'not_listed');
    expect(unlisted.isError).toBe(true);
    expect(textOf(unlisted)).toMatch(/"not_listed" is not allowed by the policy \(default deny\)/);
    const hidden = await call(g, 'delete_note', { id: '1' });
    expect(hidden.isError).toBe(true);
    expect(textOf(hidden)).toMatch(/"delete_note" is hidden by the policy/);
  });

  it('names match exactly: case, trailing space, zero-width and NFD variants are other tools, denied', async () => {
    const g = await guard([]);
    for (const variant of ['Echo', 'echo ', 'e\u200bcho', 'cafe\u0301', 'ECHO', 'echo\n']) {
      const r = await call(g, variant, { text: 'x' });
      expect(r.isError, JSON.stringify(variant)).toBe(true);
      expect(textOf(r)).toMatch(/not allowed by the policy/);
    }
    expect((await call(g, 'café')).isError).toBeFalsy();
  });

  it('argument rules: a pattern, a value of the wrong type, a dotted key that is one literal key', async () => {
    const g = await guard([]);
    expect((await call(g, 'run_query', { sql: 'select 1' })).isError).toBeFalsy();
    const drop = await call(g, 'run_query', { sql: 'DROP TABLE notes' });
    expect(drop.isError).toBe(true);
    expect(textOf(drop)).toMatch(/args\.sql is refused by the policy \(regex\)/);
    const wrongType = await call(g, 'run_query', { sql: 42 });
    expect(wrongType.isError).toBe(true);
    expect(textOf(wrongType)).toMatch(/cannot be checked/);
    expect((await call(g, 'dotted.name', { 'item.action': 'delete' })).isError).toBe(true);
    // the nested key is a different argument: the rule is about the literal key "item.action"
    expect((await call(g, 'dotted.name', { item: { action: 'delete' } })).isError).toBeFalsy();
    expect((await call(g, 'dotted.name', { 'item.action': 'read' })).isError).toBeFalsy();
  });

  it('rate limits: counted in the proxy, the call past the limit is denied', async () => {
    const g = await guard([]);
    expect((await call(g, 'limited')).isError).toBeFalsy();
    expect((await call(g, 'limited')).isError).toBeFalsy();
    const third = await call(g, 'limited');
    expect(third.isError).toBe(true);
    expect(textOf(third)).toMatch(/rate limit reached: 2 calls per day/);
    // a denied call is not counted against another tool
    expect((await call(g, 'echo', { text: 'still fine' })).isError).toBeFalsy();
  });
});

describe('mcp-risk guard: approval through elicitation', () => {
  it('accepted: the call is forwarded', async () => {
    const g = await guard([], { elicit: 'accept' });
    const r = await call(g, 'transfer_funds', { amount: 5, to: 'bob' });
    expect(r.isError).toBeFalsy();
    expect(textOf(r)).toMatch(/^transfer_funds ok/);
  });

  it('declined or cancelled: denied', async () => {
    for (const answer of ['decline', 'cancel'] as const) {
      const g = await guard([], { elicit: answer });
      const r = await call(g, 'transfer_funds', { amount: 5, to: 'bob' });
      expect(r.isError).toBe(true);
      expect(textOf(r)).toMatch(answer === 'decline' ? /declined/ : /cancelled/);
    }
  });

  it('no answer within --approval-timeout: denied', async () => {
    const g = await guard(['--approval-timeout', '1'], { elicit: 'hang' });
    const r = await call(g, 'transfer_funds', { amount: 5, to: 'bob' });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/no answer to the approval .* within 1 s/);
  });

  it('a client without elicitation: denied with a message that says why', async () => {
    const g = await guard([]);
    const r = await call(g, 'transfer_funds', { amount: 5, to: 'bob' });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/needs approval, and this client cannot ask for it/);
  });
});

describe('mcp-risk guard: pinned definitions', () => {
  it('a lock file is written on first use; a changed definition is blocked until --update-lock', async () => {
    const lock = join(work, 'guard.lock.json');
    const first = await guard(['--lock', lock]);
    expect((await call(first, 'echo', { text: 'a' })).isError).toBeFalsy();
    await first.close();
    const written = JSON.parse(readFileSync(lock, 'utf8')) as {
      lockVersion: number;
      servers: { name: string; tools: { name: string; hash: string }[] }[];
    };
    expect(written.lockVersion).toBe(2);
    expect(written.servers.map((s) => s.name)).toEqual(['guard-fixture']);
    expect(written.servers[0]!.tools.find((t) => t.name === 'echo')!.hash).toMatch(/^sha256:/);

    const changed = await guard(['--lock', lock], { server: [NODE, GUARD_SERVER, '--variant', '2'] });
    expect(changed.stderr()).toMatch(
      /1 tool\(s\) differ from .* blocked until approved with --update-lock: echo/,
    );
    expect(await names(changed)).not.toContain('echo');
    const blocked = await call(changed, 'echo', { text: 'a' });
    expect(blocked.isError).toBe(true);
    expect(textOf(blocked)).toMatch(/definition of "echo" changed since it was approved/);
    await changed.close();

    const approved = await guard(['--lock', lock, '--update-lock'], {
      server: [NODE, GUARD_SERVER, '--variant', '2'],
    });
    expect((await call(approved, 'echo', { text: 'a' })).isError).toBeFalsy();
  });

  it('the classify --lock file is the same format: a lock written by classify pins the guard', async () => {
    const lock = join(work, 'classify.lock.json');
    const r = await runCli(['classify', '--lock', lock, '--', NODE, GUARD_SERVER, '--variant', '2']);
    expect(r.code).toBe(0);
    const g = await guard(['--lock', lock]);
    expect((await call(g, 'echo', { text: 'a' })).isError).toBe(true);
    expect((await call(g, 'run_query', { sql: 'select 1' })).isError).toBeFalsy();
  });

  it('list_changed: the guard refetches, blocks a changed definition, pins a new tool and tells the client', async () => {
    const g = await guard([]);
    let changes = 0;
    g.client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
      changes++;
    });
    expect((await call(g, 'echo', { text: 'a' })).isError).toBeFalsy();
    await call(g, 'mutate');
    expect(await waitUntil(() => changes >= 1)).toBe(true);
    expect(await names(g)).not.toContain('echo');
    const r = await call(g, 'echo', { text: 'a' });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/changed since it was approved/);
    expect(g.stderr()).toMatch(/the definition of "echo" changed/);

    await call(g, 'add_tool');
    expect(await waitUntil(() => changes >= 2)).toBe(true);
    expect(await names(g)).toContain('extra');
    expect((await call(g, 'extra')).isError).toBeFalsy();
  });
});

describe('mcp-risk guard: failures are clear JSON-RPC errors, never a hang', () => {
  it('malformed lines and requests: parse error, invalid request, invalid params', async () => {
    const child = spawn(NODE, [BIN, 'guard', '--policy', policyFile, '--', NODE, GUARD_SERVER], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const lines = [
      {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
      },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
    ].map((m) => JSON.stringify(m));
    lines.push('this is not json');
    lines.push(JSON.stringify({ id: 2, method: 'tools/list' }));
    lines.push(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 5 } }));
    lines.push(
      JSON.stringify({
        jsonrpc: '2.0',
        id: 4,
        method: 'tools/call',
        params: { name: 'echo', arguments: [1] },
      }),
    );
    lines.push(
      JSON.stringify({
        jsonrpc: '2.0',
        id: 5,
        method: 'tools/call',
        params: { name: 'echo', arguments: { text: 'ok' } },
      }),
    );
    child.stdin.end(`${lines.join('\n')}\n`);
    const code = await new Promise<number | null>((done) => child.once('close', (c) => done(c)));
    expect(code).toBe(0);
    const answers = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: { code: number; message: string } });
    const byId = (id: unknown) => answers.find((a) => a.id === id);
    expect(byId(null)?.error?.code).toBe(ErrorCode.ParseError);
    expect(byId(2)?.error?.code).toBe(ErrorCode.InvalidRequest);
    expect(byId(3)?.error).toEqual({
      code: ErrorCode.InvalidParams,
      message: 'tools/call: params.name must be a string',
    });
    expect(byId(4)?.error?.code).toBe(ErrorCode.InvalidParams);
    // the client closed stdin right after its last request: the answer still went out
    expect(byId(5)).toMatchObject({ result: { content: [{ type: 'text', text: 'ok' }] } });
  });

  it('oversized arguments: over --max-argument-bytes, and over the message cap', async () => {
    const g = await guard(['--max-argument-bytes', '1000']);
    const over = await rpcError(call(g, 'echo', { text: 'x'.repeat(5000) }));
    expect(over.code).toBe(ErrorCode.InvalidParams);
    expect(over.message).toMatch(/the arguments are 5011 bytes; the guard accepts at most 1000/);
    // far past the message cap (arguments + 64 KiB): refused while it streams in, answered by its id
    const huge = await rpcError(call(g, 'echo', { text: 'x'.repeat(2_000_000) }));
    expect(huge.code).toBe(ErrorCode.InvalidParams);
    expect(huge.message).toMatch(/the message is \d+ bytes; the guard accepts at most 66536/);
    expect((await call(g, 'echo', { text: 'after' })).isError).toBeFalsy();
  });

  it('a hung upstream: the call is cancelled after --call-timeout and answered with a timeout error', async () => {
    const g = await guard(['--call-timeout', '1']);
    const t0 = Date.now();
    const e = await rpcError(call(g, 'hang'));
    expect(e.code).toBe(ErrorCode.RequestTimeout);
    expect(e.message).toMatch(/did not answer within 1 s; the call was cancelled/);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect((await call(g, 'echo', { text: 'after' })).isError).toBeFalsy();
  });

  it('a crashing upstream: the pending call and every later one get a connection error with the exit', async () => {
    const g = await guard([]);
    const e = await rpcError(call(g, 'crash'));
    expect(e.code).toBe(ErrorCode.ConnectionClosed);
    expect(e.message).toMatch(
      /stopped during the call: the server exited with code 3: guard-fixture: crashing on purpose/,
    );
    const later = await rpcError(call(g, 'echo', { text: 'a' }));
    expect(later.message).toMatch(/not running/);
    const list = await rpcError(g.client.listTools());
    expect(list.message).toMatch(/not running/);
    expect(g.stderr()).not.toMatch(/\n\s+at /);
  });

  it('an upstream that cannot start: exit 4 with one line on stderr', async () => {
    const r = await runCli(['guard', '--policy', policyFile, '--', join(work, 'no-such-server')]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^mcp-risk: .*command not found/);
    expect(r.stdout).toBe('');
  });

  it('a policy that is not a native policy: exit 2', async () => {
    const bad = join(work, 'bad-policy.json');
    writeFileSync(bad, JSON.stringify({ version: '1', tools: { x: { allow: true } } }));
    const r = await runCli(['guard', '--policy', bad, '--', NODE, GUARD_SERVER]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a native mcp-risk policy/);
  });
});

describe('mcp-risk guard: the upstream process and the audit log', () => {
  it('the upstream gets the allow-listed environment plus --env, and its process group ends with the guard', async () => {
    const g = await guard(['--env', 'GIVEN=1', '--pass-env', 'MCP_RISK_PASSED'], {
      env: { MCP_RISK_TEST_SECRET: 'do-not-pass', MCP_RISK_PASSED: 'named' },
    });
    const { pid, env } = JSON.parse(textOf(await call(g, 'pid'))) as { pid: number; env: string[] };
    expect(env).toContain('GIVEN');
    expect(env).toContain('MCP_RISK_PASSED');
    expect(env).toContain('PATH');
    expect(env).not.toContain('MCP_RISK_TEST_SECRET');
    expect(isRunning(pid)).toBe(true);
    await g.close();
    expect(await waitUntil(() => !isRunning(pid), 5000)).toBe(true);
  });

  it('one JSON line per call with time, tool, decision, reason, duration, and no argument values', async () => {
    const audit = join(work, 'audit.jsonl');
    const g = await guard(['--audit', audit]);
    await call(g, 'echo', { text: 'secret-value-1234' });
    await call(g, 'run_query', { sql: 'drop table secret_table_5678' });
    await call(g, 'not_listed');
    await call(g, 'delete_note', { id: 'x' });
    await g.close();
    expect(existsSync(audit)).toBe(true);
    const raw = readFileSync(audit, 'utf8');
    expect(raw).not.toMatch(/secret-value-1234|secret_table_5678/);
    const lines = auditLines(audit);
    expect(lines.map((l) => [l.tool, l.decision, l.outcome])).toEqual([
      ['echo', 'allow', 'ok'],
      ['run_query', 'deny', 'denied'],
      ['not_listed', 'deny', 'denied'],
      ['delete_note', 'hide', 'denied'],
    ]);
    for (const l of lines) {
      expect(Date.parse(l.time as string)).not.toBeNaN();
      expect(typeof l.reason).toBe('string');
      expect(typeof l.durationMs).toBe('number');
    }
    const args = lines[0]!.args as { sha256: string; bytes: number };
    expect(args.sha256).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(args.bytes).toBe(28);
  });
});

describe('mcp-risk guard in front of a real npm server (@modelcontextprotocol/server-filesystem)', () => {
  it('the policy classify writes for it is enforced: reads allowed, unlisted and hidden tools refused', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mcp-risk-guard-fs-'));
    writeFileSync(join(root, 'hello.txt'), 'hello from the filesystem');
    const policy = join(work, 'filesystem.policy.json');
    const r = await runCli(['classify', '--policy', policy, '--', FILESYSTEM_BIN, root]);
    expect(r.code).toBe(0);
    const native = JSON.parse(readFileSync(policy, 'utf8')) as {
      hide?: string[];
      tools: Record<string, unknown>;
    };
    const transport = new StdioClientTransport({
      command: NODE,
      args: [BIN, 'guard', '--policy', policy, '--', FILESYSTEM_BIN, root],
      stderr: 'pipe',
    });
    const client = new Client({ name: 'guard-e2e', version: '1.0.0' });
    await client.connect(transport);
    open.push({ client, stderr: () => '', close: () => client.close() });
    const listed = (await client.listTools()).tools.map((t) => t.name);
    expect(listed).toContain('read_text_file');
    for (const name of listed) expect(Object.keys(native.tools)).toContain(name);
    for (const name of native.hide ?? []) expect(listed).not.toContain(name);
    const read = (await client.callTool({
      name: 'read_text_file',
      arguments: { path: join(root, 'hello.txt') },
    })) as CallToolResult;
    expect(read.isError).toBeFalsy();
    expect(textOf(read)).toBe('hello from the filesystem');
    const variant = (await client.callTool({ name: 'Read_Text_File', arguments: {} })) as CallToolResult;
    expect(variant.isError).toBe(true);
    // the balanced profile hides the destructive write_file (a hidden tool is refused, not forwarded)
    expect(native.hide ?? []).toContain('write_file');
    expect(listed).not.toContain('write_file');
    const hidden = (await client.callTool({
      name: 'write_file',
      arguments: { path: join(root, 'hello.txt'), content: 'overwritten' },
    })) as CallToolResult;
    expect(hidden.isError).toBe(true);
    expect(textOf(hidden)).toMatch(/hidden by the policy/);
    expect(readFileSync(join(root, 'hello.txt'), 'utf8')).toBe('hello from the filesystem');
  });
});

describe('mcp-risk guard --url: a Streamable HTTP upstream', () => {
  it('filters and decides as for stdio', async () => {
    const http = await startHttpNotes(['--http']);
    try {
      const policy = join(work, 'notes.policy.json');
      writeFileSync(
        policy,
        JSON.stringify({ version: '1', default: 'deny', hide: ['delete_note'], tools: { list_notes: {} } }),
      );
      const transport = new StdioClientTransport({
        command: NODE,
        args: [BIN, 'guard', '--policy', policy, '--url', http.url],
        stderr: 'pipe',
      });
      const client = new Client({ name: 'guard-e2e', version: '1.0.0' });
      await client.connect(transport);
      open.push({ client, stderr: () => '', close: () => client.close() });
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['list_notes']);
      const ok = (await client.callTool({ name: 'list_notes', arguments: {} })) as CallToolResult;
      expect(textOf(ok)).toBe('[]');
      const hidden = (await client.callTool({
        name: 'delete_note',
        arguments: { id: '1' },
      })) as CallToolResult;
      expect(hidden.isError).toBe(true);
      await client.close();
    } finally {
      await http.stop();
    }
  });
});
