import { KNOWN_TOOL_NAMES } from '../known-tools.generated.js';
import { skeletonOf } from '../normalize.js';
import {
  scanInstructions,
  scanPoisoning,
  type Channel,
  type PoisonFinding,
  type PoisonKind,
} from '../poison.js';
import type { ToolView } from '../view.js';
import { NONE, type Finding, type Rule } from './types.js';

// The clause analyser's findings (classifier/poison.ts), one rule per thing a sentence asks the agent
// to do. A finding in visible text is high; one decoded from hidden or encoded text is critical, since
// hiding an instruction from the person reading the definition is the point of hiding it.

const quote = (f: PoisonFinding): string =>
  f.channel === 'visible' ? f.match : `${f.match} [decoded from ${f.channel}]`;

function findingsOf(view: ToolView, kind: PoisonKind): readonly Finding[] {
  let out: Finding[] | undefined;
  for (const f of scanPoisoning(view).findings) {
    if (f.kind !== kind) continue;
    (out ??= []).push({
      path: f.path,
      match: quote(f),
      ...(f.channel === 'visible' ? {} : { effect: { flag: 'tool_poisoning', minRisk: 'critical' } }),
    });
    if (out.length >= 3) break;
  }
  return out ?? NONE;
}

/** Channels that exist only to hide text (text around bidi and ANSI controls is on screen, if garbled). */
const CONCEALING: ReadonlySet<Channel> = new Set([
  'tag characters',
  'variation selectors',
  'zero-width binary',
]);
/**
 * Letters enough for a message, not a stray code point: counted over every hidden piece, so a character
 * slipped in (which can break one hidden character, never remove the rest) cannot bring a message under it
 */
const HIDDEN_LETTERS = 4;
const LETTER_G = /\p{L}/gu;

const directive = (kind: PoisonKind, id: string, title: string, rationale: string): Rule => ({
  id,
  family: 'injection',
  title,
  effect: { flag: 'tool_poisoning', minRisk: 'high' },
  strength: 'weak',
  rationale,
  phase: 'definition',
  detect: (view) => findingsOf(view, kind),
});

let known: ReadonlyMap<string, string> | undefined;
/** skeleton -> well-known tool name */
function knownSkeletons(): ReadonlyMap<string, string> {
  if (known) return known;
  const m = new Map<string, string>();
  for (const n of KNOWN_TOOL_NAMES.split(' ')) m.set(skeletonOf(n), n);
  known = m;
  return m;
}

/** A name that could be passing for another: look-alike letters, or I, 0 and 1 among lower-case letters. */
const SUSPICIOUS_ASCII = /[a-z][I01]|[I01][a-z]/;

/** The tool (of the listing, else of the catalogue) this name is a look-alike of, if any. */
function imitated(view: ToolView): string | undefined {
  if (!view.name || view.name.length > 128) return undefined;
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\u0000-\u007f]*$/.test(view.name);
  if (ascii && !SUSPICIOUS_ASCII.test(view.name)) return typoSquats().get(view.name);
  const lower = view.name.toLowerCase();
  // as written ("read_fiIe": I looks like l) and lower-cased ("RЕAD_FILE" is still read_file)
  const sks = [skeletonOf(view.name), skeletonOf(lower)];
  if (view.siblings)
    for (const s of view.siblings)
      if (s !== view.name && s.toLowerCase() !== lower && sks.includes(skeletonOf(s))) return s;
  for (const sk of sks) {
    const k = knownSkeletons().get(sk);
    if (k !== undefined && k.toLowerCase() !== lower) return k;
  }
  return typoSquats().get(lower);
}

let squats: ReadonlyMap<string, string> | undefined;
/**
 * Well-known names with one doubled letter written once (git_comit, slack_post_mesage): the misspelling
 * a squatter registers. A variant that is itself a well-known name is left out.
 */
function typoSquats(): ReadonlyMap<string, string> {
  if (squats) return squats;
  const names = KNOWN_TOOL_NAMES.split(' ');
  const known = new Set(names);
  const m = new Map<string, string>();
  for (const n of names)
    for (let i = 0; i + 1 < n.length; i++)
      if (n[i] === n[i + 1] && /[a-z]/.test(n[i]!)) {
        const variant = n.slice(0, i) + n.slice(i + 1);
        if (!known.has(variant) && variant.length >= 5) m.set(variant, n);
      }
  squats = m;
  return m;
}

export const poisoningRules: Rule[] = [
  directive(
    'conceal',
    'poison.conceal',
    'Tells the agent to keep something from the user',
    'the text tells the agent "{match}": it asks for secrecy toward the user, which no tool needs',
  ),
  directive(
    'secret',
    'poison.read-secret',
    'Tells the agent to read a secret or a private file',
    'the text tells the agent "{match}": it asks for keys, credentials or private files the tool has no use for',
  ),
  directive(
    'exfil',
    'poison.exfiltrate',
    'Tells the agent to send a copy somewhere',
    'the text tells the agent "{match}": it sends data to a destination the definition names, beyond what the user asked',
  ),
  directive(
    'redirect',
    'poison.redirect',
    'Steers the agent away from another tool',
    'the text says "{match}": it steers the agent away from a tool that is not one of this server\'s own',
  ),
  directive(
    'tamper',
    'poison.tamper-argument',
    'Tells the agent to change an argument',
    'the text tells the agent "{match}": it rewrites what the user asked for',
  ),
  directive(
    'cross-tool',
    'poison.cross-tool',
    "Changes how another server's tool behaves",
    'the text says "{match}": it reaches into how the agent uses tools of other servers',
  ),
  directive(
    'command',
    'poison.run-command',
    'Tells the agent to run a command',
    'the text tells the agent "{match}": it has the agent run a command the user never asked for',
  ),
  directive(
    'prefer',
    'poison.preference',
    'Talks the agent into choosing this tool',
    'the text says "{match}": it ranks this tool above the others or disparages them, to be chosen whatever the task',
  ),
  directive(
    'depend',
    'poison.call-other-tool',
    'Tells the agent to call another tool',
    'the text tells the agent "{match}": it chains a call to another tool the user did not ask for',
  ),
  directive(
    'ask',
    'poison.learned-ask',
    'Reads like an instruction to the agent',
    'the sentence "{match}" reads like an instruction to the agent: the sentence model, trained on attacker-written definitions, rates it above the threshold at which benign documentation almost never is',
  ),
  {
    id: 'poison.hidden-directive',
    family: 'injection',
    title: 'Hides an instruction in invisible or encoded text',
    effect: { flag: 'tool_poisoning', minRisk: 'critical' },
    strength: 'weak',
    rationale:
      'hidden or encoded text decodes to "{match}", an instruction to the agent that a person reading the definition cannot see',
    phase: 'definition',
    detect: (view) => {
      let out: Finding[] | undefined;
      for (const f of scanPoisoning(view).findings)
        if (f.kind === 'steer' && f.channel !== 'visible' && (out ??= []).length < 3)
          out.push({ path: f.path, match: quote(f) });
      return out ?? NONE;
    },
  },
  {
    id: 'poison.concealed-text',
    family: 'injection',
    title: 'Spells out words in invisible characters',
    effect: { flag: 'tool_poisoning', minRisk: 'high' },
    strength: 'weak',
    rationale:
      'invisible characters spell out "{match}": words the agent reads and a person reviewing the definition cannot see, which no tool needs whatever they say',
    phase: 'definition',
    detect: (view) => {
      // the hidden pieces read together: an invisible character between two runs must not split a message into single words
      const hidden = scanPoisoning(view).hidden.filter((h) => CONCEALING.has(h.channel));
      if (hidden.length === 0) return NONE;
      let letters = 0;
      for (const h of hidden) letters += h.text.match(LETTER_G)?.length ?? 0;
      if (letters < HIDDEN_LETTERS) return NONE;
      const h = hidden[0]!;
      const text = hidden.length === 1 ? h.text : hidden.map((x) => x.text).join(' ');
      return [{ path: h.path, match: `${text.slice(0, 200)} [decoded from ${h.channel}]` }];
    },
  },
  {
    id: 'inject.agent-override',
    family: 'injection',
    title: 'Tries to override the agent',
    effect: { flag: 'injection_attempt', minRisk: 'high' },
    strength: 'weak',
    rationale:
      'the text says "{match}", an attempt to override the instructions the agent or the reviewer was given',
    phase: 'definition',
    detect: (view) => {
      for (const f of scanPoisoning(view).findings)
        if (f.kind === 'steer' && f.channel === 'visible') return [{ path: f.path, match: f.match }];
      return NONE;
    },
  },
  {
    id: 'hygiene.hidden-text',
    family: 'hygiene',
    title: 'Text hidden in invisible characters',
    effect: { flag: 'hidden_unicode', minRisk: 'medium' },
    strength: 'weak',
    rationale: 'invisible characters spell out "{match}", text an agent reads and a person does not see',
    phase: 'definition',
    detect: (view) =>
      scanPoisoning(view)
        .hidden.slice(0, 3)
        .map((h) => ({ path: h.path, match: `${h.text} [decoded from ${h.channel}]` })),
  },
  {
    id: 'poison.server-instructions',
    family: 'injection',
    title: "The server's instructions carry a poisoned directive",
    effect: { flag: 'tool_poisoning', minRisk: 'high' },
    strength: 'weak',
    rationale:
      'the server\'s instructions tell the agent "{match}"; every tool the server offers is treated as poisoned, since a policy can hide its tools but not its instructions',
    phase: 'definition',
    detect: (view) => {
      const ctx = view.serverContext;
      if (!ctx?.instructions) return NONE;
      const f = scanInstructions(ctx, ctx.instructions, view.siblings)[0];
      if (!f) return NONE;
      return [
        {
          path: 'server.instructions',
          match: quote(f),
          ...(f.channel === 'visible' ? {} : { effect: { flag: 'tool_poisoning', minRisk: 'critical' } }),
        },
      ];
    },
  },
  {
    id: 'poison.lookalike-name',
    family: 'injection',
    title: 'Name imitates another tool',
    effect: { flag: 'shadowing_name', minRisk: 'high' },
    strength: 'weak',
    rationale:
      'the name looks like "{match}" but is spelled with different characters, a way to be called in its place',
    phase: 'definition',
    detect: (view) => {
      const other = imitated(view);
      if (!other) return NONE;
      // a look-alike of a tool of the same listing is a shadow planted next to the real one
      const sibling = view.siblings?.has(other) === true;
      const found: Finding[] = [{ path: 'name', match: other }];
      if (sibling)
        found.push({ path: 'name', match: other, effect: { flag: 'tool_poisoning', minRisk: 'high' } });
      return found;
    },
  },
];
