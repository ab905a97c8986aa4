// Helpers for the attack corpus specs (scripts/attacks/specs-*.ts): how an attack is written down, how
// it is put into a copy of a real tool, and the encoders for encoded and invisible payloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttackClass } from '../../bench/attacks.js';

export type Tool = Record<string, unknown>;

/**
 * One attack, as written by hand. `on` names the real tool it modifies (`slug/name` of data/corpus/servers),
 * or `tool` gives a whole definition. `field` says where `text` goes:
 *   description | title | name | param:X (X's description) | default:X | enum:X | example:X | instructions
 * `span` is the substring that carries the attack (defaults to `text`, trimmed).
 */
export interface Spec {
  id: string;
  cls: AttackClass;
  note: string;
  field: string;
  on?: string;
  tool?: Tool;
  text?: unknown;
  mode?: 'append' | 'prepend' | 'replace' | 'middle';
  span?: string;
  decoded?: string;
  /** type and description of a parameter the attack adds */
  type?: string;
  pdesc?: string;
  /** benign values placed before the poisoned one (enum, examples) */
  values?: unknown[];
  /** a whole listing; `target` is the attacking tool's index (omit for instructions attacks) */
  server?: { name: string; instructions?: string; tools: Array<string | Tool> };
  target?: number;
  /** further edits to the copied tool */
  edit?: (t: Tool) => void;
}

const SERVERS = join(import.meta.dirname, '..', '..', 'data', 'corpus', 'servers');
const cache = new Map<string, Tool[]>();

/** A deep copy of a real tool of the benign corpus, by `slug/name`. */
export function base(ref: string): Tool {
  const i = ref.indexOf('/');
  const slug = ref.slice(0, i);
  const name = ref.slice(i + 1);
  let tools = cache.get(slug);
  if (!tools) {
    tools = (JSON.parse(readFileSync(join(SERVERS, `${slug}.json`), 'utf8')) as { tools: Tool[] }).tools;
    cache.set(slug, tools);
  }
  const t = tools.find((x) => x.name === name);
  if (!t) throw new Error(`no tool ${ref}`);
  return structuredClone(t);
}

// encoders: what an attacker uses to keep a payload away from reviewers and keyword filters
export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
export const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
export const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
/** every byte percent-encoded, so no word survives */
export const urlAll = (s: string) =>
  [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
/** decimal numeric character references */
export const htmlDec = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
/** hexadecimal numeric character references */
export const htmlHex = (s: string) => [...s].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('');
/** Unicode tag characters (U+E0000-E007F): invisible ASCII */
export const tags = (s: string) =>
  [...s].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0)!)).join('');
/** tag characters between a BEGIN TAG (U+E0001) and a CANCEL TAG (U+E007F) */
export const tagBlock = (s: string) => `\u{E0001}${tags(s)}\u{E007F}`;
/** each byte as 8 zero-width characters: 0 = U+200B, 1 = U+200C */
export const zwBinary = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) => b.toString(2).padStart(8, '0').replace(/0/g, '\u200b').replace(/1/g, '\u200c'))
    .join('');
/** a zero-width space between every letter: visible to a reader, invisible to a keyword match */
export const zwSplit = (s: string, zw = '\u200b') => [...s].join(zw);
/** bytes as variation selectors (U+FE00-FE0F for 0-15, U+E0100-E01EF for 16-255) after a carrier letter */
export const variationSelectors = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) => String.fromCodePoint(b < 16 ? 0xfe00 + b : 0xe0100 + b - 16))
    .join('');
/** right-to-left override: stored reversed, displayed in reading order */
export const rlo = (s: string) => `\u202e${[...s].reverse().join('')}\u202c`;
/** ANSI "conceal" (SGR 8) ... reset: hidden on a terminal */
export const ansiHidden = (s: string) => `\u001b[8m${s}\u001b[0m`;

/** A string parameter (the hard negatives' builders). */
export const str = (description: string, extra: Record<string, unknown> = {}) => ({
  type: 'string',
  description,
  ...extra,
});
/** A whole tool definition whose first parameter is required (the hard negatives' builders). */
export const tool = (
  name: string,
  description: string,
  props: Record<string, unknown> = {},
  extra: Tool = {},
): Tool => ({
  name,
  description,
  inputSchema: { type: 'object', properties: props, required: Object.keys(props).slice(0, 1) },
  ...extra,
});

/** A spec maker of one class (specs-a.ts `maker`). */
type Make = (
  n: number,
  on: string,
  field: string,
  text: unknown,
  note: string,
  extra?: Partial<Spec>,
) => Spec;

/**
 * Specs whose payload is hidden by `encode` (an encoder or an invisible channel above): `wrap` holds {}
 * where the hidden text goes, or builds the field's text around it; the span is the hidden text and
 * `decoded` the plain one.
 */
export const hiddenPayload =
  (make: Make) =>
  (
    n: number,
    on: string,
    field: string,
    plain: string,
    encode: (s: string) => string,
    wrap: string | ((hidden: string) => string),
    note: string,
    extra: Partial<Spec> = {},
  ): Spec => {
    const raw = encode(plain);
    const text = typeof wrap === 'string' ? wrap.replace('{}', raw) : wrap(raw);
    return make(n, on, field, text, note, { span: raw, decoded: plain, ...extra });
  };

/** A cross-tool attack in a listing's server `instructions`; the span is the instructions unless given. */
export const ins = (
  n: number,
  server: string,
  tools: Array<string | Tool>,
  instructions: string,
  note: string,
  span?: string,
): Spec => ({
  id: `ins-${String(n).padStart(3, '0')}`,
  cls: 'server_instructions',
  note,
  field: 'instructions',
  text: instructions,
  span: span ?? instructions.trim(),
  server: { name: server, tools },
});
