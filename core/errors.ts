/** One error class for the project. `code` is stable and machine-readable; the CLI maps it to an exit code. */
export type ErrorCode =
  | 'usage'
  | 'config_invalid'
  | 'input_invalid'
  | 'auth_required'
  | 'unreachable'
  | 'timeout'
  | 'startup_failed'
  | 'needs_config'
  | 'protocol_error'
  | 'resource_limit'
  | 'blocked_target'
  | 'sandbox_unavailable'
  | 'slug_collision'
  | 'database'
  | 'interrupted'
  | 'internal';

export class McpRiskError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'McpRiskError';
    this.code = code;
    this.hint = options.hint;
  }
}

export const isMcpRiskError = (error: unknown): error is McpRiskError => error instanceof McpRiskError;
