import { contentHash } from '../core/index.js';

/** What happened to a call after the decision. */
export type AuditOutcome =
  | 'ok'
  /** the upstream answered with isError: true */
  | 'tool_error'
  | 'denied'
  /** refused before any decision: malformed or oversized */
  | 'refused'
  | 'timeout'
  | 'upstream_gone'
  | 'upstream_error';

/**
 * One line of the JSON-lines audit log, one per call. Argument values are never written: only the
 * content hash of the arguments (core contentHash: SHA-256 of their canonical JSON, so the same
 * arguments always give the same hash and a reviewer holding the values can check them) and their
 * size. The tool name is the client's text: it is cut to 200 characters, with its full length.
 */
export interface AuditEntry {
  time: string;
  tool: string | null;
  toolLength?: number;
  /** the final decision: `allow` means the call was forwarded; `error` means refused before deciding */
  decision: 'allow' | 'deny' | 'hide' | 'error';
  reason: string;
  approval?: 'accepted' | 'declined' | 'cancelled' | 'timeout' | 'error' | 'unsupported';
  outcome: AuditOutcome;
  durationMs: number;
  args: { sha256: string | null; bytes: number } | null;
}

const MAX_TOOL = 200;

export function auditEntry(e: {
  time: number;
  durationMs: number;
  tool: string | null;
  args: unknown;
  decision: AuditEntry['decision'];
  reason: string;
  outcome: AuditOutcome;
  approval?: AuditEntry['approval'];
  argsBytes?: number;
}): AuditEntry {
  let args: AuditEntry['args'] = null;
  if (e.argsBytes !== undefined) args = { sha256: null, bytes: e.argsBytes };
  else if (e.args !== undefined) {
    try {
      const json = JSON.stringify(e.args);
      args = { sha256: contentHash(e.args), bytes: Buffer.byteLength(json, 'utf8') };
    } catch {
      args = { sha256: null, bytes: 0 };
    }
  }
  const tool = e.tool;
  return {
    time: new Date(e.time).toISOString(),
    tool: tool === null ? null : tool.length > MAX_TOOL ? tool.slice(0, MAX_TOOL) : tool,
    ...(tool !== null && tool.length > MAX_TOOL ? { toolLength: tool.length } : {}),
    decision: e.decision,
    reason: e.reason,
    ...(e.approval === undefined ? {} : { approval: e.approval }),
    outcome: e.outcome,
    durationMs: Math.round(e.durationMs * 100) / 100,
    args,
  };
}
