/**
 * Paths into a tool call's arguments, as the native policy writes them.
 *
 *   path    := "args" segment+
 *   segment := "." bare | "[" json-string "]"
 *   bare    := one or more characters other than . [ ] " and whitespace
 *
 * `args.query` names the key `query`; `args.filter.kind` walks into the object under `filter`;
 * `args["item.action"]` names the one key `item.action`, dot and all. A key that is not a plain word
 * is always written in brackets, so no key can be read as a walk through nested objects.
 */

const BARE = /^[^.[\]"\s]+$/;
/** Keys written bare when we generate a path: a letter, digit, _ or $, then those or - */
const PLAIN = /^[A-Za-z0-9_$][A-Za-z0-9_$-]*$/;

/** The keys a path names, in order; null when it is not a valid path. */
export function parseArgPath(path: string): string[] | null {
  if (!path.startsWith('args')) return null;
  const keys: string[] = [];
  let i = 4;
  while (i < path.length) {
    const ch = path[i];
    if (ch === '.') {
      let j = i + 1;
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
      const key = path.slice(i + 1, j);
      if (!BARE.test(key)) return null;
      keys.push(key);
      i = j;
    } else if (ch === '[' && path[i + 1] === '"') {
      // a JSON string literal, then ]
      let j = i + 2;
      while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
      if (j >= path.length || path[j + 1] !== ']') return null;
      let key: unknown;
      try {
        key = JSON.parse(path.slice(i + 1, j + 1));
      } catch {
        return null;
      }
      if (typeof key !== 'string' || key.length === 0) return null;
      keys.push(key);
      i = j + 2;
    } else return null;
  }
  return keys.length > 0 ? keys : null;
}

/** The path for a list of keys: bare where the key is a plain word, bracketed otherwise. */
export function formatArgPath(keys: readonly string[]): string {
  return `args${keys.map(propertySegment).join('')}`;
}

/** `.key` for a plain word, `["key"]` for anything else (dots, spaces, quotes, brackets, Unicode). */
export function propertySegment(key: string): string {
  return PLAIN.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
