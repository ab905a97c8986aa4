import { canonicalJson } from './canonical.js';
import { sha256Hex } from './sha256.js';

/** Content hash of a whole tool definition: stable under key order, changed by any semantic change. */
export const contentHash = (value: unknown): string => `sha256:${sha256Hex(canonicalJson(value))}`;
