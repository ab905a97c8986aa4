import { basename } from 'node:path';
import * as z from 'zod';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import {
  McpRiskError,
  addToolPage,
  emptyToolList,
  type HttpTarget,
  type StdioTarget,
  type ToolListAccumulator,
} from '../core/index.js';
import { GuardedTransport } from './guard.js';
import { DEFAULT_HTTP_LIMITS, boundedFetch, type HttpObservations } from './http-fetch.js';
import { childEnvironment } from './introspect.js';
import { ChildProcessTransport, DEFAULT_STDIO_LIMITS, type StdioLimits } from './stdio-transport.js';

/**
 * A long-lived connection to one upstream server, for the guard (guard/). It is started exactly as
 * `classify` starts a server (crawler/introspect.ts): the same environment allow-list
 * (`childEnvironment`), the same own-process-group transport with byte caps, the same response-id
 * checks (`GuardedTransport`), the same bounded fetch for HTTP. What differs is that it stays open:
 * there is no per-session byte or notification budget (a proxy may run for days), only the cap on
 * one message.
 */
export interface Upstream {
  client: Client;
  /** the server's own name and version from initialize */
  serverInfo: { name: string; version: string; title?: string };
  instructions: string | undefined;
  /** `--name`, else the server's own name, else the command's basename: the key `classify --lock` uses */
  lockName: string;
  /** false once the connection is gone (exit, crash, fault, closed) */
  readonly alive: boolean;
  /** one line: why the connection is gone (exit code, signal, fault, last stderr line) */
  failure(): string;
  /** every tools/list page, validated entry by entry (core/server.ts addToolPage), within a deadline */
  listTools(timeoutMs: number): Promise<ToolListAccumulator>;
  close(): Promise<void>;
}

export interface UpstreamOptions {
  /** from `--name`: the server's name in the lock file */
  name?: string;
  hostEnv?: Record<string, string | undefined>;
  spawnMs: number;
  initializeMs: number;
  clientInfo: { name: string; version: string };
  /** called (not awaited) when the server sends notifications/tools/list_changed */
  onToolListChanged?: () => void;
  /** called once when the connection is gone */
  onClose?: () => void;
  /** one message from the server; longer ones are a protocol fault that closes the connection */
  maxMessageBytes?: number;
  maxTools?: number;
  maxPages?: number;
}

const PermissiveListResultSchema = z.looseObject({
  tools: z.array(z.unknown()),
  nextCursor: z.string().optional(),
});

const lastLine = (text: string): string => text.trim().split('\n').pop()?.slice(0, 200) ?? '';

const errorLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

/** Races a promise against a deadline; the error names what did not finish. */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new McpRiskError('timeout', `${what} did not finish within ${ms} ms`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
  }
}

export async function openUpstream(
  target: StdioTarget | HttpTarget,
  options: UpstreamOptions,
): Promise<Upstream> {
  let alive = true;
  let stdio: ChildProcessTransport | undefined;
  let http: HttpObservations | undefined;
  let guard: GuardedTransport;
  const internal = new AbortController();
  if (target.type === 'stdio') {
    const limits: StdioLimits = {
      ...DEFAULT_STDIO_LIMITS,
      maxMessageBytes: options.maxMessageBytes ?? DEFAULT_STDIO_LIMITS.maxMessageBytes,
      // a proxy lives as long as its client: no budget for the whole session, only per message
      maxSessionBytes: Number.MAX_SAFE_INTEGER,
      maxNonJsonLines: 1000,
    };
    stdio = new ChildProcessTransport(
      {
        command: target.command,
        args: [...target.args],
        env: childEnvironment(target.env, options.hostEnv),
        cwd: target.cwd,
      },
      limits,
    );
    await within(options.spawnMs, `starting ${target.command}`, stdio.start());
    guard = new GuardedTransport(stdio, { maxNotifications: Number.MAX_SAFE_INTEGER }, true);
  } else {
    const bounded = boundedFetch(
      {
        maxResponseBytes: options.maxMessageBytes ?? DEFAULT_HTTP_LIMITS.maxResponseBytes,
        maxSessionBytes: Number.MAX_SAFE_INTEGER,
      },
      internal.signal,
    );
    http = bounded.seen;
    const transport = new StreamableHTTPClientTransport(new URL(target.url), {
      requestInit: { headers: target.headers },
      fetch: bounded.fetch,
      reconnectionOptions: {
        maxRetries: 2,
        initialReconnectionDelay: 1000,
        maxReconnectionDelay: 5000,
        reconnectionDelayGrowFactor: 2,
      },
    });
    guard = new GuardedTransport(transport, { maxNotifications: Number.MAX_SAFE_INTEGER });
  }

  const client = new Client(options.clientInfo, { capabilities: {} });
  if (options.onToolListChanged) {
    const onChanged = options.onToolListChanged;
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => onChanged());
  }
  let closeReported = false;
  client.onclose = () => {
    alive = false;
    internal.abort();
    if (!closeReported) {
      closeReported = true;
      options.onClose?.();
    }
  };

  const failure = (): string => {
    const fault = stdio?.fault ?? guard.fault ?? http?.fault;
    if (fault) return fault.message;
    if (http?.authChallenge)
      return `the server answered HTTP ${http.authChallenge.status}: it needs credentials (pass them with --header)`;
    const exit = stdio?.exit;
    if (exit) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      const line = lastLine(stdio!.stderr());
      return `the server ${how}${line ? `: ${line}` : ''}`;
    }
    if (http?.lastStatus !== undefined && http.lastStatus >= 400)
      return `the server answered HTTP ${http.lastStatus}`;
    return 'the connection to the server closed';
  };

  try {
    await within(
      options.initializeMs,
      'initialize',
      client.connect(guard, { timeout: options.initializeMs + 5_000 }),
    );
  } catch (error) {
    const why = alive ? errorLine(error) : failure();
    await client.close().catch(() => undefined);
    if (stdio) await stdio.close();
    const code =
      error instanceof McpRiskError && error.code === 'timeout'
        ? 'timeout'
        : http?.authChallenge
          ? 'auth_required'
          : 'startup_failed';
    throw new McpRiskError(code, `the upstream server did not start: ${why}`, { cause: error });
  }

  const info = client.getServerVersion();
  const serverInfo = {
    name: info?.name ?? '',
    version: info?.version ?? '',
    ...(info?.title === undefined ? {} : { title: info.title }),
  };
  const maxTools = options.maxTools ?? 1000;
  const maxPages = options.maxPages ?? 50;

  return {
    client,
    serverInfo,
    instructions: client.getInstructions(),
    lockName:
      options.name ??
      (serverInfo.name || (target.type === 'stdio' ? basename(target.command) : new URL(target.url).host)),
    get alive() {
      return alive;
    },
    failure,
    async listTools(timeoutMs) {
      const acc = emptyToolList();
      const end = performance.now() + timeoutMs;
      const seen = new Set<string>();
      let cursor: string | undefined;
      for (let page = 0; page < maxPages; page++) {
        const remaining = Math.max(1, end - performance.now());
        const result = await client.request(
          { method: 'tools/list', params: cursor === undefined ? {} : { cursor } },
          PermissiveListResultSchema,
          { timeout: remaining },
        );
        addToolPage(acc, result.tools, maxTools);
        const next = result.nextCursor;
        if (next === undefined || next === '') return acc;
        if (seen.has(next) || acc.tools.length + acc.invalidTools.length >= maxTools) break;
        seen.add(next);
        cursor = next;
      }
      acc.truncated = true;
      return acc;
    },
    async close() {
      internal.abort();
      await client.close().catch(() => undefined);
      // the transport kills the whole process group (SIGTERM, then SIGKILL)
      if (stdio) await stdio.close();
    },
  };
}
