import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { TransportFault } from './stdio-transport.js';

export interface HttpLimits {
  /** Bytes of one response body (after decompression, so a compression bomb is caught too). */
  maxResponseBytes: number;
  /** Bytes of all response bodies in one session, long-lived SSE streams included. */
  maxSessionBytes: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxResponseBytes: 8 * 1024 * 1024,
  maxSessionBytes: 32 * 1024 * 1024,
};

/** What the fetch wrapper saw: an auth challenge, the last HTTP status, a size fault. */
export interface HttpObservations {
  authChallenge: { status: number; wwwAuthenticate: string | null } | undefined;
  lastStatus: number | undefined;
  fault: TransportFault | undefined;
  sessionBytes: number;
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/**
 * A fetch for the SDK's HTTP transports that counts every body byte against per-response and
 * per-session caps, notes 401/403 answers (auth required: we never start an OAuth flow or open a
 * browser), and is aborted with the introspection's signal.
 */
export function boundedFetch(
  limits: HttpLimits,
  signal: AbortSignal,
): { fetch: FetchLike; seen: HttpObservations } {
  const seen: HttpObservations = {
    authChallenge: undefined,
    lastStatus: undefined,
    fault: undefined,
    sessionBytes: 0,
  };
  const fetchImpl: FetchLike = async (url, init) => {
    const signals = init?.signal ? [init.signal, signal] : [signal];
    const response = await fetch(url, { ...init, signal: AbortSignal.any(signals) });
    seen.lastStatus = response.status;
    if (response.status === 401 || response.status === 403) {
      seen.authChallenge = {
        status: response.status,
        wwwAuthenticate: response.headers.get('www-authenticate'),
      };
    }
    if (!response.body || NULL_BODY_STATUS.has(response.status)) return response;
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > limits.maxResponseBytes) {
      seen.fault = {
        code: 'protocol_error',
        message: `response of ${declared} bytes exceeds the cap of ${limits.maxResponseBytes}`,
      };
      await response.body.cancel().catch(() => undefined);
      throw new Error(seen.fault.message);
    }
    let bytes = 0;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytes += chunk.byteLength;
          seen.sessionBytes += chunk.byteLength;
          if (bytes > limits.maxResponseBytes || seen.sessionBytes > limits.maxSessionBytes) {
            const which =
              bytes > limits.maxResponseBytes
                ? `one response exceeded ${limits.maxResponseBytes}`
                : `the session exceeded ${limits.maxSessionBytes}`;
            seen.fault ??= { code: 'protocol_error', message: `${which} bytes` };
            controller.error(new Error(seen.fault.message));
            return;
          }
          controller.enqueue(chunk);
        },
      }),
    );
    const headers = new Headers(response.headers);
    // The body is already decoded; do not let anyone decode it twice.
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(counted, { status: response.status, statusText: response.statusText, headers });
  };
  return { fetch: fetchImpl, seen };
}
