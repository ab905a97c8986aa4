import { spawn, type ChildProcess } from 'node:child_process';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { McpRiskError, type ErrorCode } from '../core/index.js';

/** Exactly what is started: the sandbox (issue 4) rewrites it through `IntrospectOptions.wrap`. */
export interface SpawnSpec {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string | undefined;
}

export interface StdioLimits {
  /** Longest single line (one JSON-RPC message) we accept; a longer one aborts without being buffered. */
  maxMessageBytes: number;
  /** All bytes the server may write to stdout in one session. */
  maxSessionBytes: number;
  /** Non-JSON-RPC lines (banners, logs) tolerated on stdout. */
  maxNonJsonLines: number;
  /** Bytes of stderr kept (the tail). */
  maxStderrBytes: number;
  /** After SIGTERM to the process group, how long before SIGKILL. */
  killGraceMs: number;
}

export const DEFAULT_STDIO_LIMITS: StdioLimits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxSessionBytes: 32 * 1024 * 1024,
  maxNonJsonLines: 200,
  maxStderrBytes: 8 * 1024,
  killGraceMs: 1000,
};

/** A fatal problem the transport found in what the server sent. */
export interface TransportFault {
  code: Extract<ErrorCode, 'protocol_error' | 'resource_limit' | 'startup_failed'>;
  message: string;
}

// Process groups still alive; killed synchronously if we exit first (crash, SIGINT, process.exit).
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

const groupAlive = (pid: number): boolean => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

const NEWLINE = 0x0a;

/**
 * MCP stdio transport for servers we do not trust: the child runs in its own process group with
 * exactly the environment in `spec`, every stdout byte is counted, one line may not exceed the
 * message cap (checked before buffering), banners are tolerated up to a cap, stderr keeps only a
 * tail, and close() kills the whole group (SIGTERM, then SIGKILL).
 */
export class ChildProcessTransport implements Transport {
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  onmessage?: ((message: JSONRPCMessage) => void) | undefined;

  private child: ChildProcess | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private sessionBytes = 0;
  private nonJsonLines = 0;
  private stderrTail = Buffer.alloc(0);
  private closed = false;
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private exited: Promise<void> | undefined;
  /** The first fatal problem, if any; the connection is closed when it is set. */
  fault: TransportFault | undefined;
  /** Protocol version the client negotiated (set by the SDK after initialize). */
  protocolVersion: string | undefined;

  constructor(
    private readonly spec: SpawnSpec,
    private readonly limits: StdioLimits = DEFAULT_STDIO_LIMITS,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get exit(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exitInfo;
  }

  stderr(): string {
    return this.stderrTail.toString('utf8').replace(/^\uFFFD+/, '');
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
  }

  start(): Promise<void> {
    if (this.child) throw new McpRiskError('internal', 'ChildProcessTransport already started');
    installExitHook();
    return new Promise<void>((resolve, reject) => {
      let child: ChildProcess;
      try {
        child = spawn(this.spec.command, this.spec.args, {
          env: this.spec.env,
          cwd: this.spec.cwd,
          stdio: ['pipe', 'pipe', 'pipe'],
          detached: true,
          windowsHide: true,
        });
      } catch (error) {
        reject(
          new McpRiskError(
            'startup_failed',
            `cannot start ${this.spec.command}: ${(error as Error).message}`,
            { cause: error },
          ),
        );
        return;
      }
      this.child = child;
      this.exited = new Promise<void>((done) => child.once('close', () => done()));
      let started = false;
      child.once('error', (error: NodeJS.ErrnoException) => {
        if (child.pid !== undefined) liveGroups.delete(child.pid);
        const message =
          error.code === 'ENOENT'
            ? `command not found: ${this.spec.command}`
            : error.code === 'EACCES'
              ? `permission denied: ${this.spec.command}`
              : `cannot start ${this.spec.command}: ${error.message}`;
        const wrapped = new McpRiskError('startup_failed', message, { cause: error });
        if (!started) reject(wrapped);
        else this.fail({ code: 'startup_failed', message });
      });
      child.once('spawn', () => {
        started = true;
        if (child.pid !== undefined) liveGroups.add(child.pid);
        resolve();
      });
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        if (!this.closed) {
          this.closed = true;
          this.onclose?.();
        }
      });
      child.stdout!.on('data', (chunk: Buffer) => this.onStdout(chunk));
      child.stderr!.on('data', (chunk: Buffer) => this.onStderr(chunk));
      // EPIPE when the server has gone: reported through exit/close instead.
      child.stdin!.on('error', () => undefined);
      child.stdout!.on('error', () => undefined);
      child.stderr!.on('error', () => undefined);
    });
  }

  private onStderr(chunk: Buffer): void {
    const max = this.limits.maxStderrBytes;
    const joined = Buffer.concat([
      this.stderrTail,
      chunk.length > max ? chunk.subarray(chunk.length - max) : chunk,
    ]);
    this.stderrTail = joined.length > max ? joined.subarray(joined.length - max) : joined;
  }

  private onStdout(chunk: Buffer): void {
    if (this.fault) return;
    this.sessionBytes += chunk.length;
    if (this.sessionBytes > this.limits.maxSessionBytes) {
      this.fail({
        code: 'protocol_error',
        message: `server wrote more than ${this.limits.maxSessionBytes} bytes to stdout`,
      });
      return;
    }
    let start = 0;
    while (start < chunk.length && !this.fault) {
      const newline = chunk.indexOf(NEWLINE, start);
      const end = newline === -1 ? chunk.length : newline;
      if (this.pendingBytes + (end - start) > this.limits.maxMessageBytes) {
        this.fail({
          code: 'protocol_error',
          message: `a message from the server exceeded ${this.limits.maxMessageBytes} bytes`,
        });
        return;
      }
      if (newline === -1) {
        this.pending.push(chunk.subarray(start));
        this.pendingBytes += chunk.length - start;
        return;
      }
      const part = chunk.subarray(start, newline);
      const line = this.pending.length === 0 ? part : Buffer.concat([...this.pending, part]);
      this.pending = [];
      this.pendingBytes = 0;
      start = newline + 1;
      this.onLine(line.toString('utf8'));
    }
  }

  private onLine(raw: string): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      this.banner();
      return;
    }
    if (typeof value !== 'object' || value === null || (value as { jsonrpc?: unknown }).jsonrpc !== '2.0') {
      // JSON that is not JSON-RPC (structured logs): tolerated like a banner.
      this.banner();
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (!parsed.success) {
      const v = value as Record<string, unknown>;
      const what =
        'result' in v && 'error' in v
          ? 'a response with both result and error'
          : 'an invalid JSON-RPC message';
      this.fail({ code: 'protocol_error', message: `server sent ${what}` });
      return;
    }
    try {
      this.onmessage?.(parsed.data);
    } catch (error) {
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private banner(): void {
    if (++this.nonJsonLines > this.limits.maxNonJsonLines) {
      this.fail({
        code: 'protocol_error',
        message: `server wrote more than ${this.limits.maxNonJsonLines} non-JSON-RPC lines to stdout`,
      });
    }
  }

  /** Records the first fault, reports it and tears the connection down. */
  fail(fault: TransportFault): void {
    if (this.fault) return;
    this.fault = fault;
    this.pending = [];
    this.pendingBytes = 0;
    this.onerror?.(new McpRiskError(fault.code, fault.message));
    void this.close();
  }

  send(message: JSONRPCMessage): Promise<void> {
    const stdin = this.child?.stdin;
    if (!stdin || this.closed || stdin.destroyed)
      return Promise.reject(new McpRiskError('startup_failed', 'server is not running'));
    return new Promise<void>((resolve) => {
      // Backpressure is not awaited: a server that never reads would otherwise stall us past deadlines.
      stdin.write(`${JSON.stringify(message)}\n`, () => resolve());
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    const wasClosed = this.closed;
    this.closed = true;
    if (child?.pid !== undefined) {
      const pid = child.pid;
      child.stdin?.end();
      killGroup(pid, 'SIGTERM');
      const deadline = Date.now() + this.limits.killGraceMs;
      while (groupAlive(pid) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
      }
      killGroup(pid, 'SIGKILL');
      liveGroups.delete(pid);
      if (this.exitInfo === undefined) {
        await Promise.race([this.exited, new Promise((r) => setTimeout(r, this.limits.killGraceMs))]);
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
    }
    if (!wasClosed) this.onclose?.();
  }
}
