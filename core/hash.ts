import { writeCanonicalJson } from './canonical.js';
import { Sha256 } from './sha256.js';

/** Pieces of canonical JSON are gathered up to this many characters before they are hashed. */
const BATCH = 1 << 16;

/**
 * Content hash of a whole tool definition: stable under key order, changed by any semantic change.
 * SHA-256 of the definition's canonical JSON, streamed: the canonical text is never built whole.
 */
export function contentHash(value: unknown): string {
  const sha = new Sha256();
  let batch: string[] = [];
  let size = 0;
  writeCanonicalJson(value, (piece) => {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH) {
      sha.update(batch.join(''));
      batch = [];
      size = 0;
    }
  });
  if (size > 0) sha.update(batch.join(''));
  return `sha256:${sha.hex()}`;
}
