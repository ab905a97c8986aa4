import { McpRiskError } from './errors.js';

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit order, no whitespace, array order kept,
 * `undefined` members dropped (as JSON.stringify does). Iterative, so a hostile, deeply nested
 * definition cannot overflow the stack; cycles are an error, shared sub-objects are fine.
 */
export function canonicalJson(value: unknown, options: { maxNodes?: number } = {}): string {
  const out: string[] = [];
  writeCanonicalJson(value, (piece) => out.push(piece), options);
  return out.join('');
}

/** Strings longer than this are written in pieces (JSON-escaped slice by slice), never copied whole. */
const STRING_PIECE = 1 << 16;

function writeString(text: string, emit: (piece: string) => void): void {
  if (text.length <= STRING_PIECE) {
    emit(JSON.stringify(text));
    return;
  }
  // JSON.stringify escapes a lone surrogate, so a slice must never end between the two halves of a pair
  emit('"');
  for (let i = 0; i < text.length;) {
    let end = Math.min(i + STRING_PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const quoted = JSON.stringify(text.slice(i, end));
    emit(quoted.slice(1, -1));
    i = end;
  }
  emit('"');
}

/** An object or array being written: its members are visited one at a time, never all queued at once. */
interface Frame {
  node: object;
  /** sorted keys of an object, null for an array */
  keys: string[] | null;
  length: number;
  next: number;
}

/**
 * Canonical JSON written piece by piece to `emit` (what `canonicalJson` joins): a content hash can be
 * computed over a large definition without building its whole text. Memory is proportional to the
 * nesting depth, not to the width of an array or object.
 */
export function writeCanonicalJson(
  value: unknown,
  emit: (piece: string) => void,
  options: { maxNodes?: number } = {},
): void {
  const maxNodes = options.maxNodes ?? 5_000_000;
  const frames: Frame[] = [];
  const ancestors = new Set<object>();
  let nodes = 0;
  const write = (v: unknown): void => {
    if (++nodes > maxNodes) throw new McpRiskError('input_invalid', `value has more than ${maxNodes} nodes`);
    if (typeof v === 'string') return writeString(v, emit);
    if (v === null || typeof v === 'boolean') return emit(JSON.stringify(v));
    if (typeof v === 'number') return emit(Number.isFinite(v) ? JSON.stringify(v) : 'null');
    if (typeof v !== 'object') return emit(typeof v === 'bigint' ? JSON.stringify(v.toString()) : 'null');
    if (ancestors.has(v)) throw new McpRiskError('input_invalid', 'value contains a cycle');
    ancestors.add(v);
    if (Array.isArray(v)) {
      emit('[');
      frames.push({ node: v, keys: null, length: v.length, next: 0 });
      return;
    }
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter(
        (k) => record[k] !== undefined && typeof record[k] !== 'function' && typeof record[k] !== 'symbol',
      )
      .sort();
    emit('{');
    frames.push({ node: v, keys, length: keys.length, next: 0 });
  };
  write(value);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.length) {
      emit(frame.keys === null ? ']' : '}');
      ancestors.delete(frame.node);
      frames.pop();
      continue;
    }
    const i = frame.next++;
    if (frame.keys === null) {
      if (i > 0) emit(',');
      write((frame.node as unknown[])[i]);
    } else {
      const key = frame.keys[i]!;
      emit(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
      write((frame.node as Record<string, unknown>)[key]);
    }
  }
}
