import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, RequestId } from '@modelcontextprotocol/sdk/types.js';
import { McpRiskError } from '../core/index.js';
import type { TransportFault } from './stdio-transport.js';

export interface GuardLimits {
  /** Notifications plus server-to-client requests tolerated in one session. */
  maxNotifications: number;
}

/**
 * Wraps any transport (stdio or HTTP) and enforces the JSON-RPC rules the SDK is lenient about:
 * every response must answer a request we sent and still wait for; notifications and requests
 * from the server have a budget. The first violation closes the connection and is kept in `fault`.
 * Requests from the server (sampling, elicitation, roots) are passed on: the SDK client, which has
 * no handler for them, answers "method not found".
 */
export class GuardedTransport implements Transport {
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  onmessage?: ((message: JSONRPCMessage) => void) | undefined;
  fault: TransportFault | undefined;
  protocolVersion: string | undefined;
  notifications = 0;
  /** Methods of the requests the server sent us (first 20), for the report. */
  readonly serverRequests: string[] = [];

  private readonly outstanding = new Set<RequestId>();
  private queued: JSONRPCMessage[] = [];
  private started = false;

  constructor(
    readonly inner: Transport,
    private readonly limits: GuardLimits,
    /** True when `inner.start()` was already called (stdio: the spawn phase is timed on its own). */
    private readonly innerStarted = false,
  ) {
    inner.onmessage = (message: JSONRPCMessage) => this.receive(message);
    inner.onerror = (error: Error) => this.onerror?.(error);
    inner.onclose = () => this.onclose?.();
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  async start(): Promise<void> {
    if (!this.innerStarted) await this.inner.start();
    this.started = true;
    const queued = this.queued;
    this.queued = [];
    for (const message of queued) this.deliver(message);
  }

  setProtocolVersion(version: string): void {
    this.protocolVersion = version;
    this.inner.setProtocolVersion?.(version);
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if ('method' in message && 'id' in message) this.outstanding.add(message.id);
    return this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private receive(message: JSONRPCMessage): void {
    if (this.fault) return;
    if ('method' in message) {
      if ('id' in message && this.serverRequests.length < 20)
        this.serverRequests.push(message.method.slice(0, 100));
      if (++this.notifications > this.limits.maxNotifications) {
        this.violate({
          code: 'protocol_error',
          message: `server sent more than ${this.limits.maxNotifications} notifications and requests`,
        });
        return;
      }
    } else {
      const id = (message as { id?: RequestId }).id;
      if (id === undefined || id === null) {
        this.violate({ code: 'protocol_error', message: 'server sent a response without an id' });
        return;
      }
      if (!this.outstanding.has(id)) {
        this.violate({
          code: 'protocol_error',
          message: `server sent a response to an unknown request id ${JSON.stringify(id).slice(0, 40)}`,
        });
        return;
      }
      this.outstanding.delete(id);
    }
    if (this.started) this.deliver(message);
    else this.queued.push(message);
  }

  private deliver(message: JSONRPCMessage): void {
    this.onmessage?.(message);
  }

  private violate(fault: TransportFault): void {
    this.fault = fault;
    this.onerror?.(new McpRiskError(fault.code, fault.message));
    void this.inner.close();
  }
}
