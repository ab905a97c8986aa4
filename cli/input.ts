import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { McpRiskError, type ErrorCode } from '../core/index.js';

/**
 * Reading what the user hands the CLI (tools files, client configs, lock files, policies, stdin),
 * with a byte cap that is checked while reading: nothing past the cap is read, so a 10 GB file, an
 * endless pipe or `/dev/zero` costs at most the cap in memory, and the user gets one line and exit 2.
 */

/** The largest input the CLI reads: a tools file, a config, a lock file, a policy, or stdin. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const MIB = 1024 * 1024;
export const describeBytes = (n: number): string =>
  n % MIB === 0 ? `${n / MIB} MiB` : n >= MIB ? `${(n / MIB).toFixed(1)} MiB` : `${n} bytes`;

export class InputTooLargeError extends McpRiskError {
  constructor(what: string, max: number, code: ErrorCode = 'input_invalid') {
    super(code, `${what} is larger than ${describeBytes(max)}; mcp-risk reads at most that much input`);
  }
}

/**
 * Reads a byte stream as UTF-8 text, at most `maxBytes` bytes. One byte more throws
 * `InputTooLargeError` and stops reading (the iterator is closed, so the stream is destroyed).
 * Chunks are decoded as they arrive, so the raw bytes are not held beside the text.
 */
export async function readStreamCapped(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
  what: string,
  code: ErrorCode = 'input_invalid',
): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > maxBytes) throw new InputTooLargeError(what, maxBytes, code);
    parts.push(decoder.decode(bytes, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Reads a file the user named (relative to `cwd`), capped like a stream: regular files, pipes and
 * process substitutions (`<(cmd)`) alike. Returns undefined when the file does not exist and
 * `missingOk` is set; every other failure is one line with `code` (exit 2).
 */
export async function readInputFile(
  cwd: string,
  file: string,
  what: string,
  options: { maxBytes?: number; code?: ErrorCode; missingOk?: boolean } = {},
): Promise<string | undefined> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const code = options.code ?? 'input_invalid';
  const path = resolve(cwd, file);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno === 'ENOENT' && options.missingOk) return undefined;
    throw new McpRiskError(code, `cannot read ${what} ${file}: ${why(error)}`, { cause: error });
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new McpRiskError(code, `${what} ${file} is a directory, not a file`);
    if (info.isFile() && info.size > maxBytes)
      throw new InputTooLargeError(`${what} ${file}`, maxBytes, code);
    // the size of a regular file can change under us, and a pipe has none: the stream is capped too
    return await readStreamCapped(
      handle.createReadStream({ autoClose: false, highWaterMark: 1024 * 1024 }),
      maxBytes,
      `${what} ${file}`,
      code,
    );
  } catch (error) {
    if (error instanceof McpRiskError) throw error;
    throw new McpRiskError(code, `cannot read ${what} ${file}: ${why(error)}`, { cause: error });
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function why(error: unknown): string {
  const errno = (error as NodeJS.ErrnoException).code;
  if (errno === 'ENOENT') return 'does not exist';
  if (errno === 'EACCES' || errno === 'EPERM') return 'is not readable';
  if (errno === 'EISDIR') return 'is a directory';
  return ((error as Error).message ?? String(error)).split('\n')[0]!;
}

/** JSON.parse with one clear line on failure (the parser's message, first line only). */
export function parseJsonInput(text: string, file: string, code: ErrorCode = 'input_invalid'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new McpRiskError(code, `${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
}
