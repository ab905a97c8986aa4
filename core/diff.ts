import { canonicalJson } from './canonical.js';

/** One place where two JSON values differ: `undefined` on a side means the path is absent there. */
export interface ValueChange {
  /** a.b.c, array items as [i]; '' for the root */
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * Paths where two JSON values differ: leaves, or whole subtrees that appear, disappear or change type.
 * Iterative, so a hostile definition cannot overflow the stack; below `maxDepth` a subtree is compared
 * whole. A field that is absent on one side differs from one that is `null`. Stops after `maxChanges`.
 * Object keys are visited in sorted order.
 */
export function diffValues(
  before: unknown,
  after: unknown,
  { maxChanges, maxDepth = 64 }: { maxChanges: number; maxDepth?: number },
): ValueChange[] {
  const changes: ValueChange[] = [];
  const stack: { path: string; a: unknown; b: unknown; depth: number }[] = [
    { path: '', a: before, b: after, depth: 0 },
  ];
  while (stack.length > 0 && changes.length < maxChanges) {
    const { path, a, b, depth } = stack.pop()!;
    const bothObjects =
      typeof a === 'object' &&
      a !== null &&
      typeof b === 'object' &&
      b !== null &&
      Array.isArray(a) === Array.isArray(b);
    if (bothObjects && depth < maxDepth) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().reverse();
      for (const key of keys) {
        const child = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
        // own members only: "__proto__" or "constructor" absent on one side is absent, not Object's
        stack.push({
          path: child,
          a: Object.prototype.hasOwnProperty.call(a, key) ? (a as Record<string, unknown>)[key] : undefined,
          b: Object.prototype.hasOwnProperty.call(b, key) ? (b as Record<string, unknown>)[key] : undefined,
          depth: depth + 1,
        });
      }
      continue;
    }
    if (a === undefined && b === undefined) continue;
    if (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b)) continue;
    changes.push({ path, before: a, after: b });
  }
  return changes;
}

/** The paths of `diffValues`, sorted, with the root named `(root)`: the change history of a tool version. */
export const changedPaths = (before: unknown, after: unknown, max = 50): string[] =>
  diffValues(before, after, { maxChanges: max })
    .map((c) => c.path || '(root)')
    .sort();

/**
 * The definition diff stored with a tool version: each changed path with both sides as JSON text,
 * clipped to `maxChars` characters (null where the path is absent on that side), at most `max` paths.
 */
export function versionChanges(
  before: unknown,
  after: unknown,
  { max = 50, maxChars = 600 }: { max?: number; maxChars?: number } = {},
): { path: string; before: string | null; after: string | null }[] {
  const text = (v: unknown): string | null => {
    if (v === undefined) return null;
    let s: string;
    try {
      s = canonicalJson(v);
    } catch {
      return '(a value too large to show)';
    }
    const chars = Array.from(s);
    return chars.length <= maxChars ? s : `${chars.slice(0, maxChars - 1).join('')}…`;
  };
  return diffValues(before, after, { maxChanges: max })
    .map((c) => ({ path: c.path || '(root)', before: text(c.before), after: text(c.after) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
