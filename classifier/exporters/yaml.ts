import { McpRiskError } from '../../core/index.js';
import { hasLoneSurrogate, hex, quoteString, type QuoteRules } from './translate.js';

/**
 * A small YAML writer for the block shapes the exporters need. Every string value is written as a
 * double-quoted scalar with escapes, so no untrusted text can change the document's structure;
 * map keys are double-quoted too, except the fixed structural keys a caller names in `plainKeys`.
 */

export type YamlNode = string | number | boolean | null | YamlNode[] | YamlMap;

/** An ordered map. Entries keep their order and any key (`__proto__` included) is just data. */
export class YamlMap {
  readonly entries: Array<[string, YamlNode]>;
  constructor(entries: Array<[string, YamlNode]> = []) {
    this.entries = entries;
  }
  set(key: string, value: YamlNode): this {
    this.entries.push([key, value]);
    return this;
  }
}

/** A double-quoted YAML scalar. Throws on a lone surrogate: YAML cannot carry one. */
export function yamlString(s: string): string {
  if (hasLoneSurrogate(s)) {
    throw new McpRiskError('internal', 'a string with a lone UTF-16 surrogate cannot be written as YAML');
  }
  return quoteString(s, YAML_QUOTING);
}
const YAML_QUOTING: QuoteRules = {
  language: 'YAML',
  unicode: (cp) => (cp <= 0xff ? `\\x${hex(cp, 2)}` : `\\u${hex(cp, 4)}`),
};

/** Implicit (`key: value`) keys are limited to 1024 characters by the YAML spec and by libyaml; stay under. */
const IMPLICIT_KEY_LIMIT = 1000;

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

function scalar(node: string | number | boolean | null): string {
  if (node === null) return 'null';
  if (typeof node === 'string') return yamlString(node);
  if (typeof node === 'boolean') return node ? 'true' : 'false';
  if (!Number.isFinite(node))
    throw new McpRiskError('internal', 'a non-finite number cannot be written as YAML');
  return String(node);
}

const isEmptyCollection = (node: YamlNode): boolean =>
  (Array.isArray(node) && node.length === 0) || (node instanceof YamlMap && node.entries.length === 0);

const isScalar = (node: YamlNode): node is string | number | boolean | null =>
  !Array.isArray(node) && !(node instanceof YamlMap);

function inline(node: YamlNode): string {
  if (Array.isArray(node)) return '[]';
  if (node instanceof YamlMap) return '{}';
  return scalar(node);
}

/**
 * Renders a document. `comments` become `#` lines at the top; they must not contain line breaks
 * (build any untrusted part of a comment with `yamlString`).
 */
export function renderYaml(
  root: YamlNode,
  options: { plainKeys?: ReadonlySet<string>; comments?: readonly string[] } = {},
): string {
  const plainKeys = options.plainKeys ?? new Set<string>();
  const key = (k: string): string =>
    plainKeys.has(k) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : yamlString(k);
  const lines: string[] = [];
  for (const c of options.comments ?? []) {
    if (/[\n\r\u0085\u2028\u2029]/.test(c)) {
      throw new McpRiskError('internal', 'a YAML comment line must not contain a line break');
    }
    lines.push(c.length > 0 ? `# ${c}` : '#');
  }

  const block = (node: YamlNode, indent: number): void => {
    const pad = ' '.repeat(indent);
    if (node instanceof YamlMap) {
      for (const [k, v] of node.entries) entry(pad, indent, k, v);
    } else if (Array.isArray(node)) {
      for (const item of node) {
        if (item instanceof YamlMap && item.entries.length > 0) {
          // first entry on the dash line, the rest aligned under it
          const [first, ...rest] = item.entries;
          entry(`${pad}- `, indent + 2, first![0], first![1]);
          block(new YamlMap(rest), indent + 2);
        } else if (Array.isArray(item) && item.length > 0) {
          lines.push(`${pad}-`);
          block(item, indent + 2);
        } else {
          lines.push(`${pad}- ${inline(item)}`);
        }
      }
    } else {
      lines.push(`${pad}${scalar(node)}`);
    }
  };

  /** One map entry; `lead` is the text before the key on its line, `column` the key's column. */
  const entry = (lead: string, column: number, k: string, value: YamlNode): void => {
    const rendered = key(k);
    const simple = isScalar(value) || isEmptyCollection(value);
    if (utf8Length(rendered) <= IMPLICIT_KEY_LIMIT) {
      if (simple) lines.push(`${lead}${rendered}: ${inline(value)}`);
      else {
        lines.push(`${lead}${rendered}:`);
        block(value, column + 2);
      }
      return;
    }
    // YAML caps implicit keys at 1024 characters; longer keys use the explicit `? key` form
    lines.push(`${lead}? ${rendered}`);
    const pad = ' '.repeat(column);
    if (simple) lines.push(`${pad}: ${inline(value)}`);
    else {
      lines.push(`${pad}:`);
      block(value, column + 2);
    }
  };

  if (isScalar(root) || isEmptyCollection(root)) lines.push(inline(root));
  else block(root, 0);
  return `${lines.join('\n')}\n`;
}

/** Converts JSON-like data (condition values) to YAML nodes. Plain objects become ordered maps. */
export function toYamlNode(value: unknown): YamlNode {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new McpRiskError('internal', 'a non-finite number cannot be written as YAML');
    return value;
  }
  if (Array.isArray(value)) return value.map(toYamlNode);
  if (typeof value === 'object')
    return new YamlMap(Object.entries(value).map(([k, v]) => [k, toYamlNode(v)]));
  throw new McpRiskError('internal', `a ${typeof value} cannot be written as YAML`);
}

/** Whether `toYamlNode` can represent a value exactly. */
export function isYamlRepresentable(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return typeof value !== 'string' || !hasLoneSurrogate(value);
  }
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isYamlRepresentable);
  if (typeof value === 'object') {
    return Object.entries(value).every(([k, v]) => !hasLoneSurrogate(k) && isYamlRepresentable(v));
  }
  return false;
}
