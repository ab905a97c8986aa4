export * from './labels.js';
export * from './errors.js';
export * from './schemas.js';
export { canonicalJson } from './canonical.js';
export { sha256Hex, sha256Bytes } from './sha256.js';
export { contentHash } from './hash.js';
export { safeSlug, isSafeSlug } from './slug.js';
export * from './catalogue.js';
export * from './server.js';
