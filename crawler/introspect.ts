import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import * as z from 'zod';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode as RpcErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import {
  McpRiskError,
  ServerSnapshotSchema,
  addToolPage,
  emptyToolList,
  isMcpRiskError,
  type CrawlStatus,
  type HttpTarget,
  type ServerSnapshot,
  type ServerTarget,
  type StdioTarget,
} from '../core/index.js';
import { GuardedTransport } from './guard.js';
import { DEFAULT_HTTP_LIMITS, boundedFetch, type HttpLimits, type HttpObservations } from './http-fetch.js';
import {
  ChildProcessTransport,
  DEFAULT_STDIO_LIMITS,
  type SpawnSpec,
  type StdioLimits,
  type TransportFault,
} from './stdio-transport.js';

export interface Deadlines {
  /** Until the process is running (stdio only). */
  spawnMs: number;
  /** Until the server answers `initialize` (for HTTP: includes connecting). */
  initializeMs: number;
  /** For all `tools/list` pages together. */
  listMs: number;
  /** For the whole introspection, clean-up excluded. */
  totalMs: number;
}

export const DEFAULT_DEADLINES: Deadlines = {
  spawnMs: 10_000,
  initializeMs: 30_000,
  listMs: 30_000,
  totalMs: 60_000,
};

export interface IntrospectLimits extends StdioLimits, HttpLimits {
  maxTools: number;
  maxPages: number;
  maxNotifications: number;
}

export const DEFAULT_INTROSPECT_LIMITS: IntrospectLimits = {
  ...DEFAULT_STDIO_LIMITS,
  ...DEFAULT_HTTP_LIMITS,
  maxTools: 1000,
  maxPages: 50,
  maxNotifications: 500,
};

export type IntrospectPhase = 'spawn' | 'connect' | 'initialize' | 'list' | 'close';

export interface IntrospectOptions {
  /** Rewrites what is spawned (the crawler's bubblewrap sandbox). Applied after the environment is filtered. */
  wrap?: (spec: SpawnSpec) => SpawnSpec;
  deadlines?: Partial<Deadlines>;
  limits?: Partial<IntrospectLimits>;
  /** Aborting it stops the introspection, kills the server and rejects with code `interrupted`. */
  signal?: AbortSignal;
  onProgress?: (phase: IntrospectPhase, message: string) => void;
  /** Where the allow-listed variables come from; defaults to process.env. */
  hostEnv?: Record<string, string | undefined>;
  /** Refuse loopback, private, link-local and metadata addresses (the public crawl); off for a user's own server. */
  blockPrivateAddresses?: boolean;
  clientInfo?: { name: string; version: string };
}

/** Variables a child may inherit from us; everything else must be passed explicitly (`--env`). */
export const ENV_ALLOW_LIST: readonly string[] = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'TERM',
  // Windows needs these to start anything at all.
  'SYSTEMROOT',
  'SystemRoot',
  'COMSPEC',
  'PATHEXT',
  'WINDIR',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
];

export function childEnvironment(
  explicit: Record<string, string>,
  hostEnv: Record<string, string | undefined> = process.env,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ENV_ALLOW_LIST) {
    const value = hostEnv[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...explicit };
}

class PhaseTimeout extends Error {
  constructor(
    readonly phase: IntrospectPhase,
    readonly ms: number,
  ) {
    super(`${phase} timed out after ${ms} ms`);
  }
}

class Interrupted extends Error {}

const NEEDS_CONFIG =
  /\b(api[ _-]?key|access[ _-]?token|auth[ _-]?token|token|credentials?|secret|environment variable|env(ironment)? var)\b[^\n]{0,80}\b(required|missing|not (set|found|provided|configured)|must be (set|provided)|is undefined|undefined)\b|\b(missing|required|please set|set the|no)\b[^\n]{0,40}\b[A-Z][A-Z0-9]*_(API_KEY|KEY|TOKEN|SECRET|PAT)\b/i;

const PRIVATE_V4 = [
  /^0\./,
  /^10\./,
  /^127\./,
  /^169\.254\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^192\.168\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
];

export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) return PRIVATE_V4.some((re) => re.test(v4));
  const v6 = address.toLowerCase();
  return (
    v6 === '::1' ||
    v6 === '::' ||
    v6.startsWith('fc') ||
    v6.startsWith('fd') ||
    v6.startsWith('fe80') ||
    v6.startsWith('fec0')
  );
}

/** Anything the server sends in a tools/list result beyond the list is accepted; entries are checked one by one. */
const PermissiveListResultSchema = z.looseObject({
  tools: z.array(z.unknown()),
  nextCursor: z.string().optional(),
});

interface Run {
  status: CrawlStatus;
  detail: string | null;
  transport: ServerSnapshot['transport'];
  client: Client | undefined;
  guard: GuardedTransport | undefined;
  stdio: ChildProcessTransport | undefined;
  http: HttpObservations | undefined;
  acc: ReturnType<typeof emptyToolList>;
  pages: number;
  durations: ServerSnapshot['durations'];
}

/**
 * Connects to one server, runs `initialize` and every `tools/list` page within deadlines and size
 * limits, and returns a validated snapshot. Server misbehaviour is a status in the snapshot, never
 * an exception; only interruption (`signal`) and our own bugs throw. The server is always stopped
 * (its whole process group) before this returns.
 */
export async function introspect(
  target: ServerTarget,
  options: IntrospectOptions = {},
): Promise<ServerSnapshot> {
  const deadlines = { ...DEFAULT_DEADLINES, ...options.deadlines };
  const limits = { ...DEFAULT_INTROSPECT_LIMITS, ...options.limits };
  const progress = options.onProgress ?? (() => undefined);
  const started = performance.now();
  const absolute = started + deadlines.totalMs;
  const internal = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, internal.signal]) : internal.signal;
  const run: Run = {
    status: 'ok',
    detail: null,
    transport: target.type === 'stdio' ? 'stdio' : target.transport === 'sse' ? 'sse' : 'streamable-http',
    client: undefined,
    guard: undefined,
    stdio: undefined,
    http: undefined,
    acc: emptyToolList(),
    pages: 0,
    durations: { spawnMs: null, initializeMs: null, listMs: null, totalMs: 0 },
  };

  /** Races one phase against its deadline, the absolute deadline and the caller's signal. */
  const phase = async <T>(name: IntrospectPhase, ms: number, work: Promise<T>): Promise<T> => {
    const budget = Math.max(0, Math.min(ms, absolute - performance.now()));
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    try {
      return await Promise.race([
        work,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new PhaseTimeout(name, Math.round(budget))), budget);
        }),
        new Promise<never>((_, reject) => {
          onAbort = () => reject(new Interrupted('interrupted'));
          if (options.signal?.aborted) onAbort();
          else options.signal?.addEventListener('abort', onAbort, { once: true });
        }),
      ]);
    } finally {
      clearTimeout(timer);
      if (onAbort) options.signal?.removeEventListener('abort', onAbort);
      work.catch(() => undefined);
    }
  };

  try {
    if (target.type === 'stdio') await connectStdio(target, run, phase, options, deadlines, limits, progress);
    else await connectHttp(target, run, phase, options, deadlines, limits, signal, progress);
    await listTools(run, phase, deadlines, limits, signal, progress);
  } catch (error) {
    if (error instanceof Interrupted || (options.signal?.aborted ?? false)) {
      await shutdown(run, progress);
      throw new McpRiskError('interrupted', 'interrupted', { cause: error });
    }
    const [status, detail] = failure(error, run);
    run.status = status;
    run.detail = detail;
  } finally {
    internal.abort();
  }
  await shutdown(run, progress);
  run.durations.totalMs = Math.round(performance.now() - started);

  const client = run.client;
  const serverInfo = client?.getServerVersion() ?? null;
  return ServerSnapshotSchema.parse({
    status: run.status,
    statusDetail: run.detail,
    serverInfo,
    protocolVersion: run.guard?.protocolVersion ?? null,
    capabilities: (client?.getServerCapabilities() as Record<string, unknown> | undefined) ?? null,
    instructions: client?.getInstructions() ?? null,
    transport: run.transport,
    tools: run.acc.tools,
    invalidTools: run.acc.invalidTools,
    totalOffered: run.acc.totalOffered,
    truncated: run.acc.truncated,
    pages: run.pages,
    stderrTail: run.stdio?.stderr() ?? '',
    durations: run.durations,
  });
}

type PhaseFn = <T>(name: IntrospectPhase, ms: number, work: Promise<T>) => Promise<T>;

const newClient = (options: IntrospectOptions): Client =>
  new Client(options.clientInfo ?? { name: 'mcp-risk', version: '0.1.0' }, { capabilities: {} });

async function connectStdio(
  target: StdioTarget,
  run: Run,
  phase: PhaseFn,
  options: IntrospectOptions,
  deadlines: Deadlines,
  limits: IntrospectLimits,
  progress: (phase: IntrospectPhase, message: string) => void,
): Promise<void> {
  let spec: SpawnSpec = {
    command: target.command,
    args: [...target.args],
    env: childEnvironment(target.env, options.hostEnv),
    cwd: target.cwd,
  };
  if (options.wrap) spec = options.wrap(spec);
  progress('spawn', `starting ${target.command}`);
  const stdio = new ChildProcessTransport(spec, limits);
  run.stdio = stdio;
  const t0 = performance.now();
  await phase('spawn', deadlines.spawnMs, stdio.start());
  run.durations.spawnMs = Math.round(performance.now() - t0);
  run.guard = new GuardedTransport(stdio, limits, true);
  run.client = newClient(options);
  progress('initialize', 'initializing');
  const t1 = performance.now();
  await phase(
    'initialize',
    deadlines.initializeMs,
    run.client.connect(run.guard, { timeout: deadlines.initializeMs + 5_000 }),
  );
  run.durations.initializeMs = Math.round(performance.now() - t1);
}

async function checkAddress(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  const blocked = addresses.find(isPrivateAddress);
  if (blocked !== undefined || host === 'localhost' || host === 'metadata.google.internal') {
    throw new McpRiskError(
      'blocked_target',
      `refused ${url.host}: it resolves to a loopback, private or link-local address`,
    );
  }
}

async function connectHttp(
  target: HttpTarget,
  run: Run,
  phase: PhaseFn,
  options: IntrospectOptions,
  deadlines: Deadlines,
  limits: IntrospectLimits,
  signal: AbortSignal,
  progress: (phase: IntrospectPhase, message: string) => void,
): Promise<void> {
  const url = new URL(target.url);
  if (options.blockPrivateAddresses) await phase('connect', deadlines.initializeMs, checkAddress(url));
  const kinds: ('streamable-http' | 'sse')[] =
    target.transport === 'auto' ? ['streamable-http', 'sse'] : [target.transport];
  const t1 = performance.now();
  for (const [i, kind] of kinds.entries()) {
    const { fetch, seen } = boundedFetch(limits, signal);
    run.http = seen;
    run.transport = kind;
    const requestInit: RequestInit = { headers: target.headers };
    const transport: Transport =
      kind === 'sse'
        ? new SSEClientTransport(url, { requestInit, fetch, eventSourceInit: { fetch } })
        : new StreamableHTTPClientTransport(url, {
            requestInit,
            fetch,
            reconnectionOptions: {
              maxRetries: 0,
              initialReconnectionDelay: 1000,
              maxReconnectionDelay: 1000,
              reconnectionDelayGrowFactor: 1,
            },
          });
    run.guard = new GuardedTransport(transport, limits);
    run.client = newClient(options);
    progress('initialize', `connecting to ${url.origin} (${kind})`);
    try {
      await phase(
        'initialize',
        deadlines.initializeMs,
        run.client.connect(run.guard, { timeout: deadlines.initializeMs + 5_000 }),
      );
      run.durations.initializeMs = Math.round(performance.now() - t1);
      return;
    } catch (error) {
      const last = i === kinds.length - 1;
      if (last || seen.authChallenge || seen.fault || run.guard.fault || !fallbackWorthy(error, seen))
        throw error;
      progress('connect', `Streamable HTTP failed (${errorText(error)}); trying SSE`);
      await run.client.close().catch(() => undefined);
    }
  }
}

/** Streamable HTTP answered, but not as Streamable HTTP: an old SSE-only server (spec "backwards compatibility"). */
function fallbackWorthy(error: unknown, seen: HttpObservations): boolean {
  if (error instanceof PhaseTimeout || error instanceof Interrupted) return false;
  return seen.lastStatus !== undefined && seen.lastStatus >= 400 && seen.lastStatus < 500;
}

async function listTools(
  run: Run,
  phase: PhaseFn,
  deadlines: Deadlines,
  limits: IntrospectLimits,
  signal: AbortSignal,
  progress: (phase: IntrospectPhase, message: string) => void,
): Promise<void> {
  const client = run.client!;
  const t0 = performance.now();
  const listBudgetEnd = t0 + deadlines.listMs;
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  progress('list', 'listing tools');
  try {
    for (;;) {
      if (run.pages >= limits.maxPages) {
        run.acc.truncated = true;
        break;
      }
      const remaining = Math.max(0, listBudgetEnd - performance.now());
      let page: z.infer<typeof PermissiveListResultSchema>;
      try {
        page = await phase(
          'list',
          remaining,
          client.request(
            { method: 'tools/list', params: cursor === undefined ? {} : { cursor } },
            PermissiveListResultSchema,
            {
              timeout: deadlines.listMs + 5_000,
              signal,
            },
          ),
        );
      } catch (error) {
        if (
          run.pages === 0 &&
          error instanceof McpError &&
          error.code === Number(RpcErrorCode.MethodNotFound) &&
          !client.getServerCapabilities()?.tools
        ) {
          run.detail = 'the server declares no tools capability';
          return;
        }
        throw error;
      }
      run.pages++;
      addToolPage(run.acc, page.tools, limits.maxTools);
      if (run.pages > 1 || page.nextCursor)
        progress('list', `page ${run.pages}: ${run.acc.totalOffered} tools so far`);
      const next = page.nextCursor;
      if (next === undefined || next === '') break;
      if (run.acc.tools.length + run.acc.invalidTools.length >= limits.maxTools || seenCursors.has(next)) {
        run.acc.truncated = true;
        break;
      }
      seenCursors.add(next);
      cursor = next;
    }
  } finally {
    run.durations.listMs = Math.round(performance.now() - t0);
  }
}

async function shutdown(
  run: Run,
  progress: (phase: IntrospectPhase, message: string) => void,
): Promise<void> {
  progress('close', 'stopping the server');
  try {
    if (run.client) await run.client.close();
    else if (run.stdio) await run.stdio.close();
  } catch {
    // Closing a broken connection may fail; the process group is killed by the transport either way.
  }
  if (run.stdio) await run.stdio.close();
}

const errorText = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

function faultOf(run: Run): TransportFault | undefined {
  return run.stdio?.fault ?? run.guard?.fault ?? run.http?.fault;
}

/** Maps whatever went wrong to a HOSTILE.md status and one line of detail. */
function failure(error: unknown, run: Run): [CrawlStatus, string] {
  const fault = faultOf(run);
  if (fault) return [fault.code, fault.message];
  if (run.http?.authChallenge) {
    const { status, wwwAuthenticate } = run.http.authChallenge;
    const scheme = wwwAuthenticate ? ` (${wwwAuthenticate.split(/[ ,]/)[0]})` : '';
    return [
      'auth_required',
      `the server answered HTTP ${status}${scheme}: it needs credentials (pass them with --header)`,
    ];
  }
  if (error instanceof PhaseTimeout) {
    const what =
      error.phase === 'initialize'
        ? 'no answer to initialize'
        : error.phase === 'list'
          ? 'tools/list did not finish'
          : `${error.phase} did not finish`;
    return ['timeout', `${what} within ${error.ms} ms`];
  }
  if (isMcpRiskError(error)) {
    const status: CrawlStatus = [
      'startup_failed',
      'needs_config',
      'protocol_error',
      'resource_limit',
      'blocked_target',
      'auth_required',
      'timeout',
    ].includes(error.code)
      ? (error.code as CrawlStatus)
      : 'startup_failed';
    return [status, error.message];
  }
  const stdio = run.stdio;
  if (stdio?.exit || (error instanceof McpError && error.code === Number(RpcErrorCode.ConnectionClosed))) {
    const stderr = stdio?.stderr() ?? '';
    const exit = stdio?.exit;
    const how = exit
      ? exit.signal
        ? `was killed by ${exit.signal}`
        : `exited with code ${exit.code}`
      : 'closed the connection';
    const lastLine = stderr.trim().split('\n').pop()?.slice(0, 200) ?? '';
    const suffix = lastLine ? `: ${lastLine}` : '';
    if (NEEDS_CONFIG.test(stderr))
      return ['needs_config', `the server ${how} asking for configuration${suffix}`];
    const when = run.client?.getServerVersion() ? 'while listing tools' : 'before answering initialize';
    return ['startup_failed', `the server ${how} ${when}${suffix}`];
  }
  const network = networkErrorCode(error);
  if (network !== undefined) return ['startup_failed', `cannot connect: ${network}`];
  if (error instanceof TypeError && error.message === 'fetch failed') {
    return ['startup_failed', `cannot connect: ${errorText(error.cause ?? error)}`];
  }
  if (run.http?.lastStatus !== undefined && run.http.lastStatus >= 400) {
    return ['protocol_error', `the server answered HTTP ${run.http.lastStatus}: ${errorText(error)}`];
  }
  if (error instanceof McpError && error.code === Number(RpcErrorCode.RequestTimeout))
    return ['timeout', errorText(error)];
  return ['protocol_error', errorText(error)];
}

const NETWORK_CODES =
  /^(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EAI_AGAIN|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_SOCKET)$/;

/** The errno-style code of a connection failure anywhere in the cause chain (undici nests it). */
function networkErrorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_CODES.test(code)) return code;
  for (const inner of (error as { errors?: unknown[] }).errors ?? []) {
    const found = networkErrorCode(inner, depth + 1);
    if (found) return found;
  }
  return networkErrorCode((error as { cause?: unknown }).cause, depth + 1);
}
