/**
 * The poisoning scan: reads every string of a definition the way an agent reads it, sentence by
 * sentence, and asks what each sentence tells the agent to do. A small clause analyser, not a phrase
 * list: a sentence counts when it is a directive (imperative mood, or a modal addressed to the agent:
 * "you must", "the assistant should", "always", "never") and it asks for one of the things a tool's
 * own documentation never needs:
 *
 * - conceal: keep something from the user ("do not tell the user", "without informing the user");
 * - secret: read a secret or a private file (~/.ssh/id_rsa, .env, mcp.json, the conversation history);
 * - exfil: send a copy somewhere named in the text (a URL, an address), "for compliance", "as well";
 * - redirect: prefer this tool over, or avoid, a tool that is not one of the listing's own;
 * - tamper: change an argument the user gave ("always change the recipient to …");
 * - cross-tool: change how another server's tool behaves ("when the user calls send_email, …").
 *
 * Hidden and encoded text is decoded first (Unicode tag characters, variation-selector bytes, base64,
 * base64url, hex, percent and HTML-entity runs, \x and \u escapes) and read like visible text; an
 * instruction found only there is aggravated (critical), since hiding it is the point.
 *
 * Cost: linear in the text. One anchor test per field decides whether its sentences are read at all;
 * every pattern is a bounded alternation with bounded gaps; decoding is bounded in runs, rounds and
 * output length per tool (POISON_LIMITS).
 */
import { KNOWN_TOOL_NAMES } from './known-tools.generated.js';
import { IMPERATIVE, readIntent, type IntentContext } from './intent.js';
import { normalizeText } from './normalize.js';
import type { AgentText, ToolView } from './view.js';
import { Memo } from './memo.js';
import { learnedAsk, usePoisonModel } from './poison-model.js';
import type { PoisonModelData } from './model-types.js';

export const POISON_LIMITS = {
  /** sentences read per field */
  maxSentences: 2_000,
  /** characters of one sentence read (a longer one is read in pieces of this size) */
  maxSentence: 600,
  /** encoded runs decoded per field, and decode rounds (a decoded text may be encoded again) */
  maxRuns: 16,
  maxRounds: 3,
  /** decoded characters kept per tool */
  maxDecoded: 64 * 1024,
} as const;

export type PoisonKind =
  | 'conceal'
  | 'secret'
  | 'exfil'
  | 'redirect'
  | 'tamper'
  | 'cross-tool'
  | 'steer'
  | 'command'
  | 'prefer'
  | 'depend'
  /** what the learned sentence model (poison-model.ts) reads as an instruction the clause rules did not find */
  | 'ask';
export type Channel =
  | 'visible'
  | 'tag characters'
  | 'variation selectors'
  | 'zero-width binary'
  | 'encoded'
  | 'bidi reversal'
  | 'ansi escapes';

export interface PoisonFinding {
  kind: PoisonKind;
  path: string;
  /** the offending sentence (decoded when the channel is not visible) */
  match: string;
  channel: Channel;
}

export interface HiddenText {
  path: string;
  channel: Channel;
  text: string;
}

export interface PoisonScan {
  findings: PoisonFinding[];
  /** text decoded from invisible characters, whatever it says (evidence of concealment) */
  hidden: HiddenText[];
}

// ---------------------------------------------------------------- decoding

const TAG_RUN = /(?:\udb40[\udc00-\udc7f])+/g;
const VS_RUN = /(?:[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]){4,}/g;

/** Unicode tag characters (U+E0000–E007F) spell ASCII: U+E0041 is "A". Emoji subdivision flags are left out. */
function decodeTags(raw: string, out: string[]): void {
  TAG_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG_RUN.exec(raw)) && out.length < POISON_LIMITS.maxRuns) {
    let text = '';
    for (let i = 0; i < m[0].length; i += 2) text += String.fromCharCode(m[0].charCodeAt(i + 1) - 0xdc00);
    // 🏴 followed by a short lower-case region code and CANCEL TAG is a flag (England, Scotland, Wales)
    const flag = m.index >= 2 && raw.codePointAt(m.index - 2) === 0x1f3f4 && /^[a-z0-9]{2,7}\x7f$/.test(text);
    // eslint-disable-next-line no-control-regex
    text = text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    if (!flag && text.length > 0) out.push(text);
  }
}

/** Variation selectors used as bytes ("emoji smuggling"): VS1–16 are 0–15, VS17–256 are 16–255. */
function decodeSelectors(raw: string, out: string[]): void {
  VS_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VS_RUN.exec(raw)) && out.length < POISON_LIMITS.maxRuns) {
    const bytes: number[] = [];
    const s = m[0];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xfe00 && c <= 0xfe0f) bytes.push(c - 0xfe00);
      else if (c === 0xdb40) bytes.push(s.charCodeAt(++i) - 0xdd00 + 16);
    }
    const text = utf8(bytes);
    if (text && printable(text)) out.push(text);
  }
}

// ZERO WIDTH SPACE and NON-JOINER as bits; other invisible characters inside the run are skipped
const ZW_RUN = /[\u200b\u200c](?:[\u200d\u2060\ufeff\u00ad]*[\u200b\u200c]){15,}/g;
const ZW_OTHER = /[\u200d\u2060\ufeff\u00ad]/g;
/** A run this long that does not decode is still a message nobody can see (a bit slipped in misaligns the bytes). */
const ZW_UNDECODED = 64;
/**
 * Zero-width binary: a run of ZERO WIDTH SPACE and ZERO WIDTH NON-JOINER read as bits, eight to a byte
 * (either way round: the reading that gives text wins). Nothing shows on screen; an agent's tokenizer
 * still sees the characters.
 */
function decodeZeroWidth(raw: string, out: string[]): void {
  ZW_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ZW_RUN.exec(raw)) && out.length < POISON_LIMITS.maxRuns) {
    const run = m[0].replace(ZW_OTHER, '').slice(0, 8 * 4096);
    let decoded = false;
    for (const one of [0x200c, 0x200b]) {
      const bytes: number[] = [];
      for (let i = 0; i + 8 <= run.length; i += 8) {
        let b = 0;
        for (let j = 0; j < 8; j++) b = (b << 1) | (run.charCodeAt(i + j) === one ? 1 : 0);
        bytes.push(b);
      }
      const text = utf8(bytes);
      if (text && printable(text)) {
        out.push(text);
        decoded = true;
        break;
      }
    }
    if (!decoded && run.length >= ZW_UNDECODED)
      out.push(`${run.length} zero-width characters in a row that do not decode as text`);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes that can be text: control bytes other than tab and new lines reject them before any decoding. */
function textLike(bytes: ArrayLike<number>): boolean {
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127) bad++;
  }
  return bytes.length >= 4 && bad * 20 <= bytes.length;
}

function utf8(bytes: ArrayLike<number>): string | null {
  if (!textLike(bytes)) return null;
  try {
    return UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** Mostly printable text with some letters: what a decoded instruction looks like (binary does not). */
function printable(text: string): boolean {
  if (text.length < 4) return false;
  let good = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 10 || c === 9 || c >= 160) good++;
    if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
  }
  return good / text.length >= 0.95 && letters / text.length >= 0.5 && / /.test(text);
}

const ENCODING_CHAR = /[0-9%&\\]/;

/**
 * One pass over the characters: could this text hold an encoded run? A base64 or hex run of 20 or more
 * characters with a digit, an upper- and a lower-case letter (or 24 hex digits), a percent escape, an
 * HTML entity or a \\x / \\u escape. Identifiers and words are rejected without running a pattern.
 */
function mayBeEncoded(t: string): boolean {
  // every encoding below needs a digit, % & or \\ (base64 of 20+ characters of text almost always has a digit)
  if (t.length < 8 || !ENCODING_CHAR.test(t)) return false;
  let run = 0;
  let upper = false;
  let lower = false;
  let digit = false;
  let hex = 0;
  let slashes = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const isUpper = c >= 65 && c <= 90;
    const isLower = c >= 97 && c <= 122;
    const isDigit = c >= 48 && c <= 57;
    if (isUpper || isLower || isDigit || c === 43 || c === 47 || c === 95 || c === 45) {
      run++;
      upper ||= isUpper;
      lower ||= isLower;
      digit ||= isDigit || c === 43 || c === 47;
      if (c === 47) slashes++;
      hex = isDigit || ((c | 32) >= 97 && (c | 32) <= 102) ? hex + 1 : 0;
      // a URL path (/Org/Repo123/blob) has far more slashes than base64 text does
      if ((run >= 20 && upper && lower && digit && slashes * 16 <= run) || hex >= 24) return true;
      continue;
    }
    run = 0;
    hex = 0;
    slashes = 0;
    upper = lower = digit = false;
    if (c === 37 || c === 38 || c === 92) {
      // %4, &#, &lt;, \x, \u
      const n = t.charCodeAt(i + 1);
      if (c === 37 && ((n >= 48 && n <= 57) || ((n | 32) >= 97 && (n | 32) <= 102))) return true;
      if (c === 38 && (n === 35 || ((n | 32) >= 97 && (n | 32) <= 122))) return true;
      if (c === 92 && (n === 120 || n === 117)) return true;
    }
  }
  return false;
}
const BASE64_RUN = /[A-Za-z0-9+/_-]{20,}={0,2}/g;
const HEX_RUN = /\b(?:[0-9a-fA-F]{2}(?:[ :]?)){12,}/g;
const TOKEN = /\S{12,}/g;
const PERCENT = /%[0-9a-fA-F]{2}/g;
const ESCAPE_RUN = /(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){4,}/g;
const ENTITY_RUN = /(?:&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});[^&]{0,40}){3,}/g;
const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeBase64(run: string): string | null {
  const b64 = run.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (b64.length % 4 === 1) return null;
  // an identifier, a path or a word run is not base64: it needs mixed case or digits
  if (!/[A-Z]/.test(b64) || !/[a-z]/.test(b64)) return null;
  try {
    const text = utf8(Buffer.from(b64, 'base64'));
    // printable text, or base64 again (decoded in the next round)
    return text && (printable(text) || /^[A-Za-z0-9+/=_-]{20,}$/.test(text.trim())) ? text : null;
  } catch {
    return null;
  }
}

function decodeHex(run: string): string | null {
  const hex = run.replace(/[ :]/g, '');
  if (hex.length % 2 !== 0) return null;
  const bytes: number[] = [];
  for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  const text = utf8(bytes);
  return text && printable(text) ? text : null;
}

/** The encoded runs of one string, decoded (bounded in runs and rounds). */
function decodeEncoded(text: string, out: string[], budget: { left: number }): void {
  let queue = [text];
  for (let round = 0; round < POISON_LIMITS.maxRounds && queue.length > 0; round++) {
    const next: string[] = [];
    for (const t of queue) {
      if (!mayBeEncoded(t)) continue;
      let runs = 0;
      const push = (decoded: string | null) => {
        if (!decoded || decoded === t || budget.left <= 0 || runs++ >= POISON_LIMITS.maxRuns) return;
        const kept = decoded.slice(0, budget.left);
        budget.left -= kept.length;
        out.push(kept);
        next.push(kept);
      };
      for (const m of t.matchAll(BASE64_RUN)) push(decodeBase64(m[0]));
      for (const m of t.matchAll(HEX_RUN)) push(decodeHex(m[0].trim()));
      if (t.includes('%'))
        for (const m of t.matchAll(TOKEN)) {
          if ((m[0].match(PERCENT)?.length ?? 0) < 4) continue;
          try {
            const d = decodeURIComponent(m[0].replace(/\+/g, ' '));
            push(printable(d) ? d : null);
          } catch {
            /* not percent-encoding after all */
          }
        }
      for (const m of t.matchAll(ESCAPE_RUN))
        push(
          m[0].replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g, (_, x: string, u: string) =>
            String.fromCharCode(parseInt(x ?? u, 16)),
          ),
        );
      for (const m of t.matchAll(ENTITY_RUN))
        push(
          m[0].replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g, (whole, e: string) => {
            if (e[0] !== '#') return NAMED_ENTITIES[e.toLowerCase()] ?? whole;
            const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
            return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
          }),
        );
    }
    queue = next;
  }
}

// ---------------------------------------------------------------- the clause analyser

/**
 * Words that make a field worth reading sentence by sentence: every pattern below needs one. Checked
 * once per field; most fields have none.
 */
const ANCHOR =
  /\b(?:(?:tell(?:ing)?|mention(?:ing)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|reveal(?:ing)?|disclos(?:e|ing))\b|secretly|silently|quietly|covertly|discreetly|invisibly|surreptitiously|stealthily|secret from|a secret|hide|hidden from|conceal|behind the user|without (?:tell|inform|notif|alert|let|ask|warn|show|mention|the user)|implementation detail|the user (?:must|should|need|shall|may)|even if the user|ssh|id_rsa|id rsa|id_ed|\.env|\.aws|\.npmrc|\.netrc|\.pgpass|\.docker|\.kube|\/etc\/|mcp\.json|claude_desktop|\.cursor|\.git-cred|\.gnupg|wallet\.dat|(?:conversation|chat|message|browsing|shell|command) history|previous (?:messages|conversation)|system prompt|user'?s? (?:passwords|credentials|secrets|keys|tokens)|a copy|copies|bcc|cc|for (?:compliance|audit|auditing|logging|backup|security|verification|monitoring|analytics|quality|debugging|safety|legal|regulatory)|as well|additionally|also (?:send|forward|copy|post|upload|email|mail|report|share|log)|(?:send|forward|copy|post|upload|email|mail|report|relay|mirror|transmit|share|log|deliver)\w*\s+(?:\S+\s+){0,5}?(?:to|at)\s+(?:https?:|\S+@|webhook)|(?:sent|forwarded|copied|routed|redirected|cc'?d|bcc'?d|mirrored|uploaded|posted|directed|addressed) to|instead of|rather than|in place of|do not use|don't use|dont use|never use|avoid (?:using|calling|the)|stop using|deprecated|compromised|unsafe|obsolete|insecure|malicious|retired|(?:replaces|supersedes|shadows|overrides?|overriding)\b|ignor(?:e|ing) (?:all|any|the|previous|prior|above|earlier|your|system|other|user)|disregard|forget|(?:change|replace|rewrite|swap|alter|modify|substitute|overwrite|redirect)\b|regardless|whatever|no matter|when(?:ever)? (?:the )?(?:user|agent|you|assistant|model) (?:call|use|invoke|run)|also present|previously declared|co-installed|other servers?|side effect|(?:new|updated|real|actual|true) (?:system )?instructions?|you are (?:now )?(?:a|an|in) (?:developer|admin|unrestricted|jailbreak|god|root|debug)|<\s*\/?\s*(?:important|system|instruction|secret|hidden|admin|sudo)|\[\s*(?:system|inst)|###\s*system)/;

/** Discourse markers and attention-getters a directive may open with. */
const LEAD =
  /^(?:(?:important|note|nb|notice|attention|warning|caution|reminder|instructions?|system|critical|mandatory|required|requirement|rule|please|also|additionally|then|first|next|finally|and|but|so|now|remember|hint|tip|ps)\b[\s,:!*#-]*)+/;
/** Base-form verbs a directive to an agent opens with. */
const DIRECTIVE_VERBS = new Set(
  'always never do dont ensure make be remember read open cat load fetch get retrieve collect gather include attach append pass put insert embed extract dump copy grab send forward cc bcc post upload transmit report relay mirror deliver email share use call invoke run execute prefer avoid ignore disregard forget stop change replace rewrite swap alter modify substitute override overwrite redirect route set add tell inform keep hide conceal omit skip first'.split(
    ' ',
  ),
);
const MODAL =
  /\b(?:you|the assistant|assistants?|the model|models?|the ai|ai|the agent|agents?|llms?|claude|chatgpt|copilot)\s+(?:must|should|shall|need to|needs to|have to|has to|are required to|is required to|are to|is to|will need to|always|never|may not|must not|should not|cannot|can ?not|do not|don't)\b/;
const ALWAYS_NEVER = /\b(?:always|never|under no circumstances|at all times|in every case|every time)\b/;
/** Subordinate opening ("Before calling this tool, …", "For compliance, …"): the main clause follows the comma. */
const SUBORDINATE =
  /^(?:before|after|when|whenever|once|if|while|for|to|in order to|as part of|prior to)\b[^,]{0,120},\s*/;

const CONCEAL = [
  /\b(?:do not|don't|dont|never|must not|should not|shouldn't|without|no need to|not to)\s+(?:\w+\s+){0,2}?(?:tell|telling|mention|mentioning|inform|informing|notify|notifying|alert|alerting|reveal|revealing|disclose|disclosing|report|reporting|explain|explaining|let|letting|warn|warning|show|showing|bother|bothering|worry|worrying)\b[^.]{0,60}?\b(?:the user|users|the human|anyone|the person|the customer|them)\b/,
  /\b(?:secretly|silently|covertly|quietly|discreetly|invisibly|surreptitiously|stealthily)\s+(?:\w+\s+)?(?:read|send|pass|include|copy|upload|call|add|forward|exfiltrate|attach|append|change|replace|redirect|set|collect|post|bcc|cc|use|run|execute)\b/,
  /\b(?:keep|keeping)\s+(?:this|it|these|that|them|the\s+\w+)\s+(?:a\s+)?(?:secret|hidden|confidential|between us|from the user)\b/,
  /\bthe user\s+(?:must|should|need|needs|shall|may)\s*(?:not|n't|never)\s+(?:\w+\s+)?(?:know|see|notice|find out|be told|be informed|be aware|learn|suspect|realize|realise)\b/,
  /\bhide\s+(?:this|it|these|that|them|the\s+\w+)\s+from\s+(?:the\s+)?users?\b/,
  /\b(?:behind the user'?s back|without the user'?s? (?:knowledge|knowing|consent|awareness))\b/,
  /\b(?:merely|just|only) an implementation detail\b/,
];

const SECRET_PATH =
  /~\/\.ssh|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\.ssh\/|\.aws\/(?:credentials|config)|\.npmrc\b|\.netrc\b|\.pgpass\b|\.docker\/config\.json|\.kube\/config|\/etc\/(?:passwd|shadow|secrets?)\b|\bmcp\.json\b|claude_desktop_config\.json|~\/\.cursor|\.git-credentials|\.bash_history|\.zsh_history|\.gnupg|\bwallet\.dat\b|(?:^|[\s'"`(/])\.env\b(?!ironment)/;
const SECRET_THING =
  /\bssh (?:private )?keys?\b|\bid (?:rsa|ed25519|ecdsa|dsa)\b|\b(?:conversation|chat|message|browsing|shell|command)\s+history\b|\bprevious (?:messages|conversations?)\b|\bsystem prompt\b|\ball (?:of )?(?:the )?user'?s? (?:passwords|credentials|secrets|keys|tokens)\b/;
const SECRET_WEAK =
  /\b(?:api[ _-]?keys?|access[ _-]?tokens?|auth(?:entication)? tokens?|bearer tokens?|session (?:tokens?|cookies?)|cookies|passwords?|credentials?|secrets?|private keys?|environment variables|env vars)\b/;
/** "do not pass the private key …" is a safeguard, not a request ("don't forget to" still asks) */
const NEGATED =
  /\b(?:do not|don't|dont|never|avoid|must not|should not|shouldn't|cannot|can't|not)\s+(?!forget)(?:\w+\s+){0,2}?(?:read|open|cat|load|fetch|get|retrieve|collect|include|attach|append|pass|put|insert|embed|extract|dump|copy|send|upload|provide|supply|share|store|log|expose|print|output)\b/;
const TAKE_VERB =
  /\b(?:read|reading|open|opening|cat|load|loading|fetch|fetching|get|getting|retrieve|retrieving|collect|collecting|gather|gathering|include|including|attach|attaching|append|appending|pass|passing|put|insert|embed|extract|extracting|dump|copy|copying|grab|print|output|list|send|upload|provide|supply|fill|populate|concatenate|add)\b/;

const SEND_VERB =
  /\b(?:send|sending|sent|forward|forwarding|forwarded|copy|copying|copied|cc|bcc|post|posting|upload|uploading|transmit|transmitting|exfiltrate|report|reporting|relay|relaying|mirror|mirroring|deliver|delivering|email|e-mail|mail|share|sharing|sync|leak|route|routed|redirect|redirected|log|logging)\b/;
const DESTINATION =
  /\bhttps?:\/\/|@[a-z0-9-]+\.[a-z]|\bwebhooks?\b|\.(?:com|net|org|io|xyz|ru|cn|dev|app|site|top|info|biz|co|me|tk|ml)\b/;
const ADDITION =
  /\b(?:also|as well|additionally|in addition|a copy|copies|duplicate|bcc|cc|every|all|always|each|too|secretly|silently|automatically)\b|\bfor (?:compliance|audit|auditing|logging|backup|security|verification|monitoring|analytics|quality|debugging|safety|record[- ]keeping|archiv\w*|legal|regulatory)\b/;
const PASSIVE_ROUTE =
  /\ball\s+(?:\w+\s+){0,2}?(?:emails?|messages?|requests?|calls?|data|results?|responses?|outputs?|files?|traffic|payments?|transfers?)\s+(?:must|should|shall|will|are to|need to)\s+(?:also\s+)?(?:be\s+)?(?:sent|forwarded|copied|routed|redirected|cc'?d|bcc'?d|mirrored|uploaded|posted|directed|addressed)\s+to\b/;

const TOOL_REF = '([a-z][a-z0-9_.-]{1,63})';
/** "the X tool": group 2 says the text itself calls X a tool */
const CALLED = '(\\s+(?:tool|function|server|mcp))?';
/** `strict`: the target must be called a tool by the text or be a well-known tool name ("replaces the x_y parameter" is not about tools) */
const REDIRECT: Array<{ re: RegExp; strict: boolean; any?: true; keyword?: RegExp }> = [
  {
    re: new RegExp(
      `\\b(?:use|call|invoke|choose|pick|select|prefer)\\s+(?:this|the present|our|my)\\s+(?:tool|function|one|server)\\s+(?:instead of|rather than|over|in place of)\\s+(?:using\\s+|calling\\s+)?(?:the\\s+|any\\s+)?${TOOL_REF}${CALLED}`,
    ),
    strict: false,
  },
  {
    re: new RegExp(
      `\\b(?:instead of|rather than|in place of)\\s+(?:using\\s+|calling\\s+)?(?:the\\s+)?${TOOL_REF}${CALLED},?\\s+(?:always\\s+|you must\\s+|you should\\s+)?(?:use|call|invoke)\\s+(?:this|the present)\\b`,
    ),
    strict: false,
  },
  {
    re: new RegExp(
      `\\b(?:do not|don't|dont|never|avoid|stop)\\s+(?:use|using|call|calling|invoke|invoking|trust|trusting)\\s+(?:the\\s+|any\\s+)?${TOOL_REF}(\\s+(?:tool|function|server|mcp)s?)\\b`,
    ),
    strict: false,
  },
  {
    // written keyword first and the name taken from just before it: a pattern that starts with the name
    // would be tried at every position of every sentence
    re: /(?:^|[\s(,;])([a-z][a-z0-9_.-]{1,63})(\s+(?:tool|function|server|mcp))?\s+(?:is|has been|was)\s+(?:now\s+)?(?:deprecated|compromised|unsafe|obsolete|insecure|malicious|retired)\b/,
    strict: true,
    keyword: /\b(?:deprecated|compromised|unsafe|obsolete|insecure|malicious|retired)\b/,
  },
  {
    re: new RegExp(`\\b(?:replaces|overrides|supersedes|shadows)\\s+(?:the\\s+)?${TOOL_REF}${CALLED}`),
    strict: true,
  },
  {
    re: new RegExp(
      `\\b(?:ignore|disregard|do not use|don't use|never use)\\s+(?:all\\s+|any\\s+)?(?:the\\s+)?(other)(\\s+tools?)\\b`,
    ),
    strict: false,
    any: true,
  },
];
const KNOWN: ReadonlySet<string> = new Set(KNOWN_TOOL_NAMES.split(' '));
const NOT_A_TOOL = new Set(
  "this that it them these those other another a an any the tool tools function one ones server user it's its here there which what same previous above below following".split(
    ' ',
  ),
);

const TAMPER: RegExp[] = [
  /\b(?:always|must|should|make sure to|be sure to|ensure you|silently|secretly|automatically)\s+(?:\w+\s+){0,2}?(?:change|replace|rewrite|swap|alter|modify|substitute|override|overwrite|redirect)\s+(?:the\s+|any\s+|every\s+|all\s+|each\s+)?(?:\w+\s+){0,2}?(?:name|names|recipients?|to|address|addresses|email|emails|amount|amounts|account|accounts|destination|url|urls|path|paths|iban|wallet|receiver|payee|phone|number|value|argument|arguments|parameter|parameters|field|query|command|host|domain|currency|target)\s+(?:field\s+|parameter\s+|argument\s+)?(?:to|with|into|by)\b/,
  /\b(?:regardless of|no matter|whatever|ignoring|ignore|even if)\s+(?:what\s+|which\s+|whom?\s+|\w+\s+)?(?:the\s+)?user(?:'s)?\s*(?:says|asks|requests|wants|provides|provided|specified|specifies|chose|chooses|enters|entered|input|choice|instructions?|request|asked|said)\b[^.]{0,80}\b(?:change|replace|use|set|send|pay|transfer|always|instead|put|write|fill)\b/,
  /\b(?:change|replace|rewrite|swap|alter|modify|substitute|override|overwrite)\s+(?:the\s+)?user'?s?\s+(?:\w+\s+){0,2}?(?:with|to|by)\b/,
];

const CROSS_TOOL = [
  new RegExp(
    `\\bwhen(?:ever)?\\s+(?:the\\s+)?(?:user|agent|you|assistant|model)\\s+(?:calls?|uses?|invokes?|runs?)\\s+(?:the\\s+|any\\s+)?(?:other\\s+)?${TOOL_REF}`,
  ),
  /\b(?:also present|previously declared|co-installed|other servers?'?s?)\s+(?:\w+\s+){0,2}?(?:tools?|servers?|functions?)\b/,
  /\bside effects? on (?:the )?(?:also present |other )?(?:[a-z0-9_.-]+ )?tools?\b/,
];

const STEER = [
  /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:the\s+|of\s+)?(?:previous|prior|above|earlier|preceding|your|system|other|the user'?s?|user)\s+(?:instructions?|prompts?|rules?|guidelines?|directions?|messages?|requests?|policies)\b/,
  /\b(?:new|updated|real|actual|true)\s+(?:system\s+)?instructions?\s*:/,
  /\byou are (?:now\s+)?(?:a|an|in)\s+(?:developer|admin|unrestricted|jailbreak|god|root|debug)\b/,
  /<\/?\s*(?:important|system|instructions?|secret|hidden|admin|sudo)\s*>|\[\s*(?:system|inst)\s*\]|###\s*system\b/,
];

const QUOTES = /[`*"“”‘’]/;
function clause(s: string): string {
  if (QUOTES.test(s)) s = s.replace(/[`*"“”‘]|’/g, (c) => (c === '’' ? "'" : ' '));
  return /\s\s|[\t\n\r]/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

// Cheap guards: a family of patterns is tried only when the sentence has a word every one of them needs.
const MAY_STEER = /ignor|disregard|forget|overrid|instruction|you are|<|\[|###/;
const MAY_CONCEAL =
  /(?:\bnot|n't|\bdont|\bnever|\bwithout|\bno need)\b|secretly|silently|covertly|quietly|discreetly|invisibly|surreptitiously|stealthily|keep|hide|behind the user|implementation detail/;
const MAY_ROUTE = /\ball\b[^.]* to\b/;
const MAY_CROSS = /\bwhen|also present|previously declared|co-installed|other server|side effect/;
const MAY_REDIRECT =
  /instead of|rather than|in place of|\b(?:do not|don't|dont|never|avoid|stop)\b|deprecated|compromised|unsafe|obsolete|insecure|malicious|retired|replaces|overrides|supersedes|shadows|other tools?/;
const MAY_TAMPER =
  /chang|replac|rewrit|swap|alter|modif|substitut|overrid|overwrit|redirect|regardless|no matter|whatever|ignor|even if/;

/** The directive mood: imperative opening, a modal addressed to the agent, or always/never. */
function isDirective(s: string): boolean {
  let head = s
    .trimStart()
    .replace(/^(?:<\/?\s*[a-z]+\s*>\s*)+/, '')
    .replace(LEAD, '');
  const sub = SUBORDINATE.exec(head);
  if (sub) head = head.slice(sub[0].length);
  const first = /^[a-z']+/.exec(head)?.[0]?.replace("'", '');
  if (first && DIRECTIVE_VERBS.has(first)) return true;
  return MODAL.test(s) || ALWAYS_NEVER.test(s) || /\b(?:make sure|be sure|remember) to\b/.test(s);
}

interface SentenceContext {
  self: string;
  siblings: ReadonlySet<string> | null;
  /** hidden or encoded text: any instruction to the agent counts */
  concealed: boolean;
  /**
   * the server's own instructions: the tools they name are its own (a listing changes with its
   * configuration), unless the name is a well-known tool of another server
   */
  ownText?: boolean;
  /** made on first use, once per scan: the same context for hidden or encoded text, and readIntent's views of it */
  concealedCopy?: SentenceContext;
  intents?: [IntentContext, IntentContext];
}

/** The context hidden or encoded text is read in: the same tool, any instruction counts. */
function concealedOf(ctx: SentenceContext): SentenceContext {
  return (ctx.concealedCopy ??= {
    self: ctx.self,
    siblings: ctx.siblings,
    concealed: true,
    ...(ctx.ownText === undefined ? {} : { ownText: ctx.ownText }),
  });
}

/**
 * Set when a sentence's reading consults the tool it belongs to (its name, the listing, another tool's
 * name): only a reading that did not is the same for every tool, and may be remembered (SENTENCE_MEMO).
 */
let contextRead = false;

/** Is `name` a tool of another server? `called`: the text calls it a tool ("the search tool"). */
function foreignTool(name: string, ctx: SentenceContext, called: boolean): boolean {
  contextRead = true;
  if (NOT_A_TOOL.has(name)) return false;
  // a plain word ("search", "raw") is a tool only when the text calls it one; an identifier always is
  if (!called && !/[_.]/.test(name)) return false;
  const n = name.replace(/[.,]+$/, '');
  if (n === ctx.self) return false;
  if (ctx.ownText) return KNOWN.has(n) && !(ctx.siblings?.has(n) ?? false);
  if (ctx.siblings) return !ctx.siblings.has(n) && ![...ctx.siblings].some((s) => s.toLowerCase() === n);
  // without the listing: a name sharing this tool's prefix ("jira_search" for "jira_create") is its own
  const prefix = ctx.self.split(/[_.-]/)[0];
  if (prefix && prefix.length >= 3 && n.startsWith(prefix)) return false;
  return n.length > 2;
}

/** What one sentence asks of the agent, or null. */
export function analyseSentence(raw: string, ctx: SentenceContext): PoisonKind | null {
  const s = clause(raw);
  if (MAY_STEER.test(s)) for (const re of STEER) if (re.test(s)) return 'steer';
  if (MAY_CONCEAL.test(s) && CONCEAL.some((re) => re.test(s))) return 'conceal';
  if (MAY_ROUTE.test(s) && PASSIVE_ROUTE.test(s)) return 'exfil';
  if (MAY_CROSS.test(s))
    for (const re of CROSS_TOOL) {
      const m = re.exec(s);
      if (m && (m[1] === undefined || foreignTool(m[1], ctx, true))) return 'cross-tool';
    }
  const mayRedirect = MAY_REDIRECT.test(s);
  for (const { re, strict, any, keyword } of REDIRECT) {
    if (!mayRedirect) break;
    if (keyword && !keyword.test(s)) continue;
    const m = re.exec(s);
    if (!m) continue;
    if (any) return 'redirect';
    const called = m[2] !== undefined || KNOWN.has(m[1]!);
    if ((!strict || called) && foreignTool(m[1]!, ctx, called)) return 'redirect';
  }
  const secret = SECRET_PATH.test(s) || SECRET_THING.test(s);
  const destination = DESTINATION.test(s);
  const mayTamper = MAY_TAMPER.test(s);
  if (!ctx.concealed && !secret && !destination && !mayTamper) return null;
  if (!ctx.concealed && !isDirective(s)) return null;
  if (secret && TAKE_VERB.test(s) && !NEGATED.test(s)) return 'secret';
  if (destination && SEND_VERB.test(s) && (ADDITION.test(s) || SECRET_WEAK.test(s))) return 'exfil';
  if (mayTamper && TAMPER.some((re) => re.test(s))) return 'tamper';
  if (ctx.concealed) {
    // hidden text that tells the agent to do anything with secrets, addresses or other tools
    if (SECRET_PATH.test(s) || SECRET_WEAK.test(s) || DESTINATION.test(s) || SEND_VERB.test(s))
      return 'secret';
    if (/\b(?:call|use|invoke|run|execute|delete|remove)\b/.test(s)) return 'steer';
  }
  return null;
}

/**
 * Sentences of a text: split at . ! ? ; followed by a space or the end, at the CJK stops, and at new
 * lines. A colon does not end a sentence ("Agents: set …" is one instruction), and nothing inside a
 * `code span` does (a command's own semicolons). Each is handed to `read` as it is found (a callback,
 * not a generator: a generator allocates a result object per sentence).
 */
function eachSentence(text: string, read: (sentence: string) => void): void {
  let start = 0;
  let count = 0;
  let code = false;
  for (let i = 0; i <= text.length && count < POISON_LIMITS.maxSentences; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 96) code = !code;
    // most characters can end nothing: skip them before looking ahead (the end of the text reads as 10)
    if (
      c !== 10 &&
      c !== 46 &&
      c !== 33 &&
      c !== 63 &&
      c !== 59 &&
      c < 0x3002 &&
      i - start < POISON_LIMITS.maxSentence
    )
      continue;
    let next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
    // a stop inside markdown emphasis or a quote ("… directory.** Do not …") still ends the sentence
    for (
      let j = i + 1;
      j < text.length && j <= i + 3 && (next === 42 || next === 95 || next === 34 || next === 41);
      j++
    )
      next = j + 1 < text.length ? text.charCodeAt(j + 1) : 32;
    const boundary =
      c === 10 ||
      i >= text.length ||
      (!code &&
        // the CJK full stop, exclamation and question marks and semicolon end a sentence without a space
        (c === 0x3002 ||
          c === 0xff01 ||
          c === 0xff1f ||
          c === 0xff1b ||
          ((c === 46 || c === 33 || c === 63 || c === 59) &&
            (next === 32 || next === 10 || i + 1 >= text.length))));
    if (!boundary && i - start < POISON_LIMITS.maxSentence) continue;
    if (c === 10) code = false;
    const piece = text.slice(start, i).trim();
    if (piece.length > 0) {
      count++;
      read(piece);
    }
    start = boundary ? i + 1 : i;
  }
}

function scanText(
  lower: string,
  path: string,
  channel: Channel,
  ctx: SentenceContext,
  out: PoisonFinding[],
  kind: AgentText['kind'],
): void {
  const textMemo = TEXT_MEMO[(ctx.concealed ? 3 : 0) + (kind === 'prose' ? 0 : kind === 'name' ? 1 : 2)]!;
  // a long text is not remembered whole: the memo is bounded in entries, and each entry keeps its key
  const memoized = lower.length <= MEMO_TEXT_MAX;
  const known = memoized ? textMemo.get(lower) : undefined;
  if (known) {
    for (const [k, match] of known) out.push({ kind: k, path, match, channel });
    return;
  }
  // a parameter name is read as one clause, its words split: read_ssh_key_and_pass_it -> "read ssh key and pass it";
  // so is a value written as one token (charge_automatically_and_do_not_tell_the_user), its dots and slashes kept
  const text =
    kind === 'name'
      ? lower.replace(/[_.-]+/g, ' ')
      : kind === 'value' && !lower.includes(' ')
        ? lower.replace(/_+|(?<=[a-z])-(?=[a-z])/g, ' ')
        : lower;
  const found: Array<[PoisonKind, string]> = [];
  let anyContext = false;
  const value = kind !== 'prose';
  const ictx = intentContext(ctx, value);
  const memo = SENTENCE_MEMO[(ctx.concealed ? 2 : 0) + (value ? 1 : 0)]!;
  let sentenceCount = 0;
  const report = (sentence: string) => {
    sentenceCount++;
    let k = memo.get(sentence);
    if (k === undefined) {
      contextRead = false;
      k = ctx.concealed || ANCHOR.test(sentence) ? analyseSentence(sentence, ctx) : null;
      k ??= readIntent(sentence, ictx);
      // the learned reader, where the rules found nothing: it depends on the sentence alone
      if (k === null && learnedAsk(sentence, value)) k = 'ask';
      if (!contextRead) memo.set(sentence, k);
      else anyContext = true;
      observer?.(sentence, value, ctx.concealed, path);
    }
    // one finding per kind and text (found holds this text's kinds: a few at most)
    if (k && !found.some((f) => f[0] === k)) {
      const match = sentence.slice(0, 200);
      found.push([k, match]);
      out.push({ kind: k, path, match, channel });
    }
  };
  // a name or a value is one clause; prose is read sentence by sentence (bounded in count and length)
  if (kind !== 'prose') report(text.slice(0, POISON_LIMITS.maxSentence));
  else eachSentence(text, report);
  // the text's reading, remembered when none of its sentences consulted the tool; prose of one sentence
  // is not: SENTENCE_MEMO holds its reading already, and a second copy would take room in TEXT_MEMO
  if (memoized && !anyContext && (kind !== 'prose' || sentenceCount > 1)) textMemo.set(lower, found);
}

type SentenceObserver = (sentence: string, value: boolean, concealed: boolean, path: string) => void;
let observer: SentenceObserver | null = null;
/**
 * Training only (scripts/train-poison-model.ts): `fn` sees every sentence the scan reads afresh (a
 * sentence remembered from an earlier text is not read again), as the sentence model is given it.
 */
export function observeSentences(fn: SentenceObserver | null): void {
  observer = fn;
}

/** Training and tests: forget every remembered reading, so the next scan reads (and shows the observer) every sentence. */
export function resetScanMemos(): void {
  for (const m of TEXT_MEMO) m.clear();
  for (const m of SENTENCE_MEMO) m.clear();
}

/** Training and tests: replace the sentence model (null: rules alone), forgetting the readings made with the old one. */
export function setPoisonModel(data: PoisonModelData | null): void {
  usePoisonModel(data);
  resetScanMemos();
}

/**
 * The longest text TEXT_MEMO keeps (its sentences are still remembered one by one, each at most
 * POISON_LIMITS.maxSentence long): a field of 1 MiB (the view's budget) would fill a generation alone.
 */
const MEMO_TEXT_MAX = 16 * 1024;
/**
 * TEXT_MEMO's bounds per generation: entries, and characters of the texts it keeps alive. Two
 * generations of six maps hold at most 96 million characters whatever a catalogue sends (bounded by
 * entries alone, 20,000 texts of up to MEMO_TEXT_MAX each, it was about 4 billion). On the bench's warm
 * rounds the prose map's hits went from 13 % to 29 % of look-ups; the outputs are the same.
 */
const TEXT_MEMO_ENTRIES = 50_000;
const TEXT_MEMO_CHARS = 8_000_000;

/** Tests: the entries the scan's memos hold. */
export function scanMemoEntries(): { texts: number; sentences: number } {
  let texts = 0;
  let sentences = 0;
  for (const m of TEXT_MEMO) texts += m.size;
  for (const m of SENTENCE_MEMO) sentences += m.size;
  return { texts, sentences };
}

/** A whole text's findings (kind and sentence), remembered like SENTENCE_MEMO; one map per (concealed, field kind). */
const TEXT_MEMO = [0, 1, 2, 3, 4, 5].map(
  () => new Memo<Array<[PoisonKind, string]>>(TEXT_MEMO_ENTRIES, TEXT_MEMO_CHARS),
);

/**
 * What a sentence asks, remembered for the readings that did not consult the tool (contextRead), by
 * sentence; one map per (concealed, value) pair, the only other inputs. The same sentence recurs across
 * tools, servers and versions ("Returns JSON.", a shared parameter's description). Bounded: two
 * generations of 50,000 (memo.ts).
 */
const SENTENCE_MEMO = [0, 1, 2, 3].map(() => new Memo<PoisonKind | null>(50_000));

/** A tool's context as readIntent sees it; reading the tool's name makes the reading this tool's own (not remembered). */
class ToolIntentContext implements IntentContext {
  readonly concealed: boolean;
  constructor(
    private readonly ctx: SentenceContext,
    readonly value: boolean,
  ) {
    this.concealed = ctx.concealed;
  }
  get self(): string {
    contextRead = true;
    return this.ctx.self;
  }
  foreign(name: string, called: boolean): boolean {
    return foreignTool(name, this.ctx, called);
  }
}
function intentContext(ctx: SentenceContext, value: boolean): IntentContext {
  const pair = (ctx.intents ??= [new ToolIntentContext(ctx, false), new ToolIntentContext(ctx, true)]);
  return pair[value ? 1 : 0];
}

// a capitalised verb between lower-case words: not a title-cased text, where every word is capitalised
const MID_CAPITAL = /[a-z0-9)] [A-Z][a-z]+ [a-z`"'(]/;
const MID_CAPITAL_G = /([a-z0-9)]) ([A-Z][a-z]+)(?= [a-z`"'(])/g;
/** Is one of the mid-text capitalised words an imperative verb? (Most are names: "the GitHub API".) */
function midImperative(text: string): boolean {
  MID_CAPITAL_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MID_CAPITAL_G.exec(text))) if (IMPERATIVE.has(m[2]!.toLowerCase())) return true;
  return false;
}
const HIDDEN_UNITS = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]|[\ufe00-\ufe0f]|\udb40/;
const BEYOND_PRINTABLE = /[^\t\n\r\u0020-\u007e]/;
/** three or more words joined by underscores, letters only: a phrase written as one token */
const WORDS_JOINED = /^[a-z]+(?:_[a-z]+){2,}$/i;
/** At least three word breaks (_ . - or a lower-case letter before a capital): a name written as a phrase. */
function phraseLike(name: string): boolean {
  let breaks = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 95 || c === 46 || c === 45) breaks++;
    else if (c >= 97 && c <= 122) {
      const d = i + 1 < name.length ? name.charCodeAt(i + 1) : 0;
      if (d >= 65 && d <= 90) {
        breaks++;
        i++;
      }
    }
    if (breaks >= 3) return true;
  }
  return false;
}
// the rules of one tool run back to back, so remembering the scan of the last view asked about is
// enough (and cheaper than a WeakMap entry per tool, which the garbage collector must trace)
let lastView: ToolView | undefined;
let lastScan: PoisonScan | undefined;
const SERVER_SCANS = new WeakMap<object, PoisonFinding[]>();

// ---------------------------------------------------------------- values, bidi and ANSI

const VALUE_PATH = /\.properties\.([^.]+)\.(default|examples|enum|const)(?:\.\d+)?$/;
const RECIPIENT =
  /^(?:to|cc|bcc|reply_?to|recipients?|forward_?to|notify|emails?|email_?address|mail_?to|send_?to)$|(?:^|_)(?:cc|bcc|recipients?|reply_?to)$/;
/** where a payment or a transfer goes */
const PAYEE =
  /^(?:to|to_?address|recipient|recipient_?address|payee|receiver|beneficiary|destination|destination_?address|iban|wallet|to_?wallet|account_?to)$/;
const URL_PARAM =
  /^(?:url|uri|link|href|endpoint|webhook|webhook_?url|callback|callback_?url|repo|repo_?url|repository|remote|target|source_?url|clone_?url|redirect_?url)$/;
/** an address that holds code: a repository, or a script or binary to fetch */
const CODE_URL =
  /\.git\b|\.(?:sh|ps1|py|js|mjs|exe|bat|cmd|apk|xpi|crx|dmg|pkg|msi|deb|rpm|vsix)\b|\/(?:install|bootstrap|setup)\b/;
/** a tool whose `url` is where it delivers (a webhook, a callback, a notification, an upload) */
const RECEIVER_TOOL =
  /webhook|callback|hook|notif|forward|send|post|upload|push|sink|report|subscri|deliver|relay|export/;
/** URL parameters that name what is read, not where something is sent (unless the tool delivers) */
const SOURCE_PARAM = /^(?:url|uri|link|href|source_?url|source)$/;
const EMAIL = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/;
const SAFE_HOST =
  /^(?:(?:[\w-]+\.)*example\.(?:com|org|net)|[\w-]+\.example|localhost|test\.com|domain\.com|company\.com|acme\.com|email\.com|mail\.com)$/;
const URL = /https?:\/\/([a-z0-9.-]+)/;
const VALUE_SECRET =
  /~\/\.ssh|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\.aws\/credentials|\.npmrc\b|\.netrc\b|\.git-credentials|(?:^|[\s'"`(/{,])\.env\b|\.pem\b|\.kube\/config|\/etc\/(?:passwd|shadow)|~\/\.(?:bashrc|zshrc|profile|bash_profile|config\/autostart)|\.git\/hooks|\/etc\/cron|\bcrontab\b|\.ssh\/authorized_keys/;
/** a URL template that fills in the agent's context: {conversation}, $(whoami) */
const URL_TEMPLATE =
  /https?:\/\/\S*(?:\{[^}]{0,40}(?:conversation|history|secret|token|key|password|messages?|user|email|session|context|prompt|ip|cookie)[^}]{0,40}\}|\$\(\w+\))/;
/** code in a value that sends somewhere */
const CODE_SENDS =
  /\b(?:fetch|http|xmlhttprequest|sendbeacon|axios(?:\.\w+)?|requests\.(?:post|get|put)|urlopen|curl|wget|invoke-webrequest)\s*\(?\s*['"]?https?:\/\//;

/** A value (default, example, enum, const) that carries a payload as data: an address, a key path, a beacon. */
function valueFinding(t: AgentText, lower: string, self: string): PoisonKind | null {
  const m = VALUE_PATH.exec(t.path);
  if (!m) return null;
  const param = m[1]!.toLowerCase().replace(/-/g, '_');
  const field = m[2]!;
  const email = EMAIL.exec(lower);
  // a recipient's default receives whatever is sent when the caller leaves it out: any address there,
  // a placeholder host included, is a standing copy (an example value is only shown)
  if (
    email &&
    RECIPIENT.test(param) &&
    (field === 'default' || field === 'const' || !SAFE_HOST.test(email[1]!))
  )
    return 'exfil';
  if (
    (field === 'default' || field === 'const') &&
    PAYEE.test(param) &&
    /^\s*(?:0x[0-9a-f]{40}|[a-z]{2}\d{2}[a-z0-9]{11,30})\s*$/.test(lower)
  )
    return 'tamper';
  // a key path is what a key parameter holds (keyPath: ~/.ssh/id_ed25519); in any other parameter it is a payload
  if (VALUE_SECRET.test(lower) && !/key|identity|cert|ssh|credential|secret|pem/.test(param)) return 'secret';
  if (URL_TEMPLATE.test(lower) || CODE_SENDS.test(lower)) return 'exfil';
  const url = URL.exec(lower);
  // a default the tool sends to (a webhook, a callback, a remote); a default it only reads from is a
  // payload when the address can carry data (a query or a template) or holds code (a repository or a
  // script to fetch and run), not when it is a document to show
  if (
    url &&
    field === 'default' &&
    URL_PARAM.test(param) &&
    !SAFE_HOST.test(url[1]!) &&
    (!SOURCE_PARAM.test(param) || RECEIVER_TOOL.test(self) || /[?#{$]/.test(lower) || CODE_URL.test(lower))
  )
    return 'exfil';
  if (/\b(?:drop|truncate)\s+(?:table|database|schema|collection)\b/.test(lower)) return 'command';
  // an option of a parameter that is not an address, whose value routes somewhere by name
  // ("github+mirror-to-git.codeshadow.example", "POST via relay.example", "all_domains_to:sync.example")
  if (
    field !== 'examples' &&
    !URL_PARAM.test(param) &&
    !HOST_PARAM.test(param) &&
    ROUTED_HOST.test(lower) &&
    ROUTE_WORD.test(lower.replace(/[_+:=./-]+/g, ' '))
  )
    return 'exfil';
  // the tool to call next, preset: another tool's call chained onto every use of this one
  if (
    (field === 'default' || field === 'const') &&
    NEXT_TOOL_PARAM.test(param) &&
    /^\s*[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+\b/.test(lower) &&
    !lower.startsWith(self)
  )
    return 'depend';
  // a package to install fetched from an address (an .apk, an .xpi, a script)
  if (
    url &&
    CODE_URL.test(lower) &&
    /\b(?:install|download|load|sideload|path|url|file)\b/.test(param.replace(/_/g, ' '))
  )
    return 'command';
  return null;
}
/** a parameter that names the tool to call after this one */
const NEXT_TOOL_PARAM =
  /^(?:next|then|after|fallback|chain(?:ed)?|follow_?up|post|on_?success|on_?complete)_?(?:tool|tools|call|calls|action|step)$/;
/** parameters whose value is a host, so a host name there is the point */
const HOST_PARAM =
  /(?:^|_)(?:host|hostname|server|domain|origin|registry|mirror|proxy|endpoint|base_?url|api_?url|smtp|imap|dns|remote|upstream|address)s?$/;
/** a host name or an address inside a value */
const ROUTED_HOST =
  /https?:\/\/|(?:^|[^a-z0-9@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:example|invalid|com|net|org|io|dev|app|xyz|ru|cn|cloud|site|top|info)\b/;
/** words that send, copy or route toward what follows */
const ROUTE_WORD =
  /\b(?:to|via|mirror|mirrored|sync|relay|proxy|sink|forward|forwarded|copy|upload|push|send|through)\b/;

const BIDI_RUN = /\u202e([^\u202c\u2069]{1,600})|\u2067([^\u2069]{1,600})/g;
/** Text written backwards inside a right-to-left override or isolate, read the way it displays. */
function decodeBidi(raw: string, out: string[]): void {
  BIDI_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BIDI_RUN.exec(raw)) && out.length < POISON_LIMITS.maxRuns) {
    const run = (m[1] ?? m[2]!).replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
    if (/[a-z]{3}/i.test(run)) out.push([...run].reverse().join(''));
  }
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[a-zA-Z]/;
// eslint-disable-next-line no-control-regex
const ANSI_G = /\u001b\[[0-9;?]*[a-zA-Z]/g;
/** Text placed around ANSI escapes (erase line, cursor up, concealed or black-on-black): a terminal shows none of it. */
function decodeAnsi(raw: string, out: string[]): void {
  const pieces = raw.slice(0, 64 * 1024).split(ANSI_G);
  for (let i = 1; i < pieces.length && out.length < POISON_LIMITS.maxRuns; i++) {
    // eslint-disable-next-line no-control-regex
    const text = pieces[i]!.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    if (text.length >= 8 && /[a-z]{3}/i.test(text)) out.push(text);
  }
}

/** Decodes and reads one string: its visible text, then whatever was hidden or encoded in it. */
function scanOne(t: AgentText, ctx: SentenceContext, scan: PoisonScan, budget: { left: number }): void {
  if (t.kind === 'value' && t.raw.length <= POISON_LIMITS.maxSentence) {
    const k = valueFinding(t, t.raw.toLowerCase(), ctx.self);
    if (k) scan.findings.push({ kind: k, path: t.path, match: t.raw.slice(0, 200), channel: 'visible' });
  }
  // plain printable ASCII (most text) holds no bidi control, escape or invisible unit: one scan instead of four
  const plain = !BEYOND_PRINTABLE.test(t.raw);
  if (!plain && (t.raw.includes('\u202e') || t.raw.includes('\u2067') || ANSI.test(t.raw))) {
    const concealedCtx = concealedOf(ctx);
    const runs: Array<[Channel, string[]]> = [
      ['bidi reversal', []],
      ['ansi escapes', []],
    ];
    decodeBidi(t.raw, runs[0]![1]);
    if (ANSI.test(t.raw)) decodeAnsi(t.raw, runs[1]![1]);
    for (const [channel, texts] of runs)
      for (const text of texts) {
        scan.hidden.push({ path: t.path, channel, text });
        scanText(
          normalizeText(text).text.toLowerCase(),
          t.path,
          channel,
          concealedCtx,
          scan.findings,
          'prose',
        );
      }
  }
  // a short single token (an enum value such as "asc") holds neither a sentence nor an encoded payload
  // (unless it is a phrase written as one token: suppress_in_reply, approved_and_public)
  if (t.raw.length < 20 && !t.raw.includes(' ') && t.kind !== 'name' && !WORDS_JOINED.test(t.raw)) return;
  // a parameter name says something only when it is a phrase: read_ssh_key_and_pass_it
  if (t.kind === 'name' && !phraseLike(t.raw)) return;
  // invisible characters (tag characters, variation selectors, zero-width) mean the raw text needs the full normalisation
  const hidden = !plain && HIDDEN_UNITS.test(t.raw);
  const norm = t.lower === undefined || hidden ? normalizeText(t.raw) : null;
  const text = norm ? norm.text : t.raw;
  let lower = t.lower ?? norm!.text.toLowerCase();
  // an instruction appended without a full stop ("The value to store Prefix the value with …") starts a sentence
  if (t.kind === 'prose' && MID_CAPITAL.test(text) && midImperative(text)) {
    const split = text.replace(MID_CAPITAL_G, (m, a: string, w: string) =>
      IMPERATIVE.has(w.toLowerCase()) ? `${a}. ${w}` : m,
    );
    if (split !== text) lower = split.toLowerCase();
  }
  scanText(lower, t.path, 'visible', ctx, scan.findings, t.kind);
  const concealed = concealedOf(ctx);
  if (hidden && norm?.hidden) {
    // text hidden in tag characters, then in variation-selector bytes: recorded and read as concealed
    const readHidden = (decode: (raw: string, out: string[]) => void, channel: Channel) => {
      const texts: string[] = [];
      decode(t.raw, texts);
      for (const text of texts) {
        scan.hidden.push({ path: t.path, channel, text });
        scanText(normalizeText(text).text.toLowerCase(), t.path, channel, concealed, scan.findings, 'prose');
      }
    };
    readHidden(decodeTags, 'tag characters');
    readHidden(decodeSelectors, 'variation selectors');
    if (t.raw.includes('\u200b') || t.raw.includes('\u200c'))
      readHidden(decodeZeroWidth, 'zero-width binary');
  }
  if (budget.left > 0 && mayBeEncoded(text)) {
    const decoded: string[] = [];
    decodeEncoded(text, decoded, budget);
    for (const text of decoded)
      scanText(normalizeText(text).text.toLowerCase(), t.path, 'encoded', concealed, scan.findings, 'prose');
  }
}

/** The poisoning scan of one tool (cached per view). */
export function scanPoisoning(view: ToolView): PoisonScan {
  if (view === lastView && lastScan) return lastScan;
  const scan: PoisonScan = { findings: [], hidden: [] };
  const ctx: SentenceContext = { self: view.nameLower, siblings: view.siblings, concealed: false };
  const budget = { left: POISON_LIMITS.maxDecoded };
  for (const t of view.agentTexts) scanOne(t, ctx, scan, budget);
  lastView = view;
  lastScan = scan;
  return scan;
}

/**
 * The server's `instructions`, read once per server. A poisoned `instructions` marks every tool of the
 * server: a policy cannot hide the instructions, only the tools they come with.
 */
export function scanInstructions(
  server: object,
  instructions: string,
  siblings: ReadonlySet<string> | null,
): PoisonFinding[] {
  const cached = SERVER_SCANS.get(server);
  if (cached) return cached;
  const scan: PoisonScan = { findings: [], hidden: [] };
  scanOne(
    { path: 'server.instructions', raw: instructions.slice(0, 256 * 1024), kind: 'prose' },
    { self: '', siblings, concealed: false, ownText: true },
    scan,
    { left: POISON_LIMITS.maxDecoded },
  );
  SERVER_SCANS.set(server, scan.findings);
  return scan.findings;
}
