import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspect } from '../../crawler/index.js';
import { closedPort, startHttpNotes, type HttpFixture } from '../fixtures/servers/harness.js';

const fast = { deadlines: { initializeMs: 5_000, listMs: 5_000, totalMs: 15_000 } };
const NAMES = ['list_notes', 'create_note', 'delete_note', 'run_query', 'email_note'];

describe('introspect over HTTP (fixture servers on 127.0.0.1)', () => {
  let streamable: HttpFixture;
  let sse: HttpFixture;
  let guarded: HttpFixture;
  beforeAll(async () => {
    [streamable, sse, guarded] = await Promise.all([
      startHttpNotes(['--http']),
      startHttpNotes(['--sse']),
      startHttpNotes(['--http', '--token', 's3cret']),
    ]);
  });
  afterAll(async () => {
    await Promise.all([streamable?.stop(), sse?.stop(), guarded?.stop()]);
  });

  it('Streamable HTTP', async () => {
    const s = await introspect({ type: 'http', url: streamable.url, headers: {}, transport: 'auto' }, fast);
    expect(s.status).toBe('ok');
    expect(s.transport).toBe('streamable-http');
    expect(s.serverInfo?.name).toBe('notes-fixture');
    expect(s.instructions).toBe('A notes service used by the mcp-risk tests.');
    expect(s.tools.map((t) => t.tool.name)).toEqual(NAMES);
  });

  it('falls back to SSE for an SSE-only server', async () => {
    const phases: string[] = [];
    const s = await introspect(
      { type: 'http', url: sse.url, headers: {}, transport: 'auto' },
      { ...fast, onProgress: (_p, m) => phases.push(m) },
    );
    expect(s.status).toBe('ok');
    expect(s.transport).toBe('sse');
    expect(s.tools.map((t) => t.tool.name)).toEqual(NAMES);
    expect(phases.some((m) => /trying SSE/.test(m))).toBe(true);
  });

  it('uses SSE directly when asked', async () => {
    const s = await introspect({ type: 'http', url: sse.url, headers: {}, transport: 'sse' }, fast);
    expect(s.status).toBe('ok');
    expect(s.transport).toBe('sse');
  });

  it('401 -> auth_required, without falling back or opening anything', async () => {
    const s = await introspect({ type: 'http', url: guarded.url, headers: {}, transport: 'auto' }, fast);
    expect(s.status).toBe('auth_required');
    expect(s.statusDetail).toMatch(/HTTP 401 \(Bearer\)/);
    expect(s.transport).toBe('streamable-http');
  });

  it('sends --header values', async () => {
    const s = await introspect(
      { type: 'http', url: guarded.url, headers: { Authorization: 'Bearer s3cret' }, transport: 'auto' },
      fast,
    );
    expect(s.status).toBe('ok');
    expect(s.tools).toHaveLength(5);
  });

  it('a refused connection is startup_failed', async () => {
    const port = await closedPort();
    const s = await introspect(
      { type: 'http', url: `http://127.0.0.1:${port}/mcp`, headers: {}, transport: 'auto' },
      fast,
    );
    expect(s.status).toBe('startup_failed');
    expect(s.statusDetail).toMatch(/cannot connect: ECONNREFUSED/);
  });

  it('the public crawl refuses loopback before connecting', async () => {
    const s = await introspect(
      { type: 'http', url: streamable.url, headers: {}, transport: 'auto' },
      { ...fast, blockPrivateAddresses: true },
    );
    expect(s.status).toBe('blocked_target');
  });
});

describe('introspect over HTTP: response size caps', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Answers every POST with an endless JSON body (never a valid message).
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      req.on('close', () => res.destroy());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/mcp`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('an endless body stops at the cap with protocol_error', async () => {
    const s = await introspect(
      { type: 'http', url, headers: {}, transport: 'streamable-http' },
      { ...fast, limits: { maxResponseBytes: 1024 * 1024 } },
    );
    expect(s.status).toBe('protocol_error');
    expect(s.statusDetail).toMatch(/exceeded 1048576 bytes/);
  });
});
