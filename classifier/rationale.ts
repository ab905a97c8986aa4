import type {
  Access,
  Classification,
  Rationale,
  RationaleQuote,
  RationaleSegment,
  Condition,
  Evidence,
  Flag,
  Policy,
  Profile,
  ServerContext,
  ToolRule,
} from '../core/index.js';
import { ARGUMENT_PATTERNS, toolRule } from './policy.js';
import { normalizeText } from './normalize.js';
import { buildView, type ToolView } from './view.js';

/**
 * One paragraph per tool, in plain words, composed from a classification's evidence and the policy
 * recommended for it: what the tool acts on, what it sets in motion and why that gives its access
 * class, what a misuse costs, and what the policy does about it. It quotes the sentence of the
 * definition the label rests on, verbatim, with its path. Pure and deterministic: the same input gives
 * the same paragraph, in the CLI, the catalogue site and the browser.
 *
 * Everything taken from the definition (names, parameter names, action values, the quote, paths) is a
 * `name` or `quote` segment, never prose, so each renderer escapes it for its medium; `text` is the
 * paragraph as plain text with invisible and bidirectional characters shown as `<U+XXXX>` markers.
 */

/** The longest quote, in code points; a longer sentence is cut on a word boundary around the match. */
export const QUOTE_MAX = 200;
/** The longest name (tool, server, parameter, action value) shown inside the paragraph, in code points. */
export const NAME_MAX = 80;

export type { Rationale, RationaleQuote, RationaleSegment };

export interface RationaleOptions {
  /** the tool definition as listed (untrusted): the quote is taken from it; without it there is no quote */
  definition?: unknown;
  server?: ServerContext | null;
  /** the profile the policy sentence describes (default balanced) */
  profile?: Profile;
  /** the policy actually recommended (the catalogue's); otherwise the profile's rule is computed */
  policy?: Policy;
}

// ------------------------------------------------------------------ display safety

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
const MARKED =
  /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Untrusted text for display: controls and line breaks become spaces, invisible and bidi characters `<U+XXXX>`. */
export function visibleText(s: string): string {
  return s.replace(CONTROL, ' ').replace(MARKED, (c) => {
    const cp = c.codePointAt(0)!;
    return `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/** At most `max` code points, never splitting a surrogate pair; a cut is marked with … */
function clipName(s: string, max = NAME_MAX): string {
  const cps = Array.from(s);
  return cps.length <= max ? s : `${cps.slice(0, max - 1).join('')}…`;
}

// ------------------------------------------------------------------ the definition, by path

const own = (o: unknown, k: string): unknown =>
  o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k)
    ? (o as Record<string, unknown>)[k]
    : undefined;

/** `inputSchema.properties["a.b"].description` -> keys; null when the path is not one. */
export function pathKeys(path: string): string[] | null {
  const keys: string[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '[' && path[i + 1] === '"') {
      let j = i + 2;
      while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
      if (path[j + 1] !== ']') return null;
      try {
        keys.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
      } catch {
        return null;
      }
      i = j + 2;
      if (path[i] === '.') i++;
    } else {
      let j = i;
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
      if (j === i) return null;
      keys.push(path.slice(i, j));
      i = path[j] === '.' ? j + 1 : j;
    }
  }
  return keys.length > 0 ? keys : null;
}

function stringAt(definition: unknown, server: ServerContext | null, path: string): string | undefined {
  const keys = pathKeys(path);
  if (!keys) return undefined;
  let node: unknown = keys[0] === 'server' ? server : definition;
  for (const k of keys[0] === 'server' ? keys.slice(1) : keys) node = own(node, k);
  return typeof node === 'string' && node.length > 0 ? node : undefined;
}

// ------------------------------------------------------------------ quoting

interface Span {
  start: number;
  end: number;
}

/** Sentences of a text, as spans of the raw string (a full stop, ! or ? before a space, or a line break). */
function sentences(raw: string): Span[] {
  const out: Span[] = [];
  const limit = Math.min(raw.length, 64 * 1024);
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(raw[s]!)) s++;
    while (e > s && /\s/.test(raw[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < limit; i++) {
    const ch = raw[i]!;
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = i + 1;
    } else if (
      '。！？'.includes(ch) ||
      ('.!?'.includes(ch) && (i + 1 >= raw.length || /\s/.test(raw[i + 1]!)))
    ) {
      // "e.g." and "i.e." do not end a sentence
      if (ch === '.' && /(?:^|\W)(?:e\.g|i\.e|etc|vs|approx)$/i.test(raw.slice(Math.max(start, i - 8), i)))
        continue;
      push(i + 1);
      start = i + 1;
    }
  }
  push(limit);
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const countCps = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isLow(s.charCodeAt(i)) || !isHigh(s.charCodeAt(i - 1))) n++;
  return n;
};

/** The index `n` code points after `from` (or the end). */
function advance(raw: string, from: number, n: number): number {
  let i = from;
  for (let k = 0; k < n && i < raw.length; k++)
    i += isHigh(raw.charCodeAt(i)) && isLow(raw.charCodeAt(i + 1)) ? 2 : 1;
  return i;
}

/** A window of at most QUOTE_MAX code points of `raw[s.start, s.end)` holding `at`, cut on spaces. */
function excerpt(raw: string, s: Span, at: number): { start: number; end: number } {
  const text = raw.slice(s.start, s.end);
  if (countCps(text) <= QUOTE_MAX) return s;
  // start a little before the match so it has context, on a word boundary
  let start = s.start;
  if (at - s.start > QUOTE_MAX / 3) {
    start = Math.max(s.start, at - Math.floor(QUOTE_MAX / 4));
    if (isLow(raw.charCodeAt(start)) && isHigh(raw.charCodeAt(start - 1))) start--;
    const space = raw.slice(start, at).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  let end = advance(raw, start, QUOTE_MAX);
  if (end < s.end) {
    const back = raw.slice(start, end).search(/\s\S*$/);
    // a text without spaces (CJK, a long token) is cut at the code point
    if (back > QUOTE_MAX / 2) end = start + back;
  } else end = s.end;
  while (end > start && /\s/.test(raw[end - 1]!)) end--;
  while (start < end && /\s/.test(raw[start]!)) start++;
  return { start, end };
}

const lowerNorm = (s: string): string => normalizeText(s).text.toLowerCase();

/** The sentence of `raw` that holds `match` (any sentence if it is not found), as a bounded verbatim quote. */
function quoteOf(raw: string, path: string, match: string | null): RationaleQuote | null {
  const all = sentences(raw);
  if (all.length === 0) return null;
  let pick = all[0]!;
  let at = pick.start;
  const needle = match ? lowerNorm(match.replace(/…$/, '')).slice(0, 60).trim() : '';
  if (needle.length > 0) {
    const hit = all.find((s) => lowerNorm(raw.slice(s.start, s.end)).includes(needle));
    if (!hit) return null;
    pick = hit;
    const idx = raw.slice(hit.start, hit.end).toLowerCase().indexOf(needle);
    at = hit.start + Math.max(0, idx);
  }
  const w = excerpt(raw, pick, at);
  return {
    path,
    text: raw.slice(w.start, w.end),
    cutStart: w.start > pick.start,
    cutEnd: w.end < pick.end,
    decoded: false,
  };
}

// ------------------------------------------------------------------ what the evidence says

type Kind =
  | 'shell'
  | 'code'
  | 'sql'
  | 'pipeline'
  | 'http'
  | 'browser-input'
  | 'tunnel'
  | 'start'
  | 'schedule'
  | 'run'
  | 'destroy'
  | 'save'
  | 'switch'
  | 'write'
  | 'declared-write'
  | 'navigate'
  | 'session'
  | 'read'
  | 'declared-read'
  | 'learned'
  | 'router'
  | 'budget'
  | 'undescribed';

/** Access evidence, most telling first: the first one that agrees with the label is the decisive one. */
const KIND_OF: ReadonlyArray<readonly [string, Kind]> = [
  ['code.command-param', 'shell'],
  ['code.command-described', 'shell'],
  ['code.script-param', 'code'],
  ['code.sql-param', 'sql'],
  ['code.query-pipeline', 'pipeline'],
  ['code.description', 'code'],
  ['execute.generic-api', 'http'],
  ['browser.interaction', 'browser-input'],
  ['execute.opens-tunnel', 'tunnel'],
  ['execute.start-runnable', 'start'],
  ['context.orchestration-server', 'start'],
  ['execute.schedules-work', 'schedule'],
  ['execute.description-verb', 'run'],
  ['execute.name-verb', 'run'],
  ['destructive.description-verb', 'destroy'],
  ['destructive.name-verb', 'destroy'],
  ['write.saves-to-disk', 'save'],
  ['write.state-switch', 'switch'],
  ['write.name-verb', 'write'],
  ['write.description-verb', 'write'],
  ['write.description-mention', 'write'],
  ['write.states-side-effect', 'write'],
  ['write.update-many', 'write'],
  ['write.generic-verb', 'write'],
  ['write.unknown-verb', 'write'],
  ['write.mutating-switch', 'write'],
  ['annot.declares-change', 'declared-write'],
  ['browser.navigation', 'navigate'],
  ['browser.session-local', 'session'],
  ['session.local', 'session'],
  ['read.name-verb', 'read'],
  ['read.description-verb', 'read'],
  ['read.evaluate-verb', 'read'],
  ['annot.declares-read-only', 'declared-read'],
  ['learned.access', 'learned'],
  ['multi.action-enum', 'router'],
  ['hygiene.schema-budget', 'budget'],
  ['hygiene.undescribed', 'undescribed'],
];
const KIND_RANK = new Map(KIND_OF.map(([id], i) => [id, i]));
const KIND = new Map(KIND_OF);

const POISON = (e: Evidence) => e.rule.startsWith('poison.') || e.rule.startsWith('inject.');
/** Poisoning evidence, the most harmful ask first: the one a poisoned paragraph leads with. */
const POISON_ORDER = [
  'poison.hidden-directive',
  'poison.concealed-text',
  'poison.exfiltrate',
  'poison.read-secret',
  'poison.server-instructions',
  'poison.tamper-argument',
  'poison.cross-tool',
  'poison.shadowing',
  'poison.redirect',
  'poison.hidden-instruction',
  'poison.conceal',
  'poison.sensitive-path',
  'poison.lookalike-name',
  'inject.agent-override',
  'inject.steer-reviewer',
  'inject.fake-verdict',
];
const poisonRank = (e: Evidence): number => {
  const i = POISON_ORDER.indexOf(e.rule);
  return i < 0 ? POISON_ORDER.length : i;
};
const poisonEvidence = (c: Classification): Evidence[] =>
  c.evidence.filter(POISON).sort((a, b) => poisonRank(a) - poisonRank(b));

/** A parameter path (`inputSchema.properties.sql`) -> its name. */
function paramOf(path: string): string | null {
  const keys = pathKeys(path);
  if (!keys || keys[0] !== 'inputSchema') return null;
  let name: string | null = null;
  for (let i = 0; i + 1 < keys.length; i++) if (keys[i] === 'properties') name = keys[i + 1]!;
  return name;
}

/** Whether a piece of evidence is the tool's own plain statement (its name, title or opening sentence). */
function firm(e: Evidence, view: ToolView): boolean {
  if (e.path === 'name' || e.path === 'title') return true;
  if (e.path !== 'description') return false;
  const lead = view.leadWords.join(' ');
  const m = lowerNorm(e.match).replace(/…$/, '');
  return m.split(/[^a-z0-9]+/).every((w) => w === '' || lead.includes(w));
}

const PRONOUNS = new Set(['me', 'my', 'it', 'this', 'that', 'them', 'you', 'your', 'self', 'info']);
const STOP = new Set([
  'by',
  'from',
  'with',
  'for',
  'in',
  'to',
  'of',
  'on',
  'into',
  'using',
  'via',
  'at',
  'and',
  'or',
]);
const MASS_NOUNS = new Set([
  'data',
  'information',
  'code',
  'memory',
  'content',
  'contents',
  'metadata',
  'status',
  'history',
  'feedback',
  'documentation',
  'software',
  'storage',
  'traffic',
  'news',
  'weather',
  'analytics',
]);

/** What the tool acts on, from its name: the words after its action verb (`delete_git_branch` -> "git branch"). */
function objectOf(view: ToolView, serverName: string): string | null {
  const tokens = view.nameTokens;
  // a name that is not an identifier says nothing we would repeat in our own words
  if (tokens.length === 0 || !/^[A-Za-z0-9_.:/-]+$/.test(view.name)) return null;
  const verb = view.nameVerbs[0];
  const serverWords = serverName
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
  // a namespace prefix (`bb_get`, `boond_invoices_create`, `github_create_issue`): a short token or
  // the start of one of the server's words
  const namespace = (t: string) =>
    t.length <= 2 || serverWords.some((w) => w.startsWith(t) || t.startsWith(w));
  let words: string[];
  if (verb) {
    words = [];
    for (const t of tokens.slice(verb.index + 1)) {
      if (STOP.has(t)) break;
      if (view.nameVerbs.some((v) => v.word === t)) continue;
      words.push(t);
    }
    if (words.length === 0) {
      words = tokens.slice(0, verb.index);
      while (words.length > 0 && namespace(words[0]!)) words = words.slice(1);
    }
  } else {
    words = tokens.filter((t) => !STOP.has(t));
    while (words.length > 1 && namespace(words[0]!)) words = words.slice(1);
  }
  words = words.filter((w) => /^[a-z][a-z0-9]*$/.test(w) && w.length > 1);
  if (words.length === 0 || words.length > 5 || words.every((w) => PRONOUNS.has(w))) return null;
  return words.join(' ');
}

function withArticle(object: string): string {
  const last = object.split(' ').pop()!;
  if (/[^s]s$/.test(last) || MASS_NOUNS.has(last) || object.split(' ').length > 3) return object;
  return /^[aeiou]/.test(object) ? `an ${object}` : `a ${object}`;
}

/** "delete" -> "deletes", "search" -> "searches", "apply" -> "applies". */
function third(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

const START_VERBS = new Set([
  'run',
  'start',
  'trigger',
  'execute',
  'launch',
  'kick',
  'dispatch',
  'invoke',
  'rerun',
  'retry',
]);

const SIMPLE_WORD = /^[a-z][a-z0-9 -]{0,39}$/i;

// ------------------------------------------------------------------ the policy, in words

const WINDOW_WORD: Record<string, string> = { second: 'second', minute: 'minute', hour: 'hour', day: 'day' };

function conditionParts(cond: Condition): Part[] {
  const keys = pathKeys(cond.path.replace(/^args\.?/, ''));
  const param = keys?.join('.') ?? cond.path;
  const p: Part = { n: param };
  if (cond.op === 'regex') {
    if (cond.value === ARGUMENT_PATTERNS.sql)
      return [p, ' holds DROP, TRUNCATE, ALTER, GRANT, REVOKE or DELETE FROM'];
    if (cond.value === ARGUMENT_PATTERNS.shell)
      return [p, ' holds rm -rf, sudo, mkfs, dd, shutdown, reboot or a download piped into a shell'];
    if (cond.value === ARGUMENT_PATTERNS.path)
      return [p, ' climbs out with .. or points at keys, dotfiles or system folders'];
    if (cond.value === ARGUMENT_PATTERNS.url)
      return [
        p,
        ' is a loopback, private-network or cloud-metadata address, or a file:, gopher: or ftp: URL',
      ];
    return [p, ' matches a pattern'];
  }
  if (cond.op === 'in' && Array.isArray(cond.value)) {
    const values = cond.value.filter((v): v is string => typeof v === 'string').slice(0, 6);
    const out: Part[] = [p, ' is '];
    values.forEach((v, i) => {
      if (i > 0) out.push(i === values.length - 1 ? ' or ' : ', ');
      out.push({ n: v });
    });
    if (cond.value.length > values.length) out.push(` (or ${cond.value.length - values.length} more)`);
    return out;
  }
  return [p, ` fails the check ${cond.op}`];
}

/** What a rule does, as a verb phrase ("allows it at up to 10 calls a minute"). */
function ruleParts(rule: ToolRule | null): Part[] {
  if (!rule) return ['hides it: agents do not see it in the tool list, and a call to it is refused'];
  const limit = rule.limits?.[0];
  const cap = limit
    ? `at most ${limit.max} calls ${limit.max === 1 ? 'a' : 'an'} ${WINDOW_WORD[limit.window]}`
        .replace(' an minute', ' a minute')
        .replace(' an day', ' a day')
        .replace(' an second', ' a second')
    : '';
  const out: Part[] = [];
  if (rule.approval === 'required')
    out.push(`lets a call through only once a person approves it${cap ? `, ${cap}` : ''}`);
  else if (limit) out.push(`caps it at ${cap.replace(/^at most /, '')}`);
  else out.push('allows it without limits');
  const conds = rule.deny_if ?? [];
  if (conds.length > 0) {
    out.push(', and refuses any call whose ');
    conds.slice(0, 3).forEach((cond, i) => {
      if (i > 0) out.push(i === Math.min(conds.length, 3) - 1 ? ' or whose ' : ', whose ');
      out.push(...conditionParts(cond));
    });
  }
  return out;
}

function ruleShort(rule: ToolRule | null): string {
  if (!rule) return 'hides it';
  const limit = rule.limits?.[0];
  if (rule.approval === 'required') return 'asks for approval';
  if (limit) return `caps it at ${limit.max} a ${WINDOW_WORD[limit.window]}`;
  return 'allows it freely';
}

// ------------------------------------------------------------------ composing

type Part = string | { n: string } | { q: RationaleQuote };

function flagSet(c: Classification): ReadonlySet<Flag> {
  return new Set(c.flags);
}

interface Ctx {
  c: Classification;
  view: ToolView;
  flags: ReadonlySet<Flag>;
  name: string;
  server: string | null;
  object: string | null;
  decisive: Evidence | undefined;
  kind: Kind | 'unknown';
}

/** The sentence saying what the tool is and acts on, with the quote. */
function opening(x: Ctx, quote: RationaleQuote | null): Part[] {
  const { view, object, decisive } = x;
  const obj = object ? withArticle(object) : null;
  const param = decisive ? paramOf(decisive.path) : null;
  const match = decisive && SIMPLE_WORD.test(decisive.match) ? decisive.match.toLowerCase() : null;
  const verb = view.nameVerbs[0]?.base ?? view.leadVerbs[0]?.base;
  const out: Part[] = [{ n: x.name }];
  if (x.server) out.push(', on ', { n: x.server }, ',');
  const p = (name: string | null): Part[] => (name ? [' in ', { n: name }] : []);
  switch (x.kind) {
    case 'shell':
      out.push(' runs the shell command the caller passes', ...p(param));
      break;
    case 'code':
      out.push(param ? ' runs the code the caller passes' : ' runs code the caller supplies', ...p(param));
      break;
    case 'sql':
      out.push(' runs the database query the caller writes', ...p(param));
      break;
    case 'pipeline':
      out.push(' runs the query pipeline the caller passes', ...p(param));
      break;
    case 'http':
      out.push(
        ' sends whatever API request the caller composes',
        ...(param ? [', to the endpoint in ', { n: param }] : []),
      );
      break;
    case 'browser-input':
      out.push(
        match
          ? ` performs a ${match} in the page open in its browser`
          : ' acts on the page open in its browser',
      );
      break;
    case 'tunnel':
      out.push(' opens a tunnel or port forward');
      break;
    case 'start':
    case 'schedule': {
      // the runnable as the tool's name has it ("pipeline run", "test run"), else the word the rule matched
      const last = match?.split(/[\s_-]+/).pop() ?? null;
      const what = object ?? last;
      if (verb && obj && !START_VERBS.has(verb)) out.push(` ${third(verb)} ${obj}`);
      else
        out.push(
          what
            ? ` ${x.kind === 'start' ? 'starts' : 'sets up'} ${withArticle(what)}`
            : ' starts configured work',
        );
      break;
    }
    case 'run':
      out.push(verb && obj ? ` ${third(verb)} ${obj}` : obj ? ` runs ${obj}` : ' runs what it is given');
      break;
    case 'destroy':
    case 'write':
    case 'read':
      out.push(
        verb && obj
          ? ` ${third(verb)} ${obj}`
          : x.kind === 'read'
            ? ' looks things up'
            : x.kind === 'destroy'
              ? ' deletes or overwrites what it names'
              : ' changes what it names',
      );
      break;
    case 'save':
      out.push(' writes a file at the path the caller gives', ...p(param));
      break;
    case 'switch':
      out.push(verb && obj ? ` ${third(verb)} ${obj}` : ' changes state');
      if (param) out.push('; its switch ', { n: param }, ' makes a call delete, reset or publish');
      break;
    case 'navigate':
      out.push(' loads a page in its browser');
      break;
    case 'session':
      out.push(' changes only its own session');
      break;
    default:
      if (verb && obj) out.push(` ${third(verb)} ${obj}`);
      else if (quote) {
        // nothing to name an action by: the definition speaks for itself
        out.push(' is described as ', { q: quote }, '.');
        return out;
      } else out.push(' gives no description that says what it does');
  }
  if (quote) {
    out.push(quoteLead(quote), { q: quote }, '.');
  } else out.push('.');
  return out;
}

/** How a quote is introduced, by where it comes from. */
function quoteLead(q: RationaleQuote): string {
  if (q.decoded) return '; hidden text in it decodes to ';
  if (q.path === 'description') return '. Its description says ';
  if (q.path === 'title') return '. Its title reads ';
  if (q.path.startsWith('server.')) return ". The server's instructions say ";
  if (/\.description$/.test(q.path) && paramOf(q.path)) return ', a parameter described as ';
  return '. Its definition says ';
}

/** Why that access: what it sets in motion. */
const DEPLOY_VERBS = new Set([
  'deploy',
  'redeploy',
  'rollback',
  'promote',
  'release',
  'install',
  'apply',
  'publish',
  'rollout',
]);

function because(x: Ctx): Part[] {
  const { c, flags, view } = x;
  if (c.access === 'write' && c.evidence.some((e) => e.rule === 'financial.moves-money' && firm(e, view)))
    return ['It is a write, since nothing the caller supplies is run, but the state it changes is money.'];
  const verb = view.nameVerbs[0]?.base ?? view.leadVerbs[0]?.base;
  switch (x.kind) {
    case 'shell':
      return [
        'What runs is whatever the caller writes, with the rights of the user the server runs as, so it is execute, not write, and critical.',
      ];
    case 'code':
      return flags.has('host_execution')
        ? ['The code runs with access to the machine the server runs on, so it is execute and critical.']
        : ['What happens is decided by the code, not by the tool, so it is execute rather than write.'];
    case 'sql':
    case 'pipeline': {
      const writes = c.evidence.find((e) => e.rule === 'code.sql-write');
      return writes
        ? [
            'The effect is decided by the query, not by the tool: that makes it execute, not write, and its definition lets a query write (',
            { n: writes.match },
            '), so one call can change or drop data.',
          ]
        : [
            'The effect is decided by the query, not by the tool, so it is execute, not write, and nothing in its definition confines it to reads.',
          ];
    }
    case 'http':
      return ['The request, its method and its target are the caller’s choice, so it is execute, not write.'];
    case 'browser-input':
      return [
        'What a click or a keystroke sets off depends on the page, which its author controls, so it is execute rather than write.',
      ];
    case 'tunnel':
      return [
        'The connection carries traffic between networks until it is closed: running work, so execute.',
      ];
    case 'start':
      return [
        'The run then does whatever it was configured to do, with the inputs the caller passes, so its effect reaches past the call: execute, not write.',
      ];
    case 'schedule':
      return [
        'What it sets up runs later on its own, or is code that gets deployed, so its effect reaches past the call: execute, not write.',
      ];
    case 'run':
      return verb && DEPLOY_VERBS.has(verb)
        ? [
            'That puts code or configuration into service, an effect that reaches past the call, so it is execute rather than write.',
          ]
        : [
            'What happens depends on what is run and with which arguments, so it is execute rather than write.',
          ];
    case 'router':
      return [];
    case 'destroy':
      return flags.has('mass_destruction')
        ? ['It is a write, and what it deletes does not come back through this tool.']
        : [
            'It is a write that removes or overwrites something that exists, and what is lost may not come back.',
          ];
    case 'save':
      return [
        'Writing that file is its purpose, so it is a write, not a read that happens to save its output.',
      ];
    case 'switch':
    case 'write':
      return c.evidence.some((e) => e.rule === 'write.in-place')
        ? ['It changes stored state in place, a write: what was there before is replaced.']
        : [
            'It changes stored state, within what the tool names, without running code the caller supplies: a write.',
          ];
    case 'declared-write':
      return ['Its server declares it is not read-only (readOnlyHint: false), so it is taken as a write.'];
    case 'navigate':
      return [
        'Loading a page only reads, but the browser reaches intranet hosts and carries logged-in sessions, so it is a medium read.',
      ];
    case 'session':
      return ['That state is private to the server’s own session, which is not a write, so it is a read.'];
    case 'read':
      return ['It returns what it finds and changes nothing, so it is a read.'];
    case 'declared-read':
      return ['Only its server’s readOnlyHint says it observes, so the read is taken with low confidence.'];
    case 'learned':
      return [
        `No rule found a plain statement of what it does; a model trained on hand-labelled tools took it for ${article(c.access)} tool from its words, a low-confidence guess (${Math.round(c.confidence * 100)} %).`,
      ];
    case 'budget':
      return ['Its input schema is too large to inspect in full, so what it does cannot be told: unknown.'];
    case 'undescribed':
    case 'unknown':
      return [
        'Nothing in its definition says what it does, and a tool that does not say is never taken as a read: unknown.',
      ];
  }
}

/** The action-router sentence for multi-action tools. */
function router(x: Ctx): Part[] {
  const { c } = x;
  if (c.actions.length === 0) return [];
  const param = c.actions[0]!.param;
  // the most consequential action: by access, then money, then destruction; the first in the schema's order on a tie
  const rank = (a: (typeof c.actions)[number]) =>
    ['read', 'write', 'execute', 'unknown'].indexOf(a.access) * 10 +
    (a.category === 'financial' ? 6 : 0) +
    (a.category === 'destructive' ? 5 : 0);
  let worst = c.actions[0]!;
  for (const a of c.actions) if (rank(a) > rank(worst)) worst = a;
  const destroys = c.actions.find((a) => a.category === 'destructive');
  const shown = c.actions.slice(0, 6);
  const out: Part[] = ['One argument, ', { n: param }, `, picks among ${c.actions.length} actions (`];
  shown.forEach((a, i) => {
    if (i > 0) out.push(', ');
    out.push({ n: a.value });
  });
  if (c.actions.length > shown.length) out.push(', …');
  out.push('), and the tool is labelled by the most consequential one a caller can reach: ', {
    n: worst.value,
  });
  out.push(
    worst.category === 'destructive'
      ? ' destroys data'
      : worst.access === 'execute'
        ? ' runs something (execute)'
        : worst.access === 'write'
          ? ' changes state (write)'
          : ' only reads',
  );
  if (destroys && destroys !== worst) out.push(', and ', { n: destroys.value }, ' destroys data');
  out.push('.');
  return out;
}

const ACCESS_WORD: Record<Access, string> = {
  read: 'read',
  write: 'write',
  execute: 'execute',
  unknown: 'unknown',
};
const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** What a misuse costs: the risk and the flags that raised it, hedged where the evidence is indirect. */
function cost(x: Ctx): Part[] {
  const { c, flags, view } = x;
  const ev = (flag: Flag) => c.evidence.filter((e) => e.effect.flag === flag);
  const sure = (flag: Flag) => ev(flag).some((e) => firm(e, view));
  const clauses: string[] = [];
  if (
    flags.has('host_execution') &&
    x.kind !== 'shell' &&
    !(x.kind === 'code' && flags.has('host_execution'))
  )
    clauses.push('a misused call can read the user’s files and keys, install software or delete data');
  if (flags.has('financial')) {
    const moves = c.evidence.some((e) => e.rule === 'financial.moves-money' && firm(e, view));
    clauses.push(
      moves
        ? 'a misused call moves real money, which the agent cannot take back'
        : sure('financial')
          ? 'it commits someone to pay, so a mistake costs money'
          : 'money may be involved, so a mistake may cost money',
    );
  }
  if (flags.has('mass_destruction'))
    clauses.push(
      sure('mass_destruction') || ev('mass_destruction').length > 0
        ? 'one call can wipe out many items or a whole store, with no undo'
        : 'one call may remove many items at once',
    );
  else if (flags.has('destructive') && x.kind !== 'destroy' && c.access !== 'read')
    clauses.push(
      sure('destructive')
        ? 'what it deletes or overwrites may not come back'
        : 'it may delete or overwrite data',
    );
  if (flags.has('public_sink')) {
    const sends = ev('public_sink').find(
      (e) => e.rule === 'sink.send-verb' || e.rule === 'sink.recipient-param',
    );
    clauses.push(
      sends && firm(sends, view)
        ? 'what it sends reaches other people at once and cannot be unsent'
        : sends
          ? 'what it sends may reach other people, and a message cannot be unsent'
          : 'what it creates may be seen by other people',
    );
  }
  if (flags.has('credentials'))
    clauses.push(
      sure('credentials')
        ? 'it handles secrets, and a leaked key opens what it guards'
        : 'it may handle secrets',
    );
  const privateRead = c.access === 'read' && flags.has('private_data') && c.risk !== 'low';
  if (privateRead && flags.has('untrusted_content'))
    clauses.push(
      'what it returns is the user’s own or their organisation’s data, partly written by other people: a misused call can expose it, and its text can carry instructions aimed at the agent',
    );
  else if (privateRead)
    clauses.push(
      'what it returns is the user’s own or their organisation’s data, which a misused call can expose',
    );
  else if (flags.has('untrusted_content'))
    clauses.push(
      sure('untrusted_content')
        ? 'what it returns was written by other people and can carry instructions aimed at the agent'
        : 'what it returns may include text other people wrote, which can carry instructions aimed at the agent',
    );
  const learnedRisk = c.evidence.find((e) => e.rule === 'learned.risk' && e.effect.minRisk === c.risk);
  const byModel = learnedRisk
    ? [
        `The ${c.risk} rating comes from a model trained on hand-labelled tools, which rates it above what the rules found.`,
      ]
    : [];
  if (clauses.length === 0) {
    if (byModel.length > 0) return byModel;
    if (c.access === 'read')
      return [
        c.risk === 'low'
          ? 'A misuse costs little: it reads nothing private.'
          : flags.has('filesystem')
            ? 'A misuse can read local files the user did not mean to share, so it is medium.'
            : x.kind === 'navigate'
              ? ''
              : 'A misuse can expose the user’s own data, so it is medium.',
      ].filter((s) => s !== '');
    if (c.access === 'write') {
      // the destroy sentence already says what is lost
      if (x.kind === 'destroy' && c.risk === 'high') return [];
      return [
        c.risk === 'medium'
          ? 'A misused call leaves unwanted changes behind that can be undone, so it is medium.'
          : 'A misused call changes things that others rely on or that cannot easily be undone, so it is high.',
      ];
    }
    if (c.access === 'execute') {
      if (c.risk === 'critical' && (x.kind === 'shell' || x.kind === 'code')) return [];
      if (x.kind === 'sql' || x.kind === 'pipeline')
        return [`A misused query can read or change whatever the connection reaches, so it is ${c.risk}.`];
      if (x.kind === 'browser-input')
        return [
          'A misused action can submit a form, confirm a purchase or send a message on any site the browser is logged in to, so it is high.',
        ];
      const verb = view.nameVerbs[0]?.base ?? view.leadVerbs[0]?.base;
      if (x.kind === 'run' && verb && DEPLOY_VERBS.has(verb))
        return [
          'A misused call can put an unreviewed version into service or take a working one out, so it is high.',
        ];
      if (x.kind === 'start' || x.kind === 'schedule')
        return [
          'A looping agent can start run after run, each doing whatever it was configured to do and spending what it costs, so it is high.',
        ];
      return [
        'A runaway agent could set it off again and again, and each call does whatever its arguments say, so it is high.',
      ];
    }
    return [];
  }
  const top = clauses.slice(0, 3);
  const joined = top.length === 1 ? top[0]! : `${top.slice(0, -1).join('; ')}; and ${top[top.length - 1]!}`;
  // the shell and host-code sentences already say why it is critical
  const said =
    c.risk === 'critical' && (x.kind === 'shell' || (x.kind === 'code' && flags.has('host_execution')));
  const cap = (t: string) => `${t[0]!.toUpperCase()}${t.slice(1)}`;
  const sentence = said
    ? `Also, ${joined}.`
    : byModel.length > 0
      ? `${cap(joined)}.`
      : c.risk === 'low'
        ? `The risk is low, though ${joined}.`
        : `${cap(c.risk)} risk: ${joined}.`;
  return byModel.length > 0 ? [sentence, ' ', ...byModel] : [sentence];
}

function hiddenNote(c: Classification): Part[] {
  if (!c.flags.includes('bidi_control') && !c.flags.includes('hidden_unicode')) return [];
  return [
    'Its text carries invisible or bidirectional control characters (shown here by their U+ code points), which make it read differently from what it says.',
  ];
}

function annotationNote(c: Classification): Part[] {
  const m = c.annotations.mismatches[0];
  if (!m) return [];
  const hint = m.slice(0, m.indexOf(':'));
  return [
    `Its server declares ${hint} ${c.annotations.declared?.[hint] === true ? 'true' : 'false'}, which the definition contradicts, so the hint is ignored.`,
  ];
}

const PROFILES: readonly Profile[] = ['strict', 'balanced', 'permissive'];

function policySentence(x: Ctx, options: RationaleOptions): Part[] {
  const { c } = x;
  const profile = options.profile ?? 'balanced';
  let rule: ToolRule | null;
  if (options.policy) {
    const hidden = (options.policy.hide ?? []).includes(c.tool);
    rule = hidden
      ? null
      : Object.prototype.hasOwnProperty.call(options.policy.tools, c.tool)
        ? options.policy.tools[c.tool]!
        : null;
  } else rule = toolRule(c, profile);
  const others = PROFILES.filter((p) => p !== profile).map((p) => [p, toolRule(c, p)] as const);
  const same = (r: ToolRule | null) => ruleShort(r) === ruleShort(rule);
  const out: Part[] = [];
  if (!rule && others.every(([, r]) => !r)) {
    out.push(
      'Every profile of the recommended policy hides it: agents do not see it in the tool list, and a call to it is refused.',
    );
    return out;
  }
  out.push(`The ${profile} policy `, ...ruleParts(rule), '.');
  const differ = others.filter(([, r]) => !same(r));
  if (differ.length === 0)
    out.push(
      ' Strict and permissive do the same.'.replace(
        'Strict and permissive',
        profile === 'balanced'
          ? 'Strict and permissive'
          : others
              .map(([p]) => p)
              .join(' and ')
              .replace(/^./, (ch) => ch.toUpperCase()),
      ),
    );
  else {
    const [first, ...rest] = others.map(([p, r]) => `${p} ${ruleShort(r)}`);
    out.push(
      ` ${first!.replace(/^./, (ch) => ch.toUpperCase())}${rest.length ? `; ${rest.join('; ')}` : ''}.`,
    );
  }
  return out;
}

/** Where in the definition a path points, in words ("the default of its sql parameter"). */
function placeOf(path: string): string {
  if (path.startsWith('server.')) return 'the server’s instructions';
  if (path === 'description') return 'its description';
  if (path === 'title') return 'its title';
  if (path === 'name') return 'its name';
  const param = paramOf(path);
  if (!param) return 'its definition';
  const keys = pathKeys(path) ?? [];
  const last = keys[keys.length - 1];
  const what =
    last === 'description'
      ? 'the description'
      : last === 'default'
        ? 'the default value'
        : keys.includes('enum')
          ? 'a value'
          : keys.includes('examples')
            ? 'an example'
            : 'the definition';
  return `${what} of one of its parameters`;
}

/** The opening of a poisoned or injected definition, quoting the offending span. */
function poisonOpening(x: Ctx, e: Evidence, quote: RationaleQuote | null): Part[] {
  if (e.rule === 'poison.lookalike-name') {
    const out: Part[] = [
      'The name ',
      { n: x.name },
      ' looks like ',
      { n: e.match },
      ' but is spelled with different characters, so an agent may call it in the other tool’s place',
    ];
    if (quote) out.push('. Its description says ', { q: quote });
    out.push('. The tool is treated as hostile whatever it does.');
    return out;
  }
  const injection = e.rule.startsWith('inject.');
  const where: Part[] = quote?.decoded ? [`text hidden in ${placeOf(e.path)}, decoded,`] : [placeOf(e.path)];
  const out: Part[] = injection
    ? [
        'The definition of ',
        { n: x.name },
        ' tries to steer whoever reviews it rather than describe the tool: ',
        ...where,
        ' says ',
      ]
    : [
        'The definition of ',
        { n: x.name },
        ' carries instructions for the agent that the user is not meant to see: ',
        ...where,
        ' says ',
      ];
  if (quote) out.push({ q: quote });
  else out.push({ n: e.match });
  out.push(
    injection
      ? '. Such claims are ignored, and the tool is treated as hostile whatever it does.'
      : '. An agent that reads it may follow it without the user knowing, so the tool is treated as hostile whatever it does.',
  );
  return out;
}

function pickQuote(x: Ctx, definition: unknown, server: ServerContext | null): RationaleQuote | null {
  const { c } = x;
  const textPath = (e: Evidence): { path: string; raw: string } | null => {
    const direct = stringAt(definition, server, e.path);
    if (direct) return { path: e.path, raw: direct };
    if (paramOf(e.path) && !e.path.endsWith('.description')) {
      const p = `${e.path}.description`;
      const raw = stringAt(definition, server, p);
      if (raw) return { path: p, raw };
    }
    return null;
  };
  const tryQuote = (e: Evidence, useMatch: boolean): RationaleQuote | null => {
    if (e.path === 'name') return null;
    const t = textPath(e);
    if (!t) return null;
    const isParamText = t.path !== e.path;
    return quoteOf(t.raw, t.path, useMatch && !isParamText ? e.match : null);
  };
  const ordered: Evidence[] = [];
  ordered.push(...poisonEvidence(c));
  const critical = c.evidence.filter((e) => e.effect.minRisk === 'critical' && !POISON(e));
  ordered.push(...critical);
  if (x.decisive) ordered.push(x.decisive);
  const agreeing = c.evidence
    .filter((e) => e.effect.access === c.access && KIND_RANK.has(e.rule))
    .sort((a, b) => KIND_RANK.get(a.rule)! - KIND_RANK.get(b.rule)!);
  ordered.push(...agreeing);
  ordered.push(...c.evidence.filter((e) => e.effect.minRisk === 'high'));
  for (const e of ordered) {
    if (e.match.includes('[decoded from ')) {
      if (!POISON(e)) continue;
      const decoded = e.match.slice(0, e.match.indexOf(' [decoded from '));
      const cps = Array.from(decoded);
      return {
        path: e.path,
        text: cps.slice(0, QUOTE_MAX).join(''),
        cutStart: false,
        cutEnd: cps.length > QUOTE_MAX,
        decoded: true,
      };
    }
    const q = tryQuote(e, true);
    if (q) return q;
  }
  // nothing pointed at a sentence: the description's opening is what the label rests on
  const description = stringAt(definition, server, 'description');
  if (description && !x.flags.has('invalid_definition')) return quoteOf(description, 'description', null);
  return null;
}

function renderText(segments: RationaleSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (s.kind === 'text') out += s.text;
    else if (s.kind === 'name') out += visibleText(clipName(s.text));
    else
      out += `“${s.cutStart ? '…' : ''}${visibleText(s.text)}${s.cutEnd ? '…' : ''}” (${visibleText(clipName(s.path, 120))})`;
  }
  return out;
}

/** The paragraph for one classified tool. Never throws on hostile input; pure and deterministic. */
export function composeRationale(c: Classification, options: RationaleOptions = {}): Rationale {
  const server = options.server ?? null;
  const definition = options.definition ?? { name: c.tool, inputSchema: { type: 'object' } };
  const view = buildView(definition, server ?? undefined);
  const flags = flagSet(c);
  const serverName = server ? (server.title ?? server.name) : null;
  const decisive = [...c.evidence]
    .filter(
      (e) =>
        KIND.has(e.rule) &&
        (e.effect.access === c.access || (c.access === 'unknown' && e.effect.access === 'unknown')),
    )
    .sort((a, b) => KIND_RANK.get(a.rule)! - KIND_RANK.get(b.rule)!)[0];
  const learned = c.evidence.find((e) => e.rule === 'learned.access');
  const kind: Kind | 'unknown' = learned ? 'learned' : decisive ? KIND.get(decisive.rule)! : 'unknown';
  const x: Ctx = {
    c,
    view,
    flags,
    name: c.tool.trim() === '' ? '(unnamed tool)' : c.tool,
    server: serverName && serverName.trim() !== '' ? serverName : null,
    object: objectOf(view, serverName ?? ''),
    decisive: learned ? undefined : decisive,
    kind,
  };
  const quote = pickQuote(x, options.definition, server);
  const parts: Part[] = [];
  const sentence = (...ps: Part[]) => {
    if (ps.length === 0) return;
    if (parts.length > 0) parts.push(' ');
    parts.push(...ps);
  };
  const poison = poisonEvidence(c)[0];
  const invalid = flags.has('invalid_definition');
  if (poison && (flags.has('tool_poisoning') || flags.has('injection_attempt'))) {
    sentence(...poisonOpening(x, poison, quote));
    sentence(
      `Without that text it would be ${c.access === 'unknown' ? 'unknown' : `${ACCESS_WORD[c.access]}`}; with it the risk is ${c.risk}.`,
    );
  } else if (invalid) {
    const reason = c.evidence.find((e) => e.rule === 'hygiene.invalid');
    sentence(
      ...(reason
        ? ['This entry is not a valid MCP tool definition (', { n: reason.match }, ')']
        : ['This entry is not a valid MCP tool definition']),
      ', so it is labelled from its name and description alone, with low confidence.',
    );
    if (c.access !== 'unknown') {
      sentence(...opening(x, quote));
    } else if (quote) sentence('Its description says ', { q: quote }, '.');
  } else {
    sentence(...opening(x, quote));
    sentence(...router(x));
    // a router's sentence already says which action its label comes from
    if (c.actions.length === 0) sentence(...because(x));
    sentence(...cost(x));
    sentence(...annotationNote(c));
  }
  sentence(...hiddenNote(c));
  sentence(...policySentence(x, options));
  const segments: RationaleSegment[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      if (p === '') continue;
      const last = segments[segments.length - 1];
      if (last?.kind === 'text') last.text += p;
      else segments.push({ kind: 'text', text: p });
    } else if ('n' in p) segments.push({ kind: 'name', text: p.n });
    else segments.push({ kind: 'quote', ...p.q });
  }
  return { text: renderText(segments), segments, quote };
}
