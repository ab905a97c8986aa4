import { propertySegment, type ServerContext } from '../core/index.js';
import { normalizeText } from './normalize.js';
import {
  CONJUNCTIONS,
  DESCRIPTION_FILLER,
  NOUN_FORMS,
  NOUN_LIKE_VERBS,
  VERBS,
  resolveVerb,
  type VerbInfo,
} from './lexicon.js';

/** Bounds for walking a stranger's input schema. */
export const SCHEMA_LIMITS = { maxDepth: 32, maxNodes: 5_000 } as const;
/** A field longer than this is flagged `oversized` (stored capped; the content hash covers all of it). */
export const OVERSIZED_TEXT = 64 * 1024;
/**
 * How much text of one tool is read. Each field (the name, title, description, a parameter's name or
 * description, a string the poisoning scan reads) is normalised, tokenised and matched up to
 * `maxFieldChars` characters, and all of a tool's fields together up to `maxToolChars` (the rules'
 * fields and the poisoning scan's texts each). Text past a bound is never copied or read, so memory and
 * time stay bounded whatever the input; the tool is then `unknown` and denied (`hygiene.text-budget`),
 * as with a schema past its budget. The bounds are far above any real definition.
 */
export const TEXT_LIMITS = { maxFieldChars: 1024 * 1024, maxToolChars: 4 * 1024 * 1024 } as const;

export interface TextField {
  path: string;
  /** normalised (invisible characters removed, NFKC), lower-cased */
  lower: string;
  /** word tokens plus ',' and '.' markers, lower-cased (only for the title and the description) */
  tokens: string[];
}

export interface AgentText {
  path: string;
  raw: string;
  /** what kind of string it is: prose is read as sentences, a value or a name as one clause */
  kind: 'prose' | 'value' | 'name';
  /** the normalised, lower-cased text when the view already made it (descriptions, the title) */
  lower?: string;
}

/** Bounds on what the poisoning scan collects per tool. */
export const AGENT_TEXT_LIMITS = { maxTexts: 600, maxValueChars: 4_000 } as const;

export interface Param {
  /** e.g. inputSchema.properties.command */
  path: string;
  name: string;
  nameTokens: string[];
  description: TextField | null;
  type: string | null;
  enumValues: string[];
  depth: number;
  /** listed in its object's `required` array */
  required: boolean;
}

export interface NameVerb extends VerbInfo {
  word: string;
  index: number;
  /** the verb is usually a noun at the start of a name ("log", "email"); a description's opening verb wins over it */
  nounLike: boolean;
}

export interface LeadVerb extends VerbInfo {
  word: string;
  /** also a plural noun ("Requests that failed …"): an unambiguous verb in the name wins over it */
  ambiguous: boolean;
}

/**
 * A verb as found in the text: its lexicon entry, the class its object gives it ("drop the table"
 * destroys, "drop onto" does not), and where it was. Built field by field, in the entry's own key
 * order: spreading the entry into a fresh object was one of the hot spots of building a view.
 */
function nameVerb(
  info: VerbInfo,
  following: readonly string[],
  word: string,
  index: number,
  nounLike: boolean,
): NameVerb {
  return { base: info.base, cls: resolveVerb(info, following), form: info.form, word, index, nounLike };
}

function leadVerb(info: VerbInfo, following: readonly string[], word: string, ambiguous: boolean): LeadVerb {
  return { base: info.base, cls: resolveVerb(info, following), form: info.form, word, ambiguous };
}

export interface ToolView {
  valid: boolean;
  invalidReason: string | null;
  name: string;
  nameLower: string;
  nameTokens: string[];
  nameWords: Set<string>;
  /** the action verbs of the name: the primary verb plus any joined to it by and/or */
  nameVerbs: NameVerb[];
  title: TextField | null;
  description: TextField | null;
  /** the verbs the description opens with ("Read, create or delete …" -> read, create, delete) */
  leadVerbs: LeadVerb[];
  params: Param[];
  annotations: Record<string, unknown> | null;
  server: { fields: TextField[]; words: Set<string> } | null;
  /** every text field (title, description, parameter descriptions) lower-cased and joined, for cheap pre-filters */
  allText: string;
  /** words of the description's first sentence */
  leadWords: string[];
  hiddenUnicode: string[];
  bidi: string[];
  confusableName: boolean;
  /**
   * Every string of the definition an agent reads, raw (before normalisation), for the poisoning scan:
   * title, description, every schema node's description and title, enum values, const, default and
   * examples, and parameter names. Bounded by AGENT_TEXT_LIMITS.
   */
  agentTexts: AgentText[];
  /** the server context as given (its raw `instructions` are scanned for poisoning once per server) */
  serverContext: ServerContext | null;
  /** the names of the other tools of the same listing, when the caller knows them (classifyServer does) */
  siblings: ReadonlySet<string> | null;
  oversized: string[];
  schemaBudgetExceeded: boolean;
  /** fields whose text was read only up to TEXT_LIMITS (a field's bound, or the tool's) */
  textCut: string[];
  /** characters left of the tool's TEXT_LIMITS.maxToolChars: for the rules' fields, and for the agent texts */
  textLeft: number;
  agentTextLeft: number;
}

export const ARTICLES = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'each',
  'every',
  'its',
  'their',
  'your',
  'our',
  'any',
  'one',
]);

/** Words ([a-z0-9]+) plus ',' for , / ; and '.' for . : ! ? and newlines. One pass over char codes. */
export function tokenizeText(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    // accented Latin letters are letters too: "télécharge" is one word, not "t", "l" and "charge"
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0x24f && c !== 0xf7)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
    if (c === 44 || c === 47 || c === 59) out.push(',');
    else if (c === 46 || c === 58 || c === 33 || c === 63 || c === 10) out.push('.');
  }
  return out;
}

/** Splits identifiers: getFileContents, get_file_contents, APIKey, browser-navigate. */
/**
 * Product names written in camel case that are one word, not two ("WordPress" is not "word press",
 * whose "press" would be a verb). Keyed by the first half.
 */
const JOINED_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['word', new Set(['press'])],
  ['java', new Set(['script'])],
  ['type', new Set(['script'])],
  ['git', new Set(['hub', 'lab'])],
  ['you', new Set(['tube'])],
  ['linked', new Set(['in'])],
  ['pay', new Set(['pal'])],
  ['dev', new Set(['ops'])],
  ['hub', new Set(['spot'])],
  ['big', new Set(['query'])],
  ['dynamo', new Set(['db'])],
  ['mongo', new Set(['db'])],
  ['whats', new Set(['app'])],
  ['share', new Set(['point'])],
  ['drop', new Set(['box'])],
]);

/** Splits an identifier into lower-case words, keeping the product names of JOINED_NAMES whole. */
export function tokenizeIdentifier(name: string): string[] {
  const out = splitIdentifier(name);
  for (let i = 0; i + 1 < out.length; i++) {
    if (JOINED_NAMES.get(out[i]!)?.has(out[i + 1]!)) out.splice(i, 2, out[i]! + out[i + 1]!);
  }
  return out;
}

function splitIdentifier(name: string): string[] {
  // one pass: split on anything not [A-Za-z0-9], before an upper-case letter that follows a lower-case
  // letter or digit (getFile), and before the last capital of a run followed by a lower-case letter (APIKey)
  const out: string[] = [];
  let start = -1;
  const kind = (c: number) => (c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0);
  for (let i = 0; i <= name.length; i++) {
    const k = i < name.length ? kind(name.charCodeAt(i)) : 0;
    if (k === 0) {
      if (start >= 0) out.push(name.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      continue;
    }
    const prev = kind(name.charCodeAt(i - 1));
    const next = i + 1 < name.length ? kind(name.charCodeAt(i + 1)) : 0;
    if (k === 2 && (prev === 1 || prev === 3 || (prev === 2 && next === 1))) {
      out.push(name.slice(start, i).toLowerCase());
      start = i;
    }
  }
  return out;
}

const NO_TOKENS: string[] = [];

/** The first `max` characters of `text` (one fewer rather than half a surrogate pair). No copy when it fits. */
export function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * The part of one field the rules read: at most TEXT_LIMITS.maxFieldChars, and no more than the
 * tool has left. A cut is recorded in `view.textCut`.
 */
function budgeted(view: ToolView, path: string, raw: string, which: 'textLeft' | 'agentTextLeft'): string {
  const max = Math.min(TEXT_LIMITS.maxFieldChars, view[which]);
  const head = headOf(raw, max);
  view[which] -= head.length;
  if (head.length < raw.length && !view.textCut.includes(path)) view.textCut.push(path);
  return head;
}

function field(path: string, raw: string, view: ToolView, tokenize: boolean): TextField {
  if (raw.length > OVERSIZED_TEXT) view.oversized.push(path);
  const n = normalizeText(budgeted(view, path, raw, 'textLeft'));
  if (n.hidden) view.hiddenUnicode.push(path);
  if (n.bidi) view.bidi.push(path);
  const lower = n.text.toLowerCase();
  return { path, lower, tokens: tokenize ? tokenizeText(lower) : NO_TOKENS };
}

function firstSentence(desc: TextField): string[] {
  const out: string[] = [];
  for (let i = 0; i < desc.tokens.length && out.length < 60; i++) {
    const t = desc.tokens[i]!;
    if (t === '.') {
      if (out.length >= 3) break;
      continue;
    }
    if (t !== ',') out.push(t);
  }
  return out;
}

/** Cheap check before the lead-in pattern: the words a lead-in can start with. */
const LEAD_IN_FIRST = /^\s*(?:\[|use |call |invoke |this |tool |a tool|allow|let|used |help)/;
const LEAD_IN =
  /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:(?:use|call|invoke) this (?:tool|function|endpoint)(?: to| when| for| if)?|this (?:tool|function|endpoint) (?:will |can |lets you |allows you to |is used to |helps you )?|tool (?:to|that|for)|a tool (?:to|that|for)|allows? (?:you |the user |agents? )?to|lets? you|used to|helps? (?:you )?)/;

const LEADING_PUNCTUATION = /^[\s.:;,!?-]+/;

/**
 * The length of a bracketed heading that opens the text (brackets nested inside it included, at most
 * 80 characters, followed by more text), or 0.
 */
function bracketHeading(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10)) i++;
  if (text.charCodeAt(i) !== 91) return 0;
  let depth = 0;
  for (let j = i; j < text.length && j < i + 80; j++) {
    const c = text.charCodeAt(j);
    if (c === 91) depth++;
    else if (c === 93 && --depth === 0) return /[a-z]/.test(text.slice(j + 1, j + 40)) ? j + 1 : 0;
  }
  return 0;
}

/** Product names that open with a verb ("React Native", "React components"). */
const AFTER_REACT = new Set([
  'native',
  'component',
  'components',
  'app',
  'apps',
  'hook',
  'hooks',
  'query',
  'router',
  'js',
  'project',
  'projects',
  'code',
  'codebase',
]);
/**
 * A verb's spelling used as another part of speech where it stands: "Start here" (use this tool
 * first), "Like code_task, but …" (a comparison), "React Native" (a product).
 */
function notVerbHere(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t === 'start' && next === 'here') return true;
  if (t === 'like') return tokens.slice(i + 1, i + 5).includes(',');
  if (t === 'react') return next !== undefined && AFTER_REACT.has(next);
  return false;
}

/** The verbs a description opens with: the first verb of the first sentence and verbs joined to it. */
function leadVerbs(desc: TextField): LeadVerb[] {
  // the description's own tokens, unless it opens with a lead-in phrase ("Use this tool to …") to strip
  let tokens = desc.tokens;
  let first = 0;
  while (first < tokens.length && (tokens[first] === '.' || tokens[first] === ',')) first++;
  let text = desc.lower;
  // a bracketed heading first ("[VM Deploy Order Management] Get …", "[QUERY] List …") names the
  // section, not the action: its words are not the lead verb
  const heading = bracketHeading(text);
  if (heading > 0) text = text.slice(heading);
  const head = text.slice(0, 60).replace(LEADING_PUNCTUATION, '');
  if (LEAD_IN_FIRST.test(head)) {
    tokens = tokenizeText(text.slice(0, 400).replace(LEADING_PUNCTUATION, '').replace(LEAD_IN, ' '));
  } else if (heading > 0) tokens = tokenizeText(text.slice(0, 400));
  else if (first > 0) tokens = tokens.slice(first, first + 40);
  const out: LeadVerb[] = [];
  let i = 0;
  let seen = 0;
  for (; i < tokens.length && i < 14; i++) {
    const t = tokens[i]!;
    if (t === '.') return out;
    const info = notVerbHere(tokens, i) ? undefined : VERBS.get(t);
    // a gerund counts only as the very first word ("Creating …"), not after a preposition ("after generating …");
    // a word right after an article is a noun ("a set of …")
    if (
      info &&
      info.form !== 'ed' &&
      (info.form !== 'ing' || seen === 0) &&
      !ARTICLES.has(tokens[i - 1] ?? '')
    ) {
      // a plural-noun-like form is ambiguous unless it opens the sentence ("Records …" vs "Only requests that …")
      out.push(leadVerb(info, tokens.slice(i + 1, i + 6), t, NOUN_FORMS.has(t) && i > 0));
      break;
    }
    if (!DESCRIPTION_FILLER.has(t) && t !== ',') {
      seen++;
      // the sentence opened with a noun phrase ("Weather forecast for …"): no lead verb
      if (i >= 3) return out;
    }
  }
  // verbs joined to the first one: "Read, create, update or delete issues"
  for (i = i + 1; i < tokens.length - 1 && out.length < 8; i++) {
    const t = tokens[i]!;
    if (!CONJUNCTIONS.has(t)) break;
    let next = tokens[i + 1]!;
    if (CONJUNCTIONS.has(next) && i + 2 < tokens.length) {
      i++;
      next = tokens[i + 1]!;
    }
    const info = VERBS.get(next);
    if (!info || info.form === 'ed' || info.form === 'ing' || info.cls === 'generic') break;
    out.push(leadVerb(info, tokens.slice(i + 2, i + 7), next, NOUN_FORMS.has(next)));
    i++;
  }
  return out;
}

export function findNameVerbs(tokens: string[]): NameVerb[] {
  let primary = -1;
  let fallback = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (NOUN_FORMS.has(tokens[i]!)) continue;
    const info = VERBS.get(tokens[i]!);
    if (!info || info.form === 'ed') continue;
    // a gerund inside a name is a noun ("service_binding_list"); a word after "by" names a key ("byComposeId")
    if ((info.form === 'ing' && i > 0) || tokens[i - 1] === 'by') continue;
    // a hook point: "pre_edit", "pre-command" name when a hook runs, not what the tool does ("post"
    // is also a noun: "post_create" creates a post)
    if (tokens[i - 1] === 'pre') continue;
    // a plural noun first, then the action: "splits_list", "checkouts_retrieve", "webhooks_create"
    if (info.form === 's' && i === 0 && tokens.slice(1).some((t) => VERBS.get(t)?.form === 'base')) continue;
    // a participle before a plural noun is an adjective: "expiring_domains", "running_jobs"
    if (info.form === 'ing' && tokens.length === 2 && /[^s]s$/.test(tokens[1]!)) continue;
    if (NOUN_LIKE_VERBS.has(info.base) || info.cls === 'generic') {
      // verb-first names ("stop_port_forward") keep their first word; object_verb names
      // ("workflow_run", "message_list") take the last such word as the action
      if (fallback !== 0) fallback = i;
      continue;
    }
    primary = i;
    break;
  }
  const nounLike = primary < 0;
  if (primary < 0) primary = fallback;
  if (primary < 0) {
    // run-together names: "getfilecontents", "listdir"
    if (tokens.length !== 1) return [];
    const first = tokens[0] ?? '';
    for (let len = Math.min(first.length - 3, 9); len >= 3; len--) {
      const info = VERBS.get(first.slice(0, len));
      if (info && info.form === 'base' && info.cls !== 'generic')
        return [
          {
            base: info.base,
            cls: info.cls,
            form: info.form,
            word: first.slice(0, len),
            index: 0,
            nounLike: true,
          },
        ];
    }
    return [];
  }
  const out: NameVerb[] = [
    nameVerb(VERBS.get(tokens[primary]!)!, tokens.slice(primary + 1), tokens[primary]!, primary, nounLike),
  ];
  for (let i = primary + 1; i + 1 < tokens.length; i += 2) {
    if (tokens[i] !== 'and' && tokens[i] !== 'or' && tokens[i] !== 'then') break;
    const info = VERBS.get(tokens[i + 1]!);
    if (!info) break;
    out.push(nameVerb(info, tokens.slice(i + 2), tokens[i + 1]!, i + 1, false));
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Adds the strings among the first 200 values (of an enum) to `out`, without copying the list. */
function pushStrings(values: readonly unknown[], out: string[]): void {
  const n = Math.min(values.length, 200);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v === 'string') out.push(v);
  }
}

/** Adds the string `const` of each of the first 200 alternatives (anyOf / oneOf) to `out`. */
function pushConsts(alts: unknown, out: string[]): void {
  if (!Array.isArray(alts)) return;
  const n = Math.min(alts.length, 200);
  for (let i = 0; i < n; i++) {
    const alt: unknown = alts[i];
    if (isRecord(alt) && typeof alt.const === 'string') out.push(alt.const);
  }
}

type SchemaQueue = Array<{ node: unknown; path: string; depth: number }>;

/** Queues the subschemas of one combinator (anyOf, oneOf, allOf) of the node at `path`. */
function queueAlternatives(
  queue: SchemaQueue,
  alts: unknown,
  path: string,
  key: string,
  depth: number,
): void {
  if (Array.isArray(alts)) {
    alts.forEach((alt, i) => queue.push({ node: alt, path: `${path}.${key}.${i}`, depth: depth + 1 }));
  }
}

/** a parameter name of one plain word: not read as text for the poisoning scan */
const PLAIN_NAME = /^[a-z][a-z0-9]*$/i;

function walkSchema(schema: unknown, view: ToolView): void {
  const queue: SchemaQueue = [{ node: schema, path: 'inputSchema', depth: 0 }];
  // a property's description, normalised once for the rules, is not normalised again for the
  // poisoning scan: remembered by schema node for this walk only (a module-wide WeakMap held an entry
  // for every schema node ever read, which the garbage collector had to trace on every major pass)
  const descriptionLower = new Map<object, string>();
  let visited = 0;
  for (let q = 0; q < queue.length; q++) {
    const { node, path, depth } = queue[q]!;
    if (++visited > SCHEMA_LIMITS.maxNodes || depth > SCHEMA_LIMITS.maxDepth) {
      view.schemaBudgetExceeded = true;
      return;
    }
    if (!isRecord(node)) continue;
    collectSchemaTexts(node, path, view, descriptionLower);
    const props = node.properties;
    if (isRecord(props)) {
      const required = Array.isArray(node.required) ? node.required.slice(0, 200) : null;
      for (const name in props) {
        if (view.params.length >= SCHEMA_LIMITS.maxNodes) {
          view.schemaBudgetExceeded = true;
          return;
        }
        const prop = props[name];
        const ppath = `${path}.properties${propertySegment(name)}`;
        const p: Param = {
          path: ppath,
          name,
          nameTokens: tokenizeIdentifier(
            normalizeText(budgeted(view, `${ppath}.name`, name, 'textLeft'), 'identifier').text,
          ),
          description: null,
          type: null,
          enumValues: [],
          depth,
          required: required !== null && required.includes(name),
        };
        if (isRecord(prop)) {
          if (typeof prop.description === 'string')
            p.description = field(`${ppath}.description`, prop.description, view, false);
          if (p.description) descriptionLower.set(prop, p.description.lower);
          if (typeof prop.type === 'string') p.type = prop.type;
          else if (Array.isArray(prop.type) && typeof prop.type[0] === 'string') p.type = prop.type[0];
          if (Array.isArray(prop.enum)) pushStrings(prop.enum, p.enumValues);
          else if (typeof prop.const === 'string') p.enumValues.push(prop.const);
          if (p.enumValues.length === 0 && isRecord(prop.items) && Array.isArray(prop.items.enum))
            pushStrings(prop.items.enum, p.enumValues);
          if (p.enumValues.length === 0) {
            pushConsts(prop.anyOf, p.enumValues);
            pushConsts(prop.oneOf, p.enumValues);
          }
        }
        view.params.push(p);
        if (!PLAIN_NAME.test(name) || name.length > 24) addAgentText(view, `${ppath}.name`, name, 'name');
        queue.push({ node: prop, path: ppath, depth: depth + 1 });
      }
    }
    if (isRecord(node.items)) queue.push({ node: node.items, path: `${path}.items`, depth: depth + 1 });
    // each key spelled out: a property read through a variable key is a slow, megamorphic lookup here
    queueAlternatives(queue, node.anyOf, path, 'anyOf', depth);
    queueAlternatives(queue, node.oneOf, path, 'oneOf', depth);
    queueAlternatives(queue, node.allOf, path, 'allOf', depth);
    if (isRecord(node.additionalProperties)) {
      queue.push({ node: node.additionalProperties, path: `${path}.additionalProperties`, depth: depth + 1 });
    }
  }
}

function addAgentText(
  view: ToolView,
  path: string,
  raw: string,
  kind: AgentText['kind'],
  lower?: string,
): void {
  if (raw.length === 0 || view.agentTexts.length >= AGENT_TEXT_LIMITS.maxTexts) return;
  const text = budgeted(
    view,
    path,
    kind === 'prose' ? raw : headOf(raw, AGENT_TEXT_LIMITS.maxValueChars),
    'agentTextLeft',
  );
  if (text.length === 0) return;
  const t: AgentText = { path, raw: text, kind };
  // the rules' lower-cased copy is reused only when the budget kept the whole text
  if (lower !== undefined && text.length === raw.length) t.lower = lower;
  view.agentTexts.push(t);
}

/** A value an agent reads as text: a string, or a small object or array shown to it as JSON. */
function valueText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v === null || typeof v !== 'object') return null;
  const json = boundedJson(v, AGENT_TEXT_LIMITS.maxValueChars);
  return json !== null && json.length > 2 ? json : null;
}

/**
 * `JSON.stringify(v).slice(0, max)` for JSON data, building no more than about `max` characters and
 * visiting members one at a time: a huge `default` or `examples` value costs what the scan keeps of it.
 * Null for a cycle or a BigInt (where JSON.stringify throws).
 */
export function boundedJson(value: unknown, max: number): string | null {
  const out: string[] = [];
  let size = 0;
  const emit = (piece: string): void => {
    out.push(piece);
    size += piece.length;
  };
  interface Frame {
    node: object;
    keys: string[] | null;
    next: number;
    wrote: boolean;
  }
  const frames: Frame[] = [];
  const skip = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  /** false: stop (a cycle or a BigInt) */
  const write = (v: unknown): boolean => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
      v = (v as { toJSON: () => unknown }).toJSON();
    if (typeof v === 'string') emit(JSON.stringify(headOf(v, Math.max(0, max - size) + 2)));
    else if (typeof v === 'bigint') return false;
    else if (v === null || typeof v !== 'object') emit(skip(v) ? 'null' : (JSON.stringify(v) ?? 'null'));
    else {
      if (frames.some((f) => f.node === v)) return false;
      const keys = Array.isArray(v) ? null : Object.keys(v);
      emit(keys === null ? '[' : '{');
      frames.push({ node: v, keys, next: 0, wrote: false });
    }
    return true;
  };
  if (!write(value)) return null;
  while (frames.length > 0 && size < max) {
    const f = frames[frames.length - 1]!;
    const length = f.keys === null ? (f.node as unknown[]).length : f.keys.length;
    if (f.next >= length) {
      emit(f.keys === null ? ']' : '}');
      frames.pop();
      continue;
    }
    const i = f.next++;
    if (f.keys === null) {
      if (i > 0) emit(',');
      if (!write((f.node as unknown[])[i])) return null;
    } else {
      const key = f.keys[i]!;
      const member = (f.node as Record<string, unknown>)[key];
      if (skip(member)) continue;
      emit(`${f.wrote ? ',' : ''}${JSON.stringify(key)}:`);
      f.wrote = true;
      if (!write(member)) return null;
    }
  }
  return out.join('').slice(0, max);
}

/** The strings of one schema node an agent reads (CyberArk's "full-schema poisoning" surface). */
function collectSchemaTexts(
  node: Record<string, unknown>,
  path: string,
  view: ToolView,
  descriptionLower: ReadonlyMap<object, string>,
): void {
  if (typeof node.description === 'string')
    addAgentText(view, `${path}.description`, node.description, 'prose', descriptionLower.get(node));
  if (typeof node.title === 'string') addAgentText(view, `${path}.title`, node.title, 'prose');
  if (Array.isArray(node.enum))
    for (let i = 0; i < node.enum.length && i < 200; i++) {
      const t = valueText(node.enum[i]);
      if (t) addAgentText(view, `${path}.enum.${i}`, t, 'value');
    }
  // each key spelled out: no array per node, and no lookup through a variable key
  const constText = valueText(node.const);
  if (constText) addAgentText(view, `${path}.const`, constText, 'value');
  const defaultText = valueText(node.default);
  if (defaultText) addAgentText(view, `${path}.default`, defaultText, 'value');
  if (Array.isArray(node.examples))
    for (let i = 0; i < node.examples.length && i < 50; i++) {
      const t = valueText(node.examples[i]);
      if (t) addAgentText(view, `${path}.examples.${i}`, t, 'value');
    }
  else if (node.examples !== undefined) {
    const t = valueText(node.examples);
    if (t) addAgentText(view, `${path}.examples`, t, 'value');
  }
}

type ServerView = NonNullable<ToolView['server']>;
/** A server's context is the same for all its tools: built once per ServerContext object. */
const SERVER_VIEWS = new WeakMap<ServerContext, ServerView>();

function serverView(server: ServerContext): ServerView {
  const cached = SERVER_VIEWS.get(server);
  if (cached) return cached;
  const fields: TextField[] = [];
  const words = new Set<string>();
  const scratch = {
    hiddenUnicode: [],
    bidi: [],
    oversized: [],
    textCut: [],
    textLeft: Number.MAX_SAFE_INTEGER,
  } as unknown as ToolView;
  const add = (path: string, value: string | undefined) => {
    if (!value) return;
    const f = field(path, value.slice(0, 4000), scratch, true);
    fields.push(f);
    for (const w of f.tokens) if (w !== ',' && w !== '.') words.add(w);
    for (const w of tokenizeIdentifier(value.slice(0, 200))) words.add(w);
  };
  add('server.name', server.name);
  add('server.title', server.title);
  add('server.package', server.package);
  add('server.description', server.description);
  add('server.instructions', server.instructions);
  const built = { fields, words };
  SERVER_VIEWS.set(server, built);
  return built;
}

/** Builds the matching view of an untrusted tool definition. Never throws. */
export function buildView(input: unknown, server?: ServerContext, siblings?: ReadonlySet<string>): ToolView {
  const view: ToolView = {
    valid: true,
    invalidReason: null,
    name: '',
    nameLower: '',
    nameTokens: [],
    nameWords: new Set(),
    nameVerbs: [],
    title: null,
    description: null,
    leadVerbs: [],
    params: [],
    annotations: null,
    server: null,
    hiddenUnicode: [],
    bidi: [],
    confusableName: false,
    agentTexts: [],
    serverContext: null,
    siblings: null,
    oversized: [],
    schemaBudgetExceeded: false,
    textCut: [],
    textLeft: TEXT_LIMITS.maxToolChars,
    agentTextLeft: TEXT_LIMITS.maxToolChars,
    allText: '',
    leadWords: [],
  };
  if (!isRecord(input)) {
    view.valid = false;
    view.invalidReason = 'the definition is not an object';
    return view;
  }
  if (typeof input.name !== 'string' || input.name.length === 0) {
    view.valid = false;
    view.invalidReason =
      typeof input.name === 'string' ? 'the tool name is empty' : 'the tool has no string name';
  } else {
    if (input.name.length > OVERSIZED_TEXT) view.oversized.push('name');
    const n = normalizeText(budgeted(view, 'name', input.name, 'textLeft'), 'identifier');
    if (n.hidden) view.hiddenUnicode.push('name');
    if (n.bidi) view.bidi.push('name');
    view.confusableName = n.confusable;
    view.name = input.name;
    view.nameLower = n.text.toLowerCase();
    view.nameTokens = tokenizeIdentifier(n.text);
    view.nameWords = new Set(view.nameTokens);
    view.nameVerbs = findNameVerbs(view.nameTokens);
  }
  if (!isRecord(input.inputSchema)) {
    view.valid = false;
    view.invalidReason ??= 'the tool has no inputSchema object';
  } else {
    // MCP requires an object schema; a server that sends another is still read for its parameters
    if (input.inputSchema.type !== 'object') {
      view.valid = false;
      view.invalidReason ??= 'the inputSchema is not {"type": "object"}';
    }
    walkSchema(input.inputSchema, view);
  }
  if (typeof input.title === 'string') view.title = field('title', input.title, view, true);
  if (input.description !== undefined && typeof input.description !== 'string') {
    view.valid = false;
    view.invalidReason ??= 'the description is not a string';
  }
  if (typeof input.description === 'string' && input.description.length > 0) {
    view.description = field('description', input.description, view, true);
    view.leadVerbs = leadVerbs(view.description);
    view.leadWords = firstSentence(view.description);
  }
  if (isRecord(input.annotations)) {
    view.annotations = input.annotations;
    if (typeof input.annotations.title === 'string' && !view.title) {
      view.title = field('annotations.title', input.annotations.title, view, true);
    }
  }
  if (server) {
    view.server = serverView(server);
    view.serverContext = server;
  }
  if (siblings) view.siblings = siblings;
  // the top-level strings an agent reads, before the schema's (collected by walkSchema)
  const schemaTexts = view.agentTexts.splice(0);
  if (typeof input.title === 'string')
    addAgentText(
      view,
      'title',
      input.title,
      'prose',
      view.title?.path === 'title' ? view.title.lower : undefined,
    );
  if (typeof input.description === 'string')
    addAgentText(view, 'description', input.description, 'prose', view.description?.lower);
  if (isRecord(input.annotations) && typeof input.annotations.title === 'string')
    addAgentText(view, 'annotations.title', input.annotations.title, 'prose');
  for (const t of schemaTexts)
    if (view.agentTexts.length < AGENT_TEXT_LIMITS.maxTexts) view.agentTexts.push(t);
  const parts: string[] = [];
  for (const f of textFields(view)) parts.push(f.lower);
  view.allText = parts.join('\n');
  return view;
}

/** Every text field of the tool (name excluded), for phrase rules. */
export function textFields(view: ToolView): TextField[] {
  const out: TextField[] = [];
  if (view.title) out.push(view.title);
  if (view.description) out.push(view.description);
  for (const p of view.params) if (p.description) out.push(p.description);
  return out;
}
