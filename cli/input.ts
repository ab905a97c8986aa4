import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
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
  // StringDecoder gives one-byte strings for ASCII (TextDecoder's are twice the size), and keeps a
  // character split across chunks whole
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > maxBytes) throw new InputTooLargeError(what, maxBytes, code);
    parts.push(decoder.write(bytes));
  }
  parts.push(decoder.end());
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
    if (info.isFile()) {
      if (info.size > maxBytes) throw new InputTooLargeError(`${what} ${file}`, maxBytes, code);
      // a regular file is read straight into one buffer of its size: no chunks to collect, so the peak
      // is the bytes plus the text (a stream's chunks linger until the garbage collector runs)
      const buffer = Buffer.allocUnsafe(info.size + 1);
      let n = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, n, buffer.length - n, n);
        if (bytesRead === 0) break;
        n += bytesRead;
        if (n === buffer.length) break;
      }
      if (n <= info.size) return buffer.toString('utf8', 0, n);
      // it grew while we read it: read it again as a stream, which is capped as it goes
    }
    // a pipe or a device has no size (and a growing file a wrong one): the stream is capped
    return await readStreamCapped(
      handle.createReadStream({
        autoClose: false,
        highWaterMark: 1024 * 1024,
        ...(info.isFile() ? { start: 0 } : {}),
      }),
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

/**
 * JSON values (objects, arrays, members) a document may hold. JSON.parse builds tens of bytes per value,
 * so 64 MiB of `[0,0,0,…]` would take gigabytes: the text is counted first, in one pass, and a document
 * over the bound is an input error. A real tools/list result of 1,000 tools holds a few hundred thousand.
 */
export const MAX_JSON_VALUES = 1_000_000;

/**
 * An upper bound on the values in a JSON text: openers and commas outside strings, plus one. Stops
 * counting once past `max`.
 */
export function countJsonValues(text: string, max = Number.MAX_SAFE_INTEGER): number {
  let count = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 44 || c === 91 || c === 123) {
      if (++count > max) return count;
    }
  }
  return count;
}

/** JSON.parse with one clear line on failure (the parser's message, first line only) and a bound on values. */
export function parseJsonInput(
  text: string,
  file: string,
  code: ErrorCode = 'input_invalid',
  maxValues = MAX_JSON_VALUES,
): unknown {
  if (countJsonValues(text, maxValues) > maxValues)
    throw new McpRiskError(
      code,
      `${file} holds more than ${maxValues.toLocaleString('en-US')} JSON values; mcp-risk reads at most that many`,
    );
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new McpRiskError(code, `${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
}
