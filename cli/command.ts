import type { Styler } from './terminal.js';

/** What a command may touch: everything process-wide comes in here, so commands can be run in-process by tests. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Reads stdin as UTF-8, at most `maxBytes` bytes (more is an input error, exit 2; reading stops there). */
  readStdin(maxBytes: number): Promise<string>;
  /** Aborted on SIGINT. */
  signal: AbortSignal;
  /** Styler for stdout (data) and for stderr (messages). */
  out: Styler;
  err: Styler;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code; throws McpRiskError for usage and input errors. */
  run(argv: string[], io: CliIo): Promise<number>;
}
