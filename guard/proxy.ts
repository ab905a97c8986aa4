import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  CallToolRequestSchema,
  CallToolResultSchema,
  ErrorCode,
  ListToolsRequestSchema,
  ToolSchema,
  McpError,
  type CallToolResult,
  type JSONRPCMessage,
} from '@modelcontextprotocol/sdk/types.js';
import { canonicalJson, type Policy, type ToolSnapshot } from '../core/index.js';
import { decide, isHidden, ruleOf, type DecisionResult } from '../classifier/index.js';
import type { Upstream } from '../crawler/index.js';
import { auditEntry, type AuditEntry, type AuditOutcome } from './audit.js';

export interface GuardLimits {
  /** a tools/call the upstream has not answered in this time is cancelled and answered with an error */
  callTimeoutMs: number;
  /** how long the user has to answer an approval request */
  approvalTimeoutMs: number;
  /** refetching tools/list after list_changed */
  listTimeoutMs: number;
  /** the arguments of one call, as JSON */
  maxArgumentBytes: number;
}

export const DEFAULT_GUARD_LIMITS: GuardLimits = {
  callTimeoutMs: 60_000,
  approvalTimeoutMs: 120_000,
  listTimeoutMs: 30_000,
  maxArgumentBytes: 1024 * 1024,
};

export interface GuardOptions {
  policy: Policy;
  upstream: Upstream;
  /** the upstream's tools as listed at start (valid entries only) */
  tools: readonly ToolSnapshot[];
  /**
   * Approved definitions (tool name -> content hash) from the lock file. A tool whose hash differs,
   * or that the lock does not name, is blocked. Without a lock file (undefined) the guard pins each
   * definition the first time it sees it, for the life of the process.
   */
  pins: ReadonlyMap<string, string> | undefined;
  limits?: Partial<GuardLimits>;
  audit?: (entry: AuditEntry) => void;
  /** messages for the operator (stderr) */
  log?: (message: string) => void;
  now?: () => number;
  version: string;
}

interface Blocked {
  reason: string;
}

const quoted = (name: string): string => {
  const s = JSON.stringify(name);
  return s.length > 90 ? `${s.slice(0, 87)}..."` : s;
};

const denial = (reason: string): CallToolResult => ({
  isError: true,
  content: [{ type: 'text', text: `mcp-risk guard refused this call: ${reason}` }],
});

/**
 * The enforcement proxy: a client-facing MCP server in front of one upstream server. Every decision
 * is `decide()`'s (classifier/decide.ts), the reference meaning of the native policy; the guard adds
 * only what a policy cannot say by itself: the tool must be offered by the server right now and its
 * definition must match its pin.
 *
 * Rate-limit counts live in this process. One guard serves one client over stdio, so its process is
 * one session of one grant: `scope: "session"`, `"grant"` and `"global"` each count every call through
 * this guard process, kept apart by scope in the key (`limitKey`), and start from zero when the guard
 * starts. Counts are never shared between two guard processes.
 */
function sdkTool(tool: ToolSnapshot['tool']): ToolSnapshot['tool'] {
  const parsed = ToolSchema.safeParse(tool);
  return parsed.success ? parsed.data : tool;
}

export class GuardProxy {
  readonly server: Server;
  private readonly policy: Policy;
  private readonly upstream: Upstream;
  private readonly limits: GuardLimits;
  private readonly now: () => number;
  private readonly audit: (entry: AuditEntry) => void;
  private readonly log: (message: string) => void;
  private readonly pins: Map<string, string>;
  private readonly pinOnSight: boolean;
  private offered = new Map<string, ToolSnapshot>();
  private blocked = new Map<string, Blocked>();
  /** counts by limitKey (which starts with the scope); a null prototype, so no key is inherited */
  private readonly counts: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly expires = new Map<string, number>();
  private refreshing: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(options: GuardOptions) {
    this.policy = options.policy;
    this.upstream = options.upstream;
    this.limits = { ...DEFAULT_GUARD_LIMITS, ...options.limits };
    this.now = options.now ?? Date.now;
    this.audit = options.audit ?? (() => undefined);
    this.log = options.log ?? (() => undefined);
    this.pinOnSight = options.pins === undefined;
    this.pins = new Map(options.pins ?? []);
    this.setTools(options.tools);
    const info = options.upstream.serverInfo;
    this.server = new Server(
      { name: info.name || 'mcp-risk-guard', version: info.version || options.version },
      {
        // tools only: the native policy speaks about tools; resources and prompts are not offered
        capabilities: { tools: { listChanged: true } },
        ...(options.upstream.instructions === undefined
          ? {}
          : { instructions: options.upstream.instructions }),
      },
    );
    this.server.setRequestHandler(ListToolsRequestSchema, () => this.listTools());
    this.server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
      this.inFlight++;
      try {
        return await this.callTool(request.params.name, request.params.arguments, extra.signal);
      } finally {
        if (--this.inFlight === 0) for (const done of this.idleWaiters.splice(0)) done();
      }
    });
  }

  /** Resolves when no call is in flight, or after `ms`: the client closed stdin, its answers still go out. */
  async drain(ms: number): Promise<void> {
    if (this.inFlight === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((done) => this.idleWaiters.push(done)),
      new Promise<void>((done) => {
        timer = setTimeout(done, ms);
      }),
    ]);
    clearTimeout(timer);
  }

  /**
   * Malformed requests, answered before the SDK sees them with "invalid params" and one plain
   * sentence. tools/call needs a string name and, when present, an object of arguments.
   */
  static screen(message: JSONRPCMessage): { code: number; message: string } | undefined {
    if (!('method' in message) || !('id' in message)) return undefined;
    const params = (message as { params?: unknown }).params;
    const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (message.method === 'tools/call') {
      if (!isObject(params))
        return { code: ErrorCode.InvalidParams, message: 'tools/call needs params with a tool name' };
      const { name, arguments: args } = params as { name?: unknown; arguments?: unknown };
      if (typeof name !== 'string')
        return { code: ErrorCode.InvalidParams, message: 'tools/call: params.name must be a string' };
      if (args !== undefined && !isObject(args))
        return {
          code: ErrorCode.InvalidParams,
          message: 'tools/call: params.arguments must be an object of named arguments',
        };
    } else if (message.method === 'tools/list' && params !== undefined && !isObject(params)) {
      return { code: ErrorCode.InvalidParams, message: 'tools/list: params must be an object' };
    }
    return undefined;
  }

  connect(transport: Transport): Promise<void> {
    return this.server.connect(transport);
  }

  /** The tools the client may see: offered upstream, listed by the policy, not hidden, not blocked. */
  visibleTools(): ToolSnapshot[] {
    return [...this.offered.values()].filter(
      (t) =>
        !isHidden(this.policy, t.tool.name) &&
        ruleOf(this.policy, t.tool.name) !== undefined &&
        !this.blocked.has(t.tool.name),
    );
  }

  blockedTools(): { name: string; reason: string }[] {
    return [...this.blocked].map(([name, b]) => ({ name, reason: b.reason }));
  }

  private listTools(): { tools: ToolSnapshot['tool'][] } {
    if (!this.upstream.alive)
      throw new McpError(
        ErrorCode.ConnectionClosed,
        `the upstream server is not running: ${this.upstream.failure()}`,
      );
    // the client gets the SDK's parse of each definition, as before; the snapshot (and its pin) keeps
    // the raw entry, keys the parse drops included
    return { tools: this.visibleTools().map((t) => sdkTool(t.tool)) };
  }

  /** Takes a new list from the upstream and re-checks every definition against its pin. */
  private setTools(tools: readonly ToolSnapshot[]): void {
    const offered = new Map<string, ToolSnapshot>();
    const blocked = new Map<string, Blocked>();
    for (const t of tools) {
      const name = t.tool.name;
      if (offered.has(name)) {
        // two definitions under one name: neither can be told apart from the other, so both are blocked
        blocked.set(name, { reason: `${quoted(name)} is offered twice by the server` });
        continue;
      }
      offered.set(name, t);
      if (this.pinOnSight && !this.pins.has(name)) this.pins.set(name, t.hash);
      const pin = this.pins.get(name);
      if (pin === undefined)
        blocked.set(name, {
          reason: `${quoted(name)} is not in the lock file; approve it with --update-lock`,
        });
      else if (pin !== t.hash)
        blocked.set(name, {
          reason: `the definition of ${quoted(name)} changed since it was approved; review it and run the guard with --update-lock`,
        });
    }
    for (const [name, b] of blocked)
      if (!this.blocked.has(name) && ruleOf(this.policy, name) !== undefined) this.log(b.reason);
    this.offered = offered;
    this.blocked = blocked;
  }

  /** notifications/tools/list_changed from the upstream: refetch, re-check the pins, tell the client. */
  onToolListChanged(): Promise<void> {
    this.refreshing = this.refreshing.then(async () => {
      try {
        const list = await this.upstream.listTools(this.limits.listTimeoutMs);
        this.setTools(list.tools);
        await this.server.sendToolListChanged();
      } catch (error) {
        // the old list stays; a call to a tool that is gone is answered by the upstream
        this.log(`could not refetch the tool list: ${(error as Error).message.split('\n')[0]}`);
      }
    });
    return this.refreshing;
  }

  private record(
    started: number,
    name: string,
    args: unknown,
    decision: AuditEntry['decision'],
    reason: string,
    outcome: AuditOutcome,
    extra: { approval?: AuditEntry['approval']; argsBytes?: number } = {},
  ): void {
    this.audit(
      auditEntry({
        time: this.now(),
        durationMs: performance.now() - started,
        tool: name,
        args,
        decision,
        reason,
        outcome,
        ...extra,
      }),
    );
  }

  private consume(keys: readonly string[]): void {
    const end = this.now() + 86_400_000 * 2;
    for (const key of keys) {
      this.counts[key] = (this.counts[key] ?? 0) + 1;
      this.expires.set(key, end);
    }
    if (this.expires.size > 10_000) {
      // windows are at most a day: a key two days old can no longer be read by decide()
      const now = this.now();
      for (const [key, until] of this.expires)
        if (until < now) {
          this.expires.delete(key);
          delete this.counts[key];
        }
    }
  }

  private decideNow(name: string, args: unknown): DecisionResult {
    return decide(this.policy, { name, arguments: args }, { now: this.now(), counts: this.counts });
  }

  async callTool(name: string, args: unknown, signal: AbortSignal): Promise<CallToolResult> {
    const started = performance.now();
    const size = argumentBytes(args);
    if (size > this.limits.maxArgumentBytes) {
      const reason = `the arguments are ${size} bytes; the guard accepts at most ${this.limits.maxArgumentBytes}`;
      this.record(started, name, undefined, 'error', reason, 'refused', { argsBytes: size });
      throw new McpError(ErrorCode.InvalidParams, reason);
    }
    let decided = this.decideNow(name, args);
    if (decided.decision === 'deny' || decided.decision === 'hide') {
      this.record(started, name, args, decided.decision, decided.reason, 'denied');
      return denial(decided.reason);
    }
    // what the policy cannot know: is this exact tool offered now, and is it the approved definition
    const blocked = this.blocked.get(name);
    const gate = blocked
      ? blocked.reason
      : this.offered.has(name)
        ? undefined
        : `${quoted(name)} is not offered by the server`;
    if (gate !== undefined) {
      this.record(started, name, args, 'deny', gate, 'denied');
      return denial(gate);
    }
    let approval: AuditEntry['approval'];
    if (decided.decision === 'approval') {
      const answer = await this.askApproval(name, args, signal);
      approval = answer.status;
      if (answer.status !== 'accepted') {
        this.record(started, name, args, 'deny', answer.reason, 'denied', { approval });
        return denial(answer.reason);
      }
      // counts may have moved while the user was deciding: decide again before counting the call
      decided = this.decideNow(name, args);
      if (decided.decision !== 'approval') {
        this.record(started, name, args, 'deny', decided.reason, 'denied', { approval });
        return denial(decided.reason);
      }
    }
    this.consume(decided.consume);
    if (!this.upstream.alive) {
      const reason = `the upstream server is not running: ${this.upstream.failure()}`;
      this.record(started, name, args, 'allow', reason, 'upstream_gone', { approval });
      throw new McpError(ErrorCode.ConnectionClosed, reason);
    }
    try {
      const result = await this.upstream.client.request(
        {
          method: 'tools/call',
          params: args === undefined ? { name } : { name, arguments: args as Record<string, unknown> },
        },
        CallToolResultSchema,
        { timeout: this.limits.callTimeoutMs, signal },
      );
      this.record(started, name, args, 'allow', decided.reason, result.isError ? 'tool_error' : 'ok', {
        approval,
      });
      return result;
    } catch (error) {
      const [code, reason, outcome] = this.upstreamError(error);
      this.record(started, name, args, 'allow', reason, outcome, { approval });
      throw new McpError(code, reason);
    }
  }

  private upstreamError(error: unknown): [number, string, AuditOutcome] {
    if (
      !this.upstream.alive ||
      (error instanceof McpError && error.code === Number(ErrorCode.ConnectionClosed))
    )
      return [
        ErrorCode.ConnectionClosed,
        `the upstream server stopped during the call: ${this.upstream.failure()}`,
        'upstream_gone',
      ];
    if (error instanceof McpError && error.code === Number(ErrorCode.RequestTimeout))
      return [
        ErrorCode.RequestTimeout,
        `the upstream server did not answer within ${Math.round(this.limits.callTimeoutMs / 1000)} s; the call was cancelled`,
        'timeout',
      ];
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 500);
    if (error instanceof McpError) return [error.code, `upstream: ${message}`, 'upstream_error'];
    return [ErrorCode.InternalError, `the upstream call failed: ${message}`, 'upstream_error'];
  }

  private async askApproval(
    name: string,
    args: unknown,
    signal: AbortSignal,
  ): Promise<{ status: NonNullable<AuditEntry['approval']>; reason: string }> {
    if (this.server.getClientCapabilities()?.elicitation?.form === undefined)
      return {
        status: 'unsupported',
        reason: `${quoted(name)} needs approval, and this client cannot ask for it (it does not support MCP elicitation); the call is denied`,
      };
    let shown: string;
    try {
      shown = canonicalJson(args ?? {});
    } catch {
      shown = '(arguments too large to show)';
    }
    if (shown.length > 2000) shown = `${shown.slice(0, 2000)}… (${shown.length} characters)`;
    try {
      const answer = await this.server.elicitInput(
        {
          message: `The policy asks for your approval before the tool ${quoted(name)} runs, with these arguments:\n${shown}\nAccept to run it once; decline to refuse it.`,
          requestedSchema: { type: 'object', properties: {} },
        },
        { timeout: this.limits.approvalTimeoutMs, signal },
      );
      if (answer.action === 'accept') return { status: 'accepted', reason: 'approved by the user' };
      return {
        status: answer.action === 'decline' ? 'declined' : 'cancelled',
        reason: `the user ${answer.action === 'decline' ? 'declined' : 'cancelled'} the approval of ${quoted(name)}`,
      };
    } catch (error) {
      if (error instanceof McpError && error.code === Number(ErrorCode.RequestTimeout))
        return {
          status: 'timeout',
          reason: `no answer to the approval of ${quoted(name)} within ${Math.round(this.limits.approvalTimeoutMs / 1000)} s; the call is denied`,
        };
      return {
        status: 'error',
        reason: `the approval of ${quoted(name)} failed (${(error as Error).message.split('\n')[0]!.slice(0, 200)}); the call is denied`,
      };
    }
  }

  async close(): Promise<void> {
    await this.server.close().catch(() => undefined);
    await this.upstream.close();
  }
}

/** Bytes of the arguments as the upstream will receive them (UTF-8 JSON). */
function argumentBytes(args: unknown): number {
  if (args === undefined) return 0;
  try {
    return Buffer.byteLength(JSON.stringify(args), 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
