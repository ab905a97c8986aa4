import { VERBS } from '../lexicon.js';
import { MENTION_WINDOW, changeMention, leadVerbFindings, nameVerbFindings } from './match.js';
import { NONE, type Finding, type Rule } from './types.js';
import type { ToolView } from '../view.js';

/** Verbs that change an existing item in place (LABELS.md: in-place updates, overwrites and moves are high). */
const IN_PLACE = new Set([
  'update',
  'edit',
  'modify',
  'patch',
  'save',
  'move',
  'replace',
  'upsert',
  'overwrite',
  'restart',
  'reboot',
  'disable',
]);

const LIGHT_OBJECTS = new Set(['tag', 'tags', 'label', 'labels', 'language', 'draft', 'drafts']);

export const writeRules: Rule[] = [
  {
    id: 'write.in-place',
    family: 'write',
    title: 'Changes an existing item in place',
    effect: { minRisk: 'high' },
    strength: 'weak',
    rationale:
      'its action "{match}" changes something that already exists, in place: what was there before is replaced, so it is high',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access !== 'write') return NONE;
      const verb = view.nameVerbs[0];
      if (!verb || !IN_PLACE.has(verb.base)) return NONE;
      // renaming a tag or a label, or saving a draft, loses nothing that matters (LABELS.md: medium)
      if (view.nameTokens.some((t, i) => i > verb.index && LIGHT_OBJECTS.has(t))) return NONE;
      return [{ path: 'name', match: verb.word }];
    },
  },
  {
    id: 'write.name-verb',
    family: 'write',
    title: 'Name says it changes state',
    effect: { access: 'write' },
    strength: 'strong',
    rationale: 'the name\'s action verb is "{match}", which creates or changes something',
    phase: 'definition',
    detect: (view) => nameVerbFindings(view, ['write']),
  },
  {
    id: 'write.description-verb',
    family: 'write',
    title: 'Description says it changes state',
    effect: { access: 'write' },
    strength: 'strong',
    rationale: 'the description opens with "{match}", an action that creates or changes something',
    phase: 'definition',
    detect: (view) => leadVerbFindings(view, ['write']),
  },
  {
    id: 'write.description-mention',
    family: 'write',
    title: 'Description mentions a change',
    effect: { access: 'write' },
    strength: 'weak',
    rationale: 'the description mentions "{match}", an action that changes or runs something',
    phase: 'definition',
    detect: (view) => {
      if (!view.description) return NONE;
      if (view.nameVerbs.some((v) => v.cls !== 'generic') || view.leadVerbs.some((v) => v.cls !== 'generic'))
        return NONE;
      // the most dangerous action the description mentions decides, since nothing stronger was found
      let best: { word: string; cls: string } | undefined;
      const tokens = view.description.tokens;
      for (let i = 0; i < tokens.length && i < MENTION_WINDOW; i++) {
        const cls = changeMention(tokens, i);
        if (!cls) continue;
        const t = tokens[i]!;
        if (cls === 'execute') return [{ path: 'description', match: t, effect: { access: 'execute' } }];
        if (cls === 'destructive' && best?.cls !== 'destructive') best = { word: t, cls };
        else if (cls === 'write' && !best) best = { word: t, cls };
      }
      if (!best) return NONE;
      return [
        {
          path: 'description',
          match: best.word,
          effect: best.cls === 'destructive' ? { access: 'write', flag: 'destructive' } : { access: 'write' },
        },
      ];
    },
  },
  {
    id: 'write.generic-verb',
    family: 'write',
    title: 'Manages something',
    effect: { access: 'write' },
    strength: 'weak',
    rationale:
      'it "{match}s" something without saying how; managing implies changing, so it is taken as a write',
    phase: 'definition',
    detect: (view) => {
      const inName = view.nameVerbs.find((n) => n.cls === 'generic' && GENERIC_CHANGE.has(n.base));
      if (inName) return [{ path: 'name', match: inName.word }];
      const inLead = view.leadVerbs.find((n) => n.cls === 'generic' && GENERIC_CHANGE.has(n.base));
      return inLead ? [{ path: 'description', match: inLead.word }] : NONE;
    },
  },
  {
    id: 'write.unknown-verb',
    family: 'write',
    title: 'An action word the lexicon does not know',
    effect: { access: 'write' },
    strength: 'weak',
    rationale:
      'the name holds "{match}", shaped like an action verb (-ize, -ate, -ify) that no word list knows; an unrecognised action is never taken as a read',
    phase: 'definition',
    detect: (view) => {
      if (view.nameVerbs.length > 0) return NONE;
      const t = view.nameTokens.find(
        (w) => w.length >= 6 && UNKNOWN_VERB_SHAPE.test(w) && !VERBS.has(w) && !NOUN_SHAPED.has(w),
      );
      return t ? [{ path: 'name', match: t }] : NONE;
    },
  },
  {
    id: 'write.mutating-switch',
    family: 'write',
    title: 'Has a switch that changes state',
    effect: { access: 'write' },
    // weak: a read that can also save or clear its own output stays a read (LABELS.md case 4)
    strength: 'weak',
    rationale: 'the boolean parameter "{match}" turns a call into one that changes state',
    phase: 'definition',
    detect: (view) => switchFindings(view, SWITCH_VERBS),
  },
  {
    id: 'write.state-switch',
    family: 'write',
    title: 'Has a switch that deletes, resets or publishes',
    effect: { access: 'write' },
    strength: 'strong',
    rationale: 'the boolean parameter "{match}" turns a call into one that changes state',
    phase: 'definition',
    detect: (view) => switchFindings(view, STATE_SWITCH_VERBS),
  },
  {
    id: 'write.saves-to-disk',
    family: 'write',
    title: 'Saves to a local path',
    effect: { access: 'write', flag: 'filesystem' },
    strength: 'strong',
    rationale: 'the parameter "{match}" is where the tool writes what it makes, downloads or exports',
    phase: 'definition',
    detect: (view) => {
      const p = view.params.find((q) => q.depth === 0 && SAVE_PARAM.test(q.name));
      if (!p) return NONE;
      // a download or export names where it saves; any other tool whose output path is required has
      // writing that file as its purpose (LABELS.md: saving your own output is incidental only when optional)
      if (view.nameVerbs.some((v) => v.base === 'download' || v.base === 'export'))
        return [{ path: p.path, match: p.name }];
      // a required "destination" or "target" alone is a route's end or a language, not a file
      const out = view.params.find((q) => q.depth === 0 && q.required && OUTPUT_PATH_PARAM.test(q.name));
      return out ? [{ path: out.path, match: out.name }] : NONE;
    },
  },
];

/** A top-level boolean parameter named for a state change ("reset", "delete_source"), not a dry run. */
function switchFindings(view: ToolView, verbs: ReadonlySet<string>): readonly Finding[] {
  const p = view.params.find(
    (q) =>
      q.depth === 0 &&
      q.type === 'boolean' &&
      q.nameTokens.length <= 2 &&
      verbs.has(q.nameTokens[0]!) &&
      !/^(?:dry|preview|validate|check)/.test(q.name.toLowerCase()),
  );
  return p ? [{ path: p.path, match: p.name }] : NONE;
}

const UNKNOWN_VERB_SHAPE = /(?:[^aeiou]ize|[^aeiou]ate|ify)$/;
/** Nouns and adjectives with a verb's ending. */
const NOUN_SHAPED = new Set([
  'template',
  'templates',
  'candidate',
  'certificate',
  'climate',
  'private',
  'estimate',
  'aggregate',
  'affiliate',
  'substrate',
  'mandate',
  'senate',
  'debate',
  'ultimate',
  'accurate',
  'separate',
  'intermediate',
  'corporate',
  'advocate',
  'chocolate',
  'pirate',
  'magnate',
  'granulate',
  'spotify',
  'shopify',
  'netlify',
  'coolify',
  'amplify',
  'simplify',
]);
/** Switches that make any call a real change of state (a reset, a delete, a publish), unlike "save" or "clear". */
const STATE_SWITCH_VERBS = new Set([
  'reset',
  'delete',
  'purge',
  'prune',
  'overwrite',
  'apply',
  'commit',
  'kill',
  'drop',
  'wipe',
  'upsert',
  'push',
  'publish',
  'send',
  'execute',
]);
const SWITCH_VERBS = new Set([
  'reset',
  'clear',
  'delete',
  'remove',
  'purge',
  'prune',
  'truncate',
  'overwrite',
  'force',
  'apply',
  'commit',
  'save',
  'write',
  'persist',
  'fix',
  'kill',
  'drop',
  'wipe',
  'create',
  'update',
  'upsert',
  'push',
  'publish',
  'send',
  'execute',
  'run',
]);
const GENERIC_CHANGE = new Set([
  'manage',
  'handle',
  'control',
  'administer',
  'admin',
  'operate',
  'process',
  'crud',
]);
/** A parameter that can only be a place on disk to write to. */
const OUTPUT_PATH_PARAM =
  /^(?:(?:local|save|output|out|download|dest(?:ination)?|target)[_-]?(?:path|dir|directory|folder|file|filename)|output|outfile)$/i;
const SAVE_PARAM =
  /^(?:local|save|output|download|dest(?:ination)?|target)[_-]?(?:path|dir|directory|folder|file|filename)?$|(?:^|_)(?:save|local)_?path$/i;
