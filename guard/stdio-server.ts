import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  ErrorCode,
  JSONRPCMessageSchema,
  type JSONRPCMessage,
  type RequestId,
} from '@modelcontextprotocol/sdk/types.js';

/**
 * The client-facing stdio transport of the guard. The SDK's StdioServerTransport drops a line it
 * cannot parse (the client then waits for an answer that never comes) and buffers a line of any
 * length. This one answers what it can: invalid JSON gets a JSON-RPC parse error (id null), a
 * message that is JSON but not JSON-RPC gets "invalid request" with its id when it has one, and a
 * line longer than `maxMessageBytes` is discarded as it streams in (memory stays bounded) and
 * answered with "invalid params" for the id we can still read from its first or last bytes.
 */
export class CappedStdioServerTransport implements Transport {
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  onmessage?: ((message: JSONRPCMessage) => void) | undefined;
  /** called for every line refused before it reached the server (for the audit log) */
  onrefused?: ((what: string, id: RequestId | null) => void) | undefined;
  /**
   * Checks a well-formed JSON-RPC message before the server sees it: a refusal is answered here
   * with its code and message (the SDK answers a request whose params fail its schema with
   * "internal error" and a dump of zod issues).
   */
  screen?: ((message: JSONRPCMessage) => { code: number; message: string } | undefined) | undefined;
  /** resolves when the client closed its end (stdin ended); pending answers can still be written */
  readonly ended: Promise<void>;
  private markEnded: () => void = () => undefined;

  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** discarding an oversized line: its first and last bytes, to find its id */
  private oversized: { head: Buffer; tail: Buffer; bytes: number } | undefined;
  private closed = false;
  private readonly onData = (chunk: Buffer): void => this.receive(chunk);
  private readonly onEnd = (): void => this.markEnded();
  private readonly onOutputError = (): void => void this.close();

  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
    readonly maxMessageBytes: number,
  ) {
    this.ended = new Promise<void>((done) => {
      this.markEnded = done;
    });
  }

  start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.on('error', this.onEnd);
    this.output.on('error', this.onOutputError);
    return Promise.resolve();
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      const part = chunk.subarray(start, end);
      if (this.oversized) {
        this.keepTail(part);
      } else if (this.pendingBytes + part.length > this.maxMessageBytes) {
        const head = Buffer.concat([...this.pending, part]).subarray(0, TRACE);
        this.oversized = { head, tail: Buffer.alloc(0), bytes: this.pendingBytes };
        this.pending = [];
        this.pendingBytes = 0;
        this.keepTail(part);
      } else {
        this.pending.push(part);
        this.pendingBytes += part.length;
      }
      if (newline === -1) return;
      start = newline + 1;
      if (this.oversized) {
        const { head, tail, bytes } = this.oversized;
        this.oversized = undefined;
        const id = idOfOversized(head.toString('utf8'), tail.toString('utf8'));
        this.refuse(
          id,
          ErrorCode.InvalidParams,
          `the message is ${bytes} bytes; the guard accepts at most ${this.maxMessageBytes}`,
        );
        continue;
      }
      const line = Buffer.concat(this.pending).toString('utf8');
      this.pending = [];
      this.pendingBytes = 0;
      this.line(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
  }

  private keepTail(part: Buffer): void {
    const o = this.oversized!;
    o.bytes += part.length;
    const joined = Buffer.concat([o.tail, part]);
    o.tail = joined.length > TRACE ? joined.subarray(joined.length - TRACE) : joined;
  }

  private line(text: string): void {
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.refuse(null, ErrorCode.ParseError, 'parse error: the line is not JSON');
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (!parsed.success) {
      const raw = (value ?? {}) as { id?: unknown };
      const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? raw.id : null;
      this.refuse(id, ErrorCode.InvalidRequest, 'invalid request: not a JSON-RPC 2.0 message');
      return;
    }
    const refusal = this.screen?.(parsed.data);
    if (refusal) {
      const id = 'id' in parsed.data && 'method' in parsed.data ? parsed.data.id : null;
      // a refused notification gets no answer (JSON-RPC 2.0 section 4.1)
      if (id !== null) this.refuse(id, refusal.code, refusal.message);
      return;
    }
    this.onmessage?.(parsed.data);
  }

  private refuse(id: RequestId | null, code: number, message: string): void {
    this.onrefused?.(message, id);
    // JSON-RPC 2.0 section 5: id null when the request's id could not be read
    void this.write({ jsonrpc: '2.0', id, error: { code, message } });
  }

  private write(message: unknown): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.output.write(`${JSON.stringify(message)}\n`, () => resolve());
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    return this.write(message);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    this.input.off('error', this.onEnd);
    this.output.off('error', this.onOutputError);
    this.pending = [];
    this.oversized = undefined;
    this.onclose?.();
    return Promise.resolve();
  }
}

/** Bytes kept of each end of an oversized line. */
const TRACE = 512;

/**
 * The id of a request too large to parse, read only where it is certainly the top-level member: the
 * SDK and most clients write `{"jsonrpc":"2.0","id":…` first, or end the object with `,"id":…}`
 * (the SDK's Protocol.request spreads the request and appends `jsonrpc` and `id`). A `"id"` inside
 * params can match neither: at the start it would follow `"params":{`, and at the end a nested
 * object's closing brace is followed by the outer one. Anything else is null (id unknown).
 */
export function idOfOversized(head: string, tail: string): RequestId | null {
  const ID = String.raw`(-?\d{1,15}|"(?:[^"\\]|\\.){0,200}")`;
  const first = new RegExp(String.raw`^\s*\{\s*"jsonrpc"\s*:\s*"2\.0"\s*,\s*"id"\s*:\s*${ID}\s*[,}]`).exec(
    head,
  );
  const last = new RegExp(String.raw`,\s*"id"\s*:\s*${ID}\s*\}\s*$`).exec(tail);
  const found = first?.[1] ?? last?.[1];
  if (found === undefined) return null;
  try {
    const id = JSON.parse(found) as unknown;
    return typeof id === 'string' || typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}
