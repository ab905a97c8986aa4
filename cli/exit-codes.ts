import type { CrawlStatus, ErrorCode } from '../core/index.js';

/** The one exit-code map of the CLI (documented in docs/classify.md). */
export const EXIT = {
  ok: 0,
  /** a tool at or above `--fail-on`, or drift against `--lock` */
  findings: 1,
  /** bad usage, unreadable or malformed config or tools file, a server that needs configuration */
  usage: 2,
  /** the server wants credentials */
  auth: 3,
  /** the server could not be started or reached, did not answer in time, or broke the protocol */
  unreachable: 4,
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeForError(code: ErrorCode): ExitCode {
  switch (code) {
    case 'usage':
    case 'config_invalid':
    case 'input_invalid':
    case 'needs_config':
      return EXIT.usage;
    case 'auth_required':
      return EXIT.auth;
    case 'unreachable':
    case 'timeout':
    case 'startup_failed':
    case 'protocol_error':
    case 'resource_limit':
    case 'blocked_target':
    case 'sandbox_unavailable':
      return EXIT.unreachable;
    case 'interrupted':
      return EXIT.interrupted;
    default:
      return EXIT.unreachable;
  }
}

export function exitCodeForStatus(status: CrawlStatus): ExitCode {
  // the server answered: listing nothing (or nothing valid) is not a failure to reach it; invalid
  // definitions count as high for --fail-on
  if (status === 'ok' || status === 'no_tools' || status === 'invalid_tools') return EXIT.ok;
  return exitCodeForError(status);
}

/** When several outcomes apply, the one a CI job most needs to see wins. */
const PRECEDENCE: readonly ExitCode[] = [
  EXIT.interrupted,
  EXIT.auth,
  EXIT.unreachable,
  EXIT.usage,
  EXIT.findings,
  EXIT.ok,
];
export const worstExit = (codes: readonly ExitCode[]): ExitCode =>
  PRECEDENCE.find((c) => codes.includes(c)) ?? EXIT.ok;
