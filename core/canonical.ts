import { McpRiskError } from './errors.js';

type Work =
  { kind: 'value'; value: unknown } | { kind: 'text'; text: string } | { kind: 'exit'; node: object };

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit order, no whitespace, array order kept,
 * `undefined` members dropped (as JSON.stringify does). Iterative, so a hostile, deeply nested
 * definition cannot overflow the stack; cycles are an error, shared sub-objects are fine.
 */
export function canonicalJson(value: unknown, options: { maxNodes?: number } = {}): string {
  const maxNodes = options.maxNodes ?? 5_000_000;
  const out: string[] = [];
  const stack: Work[] = [{ kind: 'value', value }];
  const ancestors = new Set<object>();
  let nodes = 0;
  while (stack.length > 0) {
    const work = stack.pop()!;
    if (work.kind === 'text') {
      out.push(work.text);
      continue;
    }
    if (work.kind === 'exit') {
      ancestors.delete(work.node);
      continue;
    }
    if (++nodes > maxNodes) throw new McpRiskError('input_invalid', `value has more than ${maxNodes} nodes`);
    const v = work.value;
    if (v === null || typeof v === 'boolean' || typeof v === 'string') {
      out.push(JSON.stringify(v));
      continue;
    }
    if (typeof v === 'number') {
      out.push(Number.isFinite(v) ? JSON.stringify(v) : 'null');
      continue;
    }
    if (typeof v !== 'object') {
      out.push(typeof v === 'bigint' ? JSON.stringify(v.toString()) : 'null');
      continue;
    }
    if (ancestors.has(v)) throw new McpRiskError('input_invalid', 'value contains a cycle');
    ancestors.add(v);
    stack.push({ kind: 'exit', node: v });
    if (Array.isArray(v)) {
      out.push('[');
      stack.push({ kind: 'text', text: ']' });
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ kind: 'value', value: v[i] as unknown });
        if (i > 0) stack.push({ kind: 'text', text: ',' });
      }
      continue;
    }
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter(
        (k) => record[k] !== undefined && typeof record[k] !== 'function' && typeof record[k] !== 'symbol',
      )
      .sort();
    out.push('{');
    stack.push({ kind: 'text', text: '}' });
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ kind: 'value', value: record[key] });
      stack.push({ kind: 'text', text: `${i > 0 ? ',' : ''}${JSON.stringify(key)}:` });
    }
  }
  return out.join('');
}
