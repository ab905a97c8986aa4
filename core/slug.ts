import { sha256Hex } from './sha256.js';

const SAFE = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/;
const MAX_BASE = 48;

/**
 * A URL- and filesystem-safe slug that is a pure function of the exact name and never collides:
 * a name that is already a safe lower-case identifier is its own slug; any other name (upper case,
 * non-ASCII, `..`, `/`, empty, very long) gets a readable base plus 10 hex digits of the SHA-256 of
 * the exact original string, so `Delete` and `delete`, or NFC and NFD forms, stay distinct.
 */
export function safeSlug(name: string): string {
  if (SAFE.test(name) && !/^[0-9a-f]{10}$/.test(name.slice(-10))) return name;
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE)
    .replace(/-+$/, '');
  return `${base || 'x'}-${sha256Hex(name).slice(0, 10)}`;
}

/** True for strings `safeSlug` can return: safe as one path segment on every filesystem and in a URL. */
export const isSafeSlug = (slug: string): boolean => /^[a-z0-9][a-z0-9_-]{0,80}$/.test(slug);
