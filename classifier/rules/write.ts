import { NOUN_FORMS, VERBS, resolveVerb } from '../lexicon.js';
import { ARTICLES } from '../view.js';
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

/** Fields whose change is a rename or a cosmetic setting. */
const LIGHT_FIELDS = new Set([
  'name',
  'new_name',
  'newname',
  'title',
  'description',
  'color',
  'colour',
  'icon',
  'emoji',
  'favorite',
  'is_favorite',
  'isfavorite',
  'view_style',
  'viewstyle',
]);
/** A parameter that picks the item rather than changing it. */
const IDENTIFIER_PARAM =
  /(?:^|_|[a-z])(?:id|ids|Id|ID|key|uuid|gid|slug)$|^(?:workspace|project|base|team|org|organization)$/;

/** A parameter that moves the item somewhere else: not a rename. */
const MOVE_PARAM = /^(?:parent|target|destination|dest|folder|new_parent)/i;

const LIGHT_OBJECTS = new Set(['tag', 'tags', 'label', 'labels', 'language', 'draft', 'drafts']);

export const writeRules: Rule[] = [
  {
    id: 'write.update-many',
    family: 'write',
    title: 'Changes many items in place',
    effect: { minRisk: 'critical' },
    strength: 'weak',
    rationale:
      'it changes "{match}" in place in one call: an update of everything a filter matches cannot be undone item by item (LABELS.md: update-many is critical)',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access !== 'write') return NONE;
      const verb = view.nameVerbs[0];
      if (!verb || !MANY_VERBS.has(verb.base)) return NONE;
      const many = view.nameTokens.find((t) => MANY_WORDS.has(t));
      if (many) return [{ path: 'name', match: many }];
      const filter = view.params.find((q) => q.depth === 0 && q.required && FILTER_PARAM.test(q.name));
      return filter ? [{ path: filter.path, match: filter.name }] : NONE;
    },
  },
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
      // an update whose only changeable fields are a name, a description or a colour is a rename
      // (LABELS.md: reversible setting changes that lose no data are medium)
      if (verb.base === 'update' || verb.base === 'edit' || verb.base === 'modify') {
        const fields = view.params.filter(
          (q) => q.depth === 0 && (!IDENTIFIER_PARAM.test(q.name) || MOVE_PARAM.test(q.name)),
        );
        if (fields.length > 0 && fields.every((q) => LIGHT_FIELDS.has(q.name.toLowerCase()))) return NONE;
      }
      return [{ path: 'name', match: verb.word }];
    },
  },
  {
    id: 'write.opens-access',
    family: 'write',
    title: 'Opens access or reaches people',
    effect: { minRisk: 'high' },
    strength: 'weak',
    rationale:
      'it acts on "{match}": that opens access to others, creates a way in, places a call or takes a live service offline, which LABELS.md puts at high',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access !== 'write') return NONE;
      const hit = opensAccess(view.nameTokens) ?? personAdmitted(view);
      return hit ? [{ path: 'name', match: hit }] : NONE;
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
    id: 'write.states-side-effect',
    family: 'write',
    title: 'Says it also changes something',
    effect: { access: 'write' },
    strength: 'strong',
    rationale: 'the description says it "{match}": beyond what it returns, the call changes stored state',
    phase: 'definition',
    detect: (view) => {
      const hit = sideEffect(view);
      return hit ? [{ path: view.description!.path, match: hit }] : NONE;
    },
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

/**
 * Verbs that, opening a later sentence of the description ("Stores the pages in a local database."),
 * state a lasting side effect whatever their object is.
 */
const PERSIST_VERBS = new Set(['write', 'store', 'save', 'upload', 'overwrite', 'append', 'persist']);
/** Verbs that state a lasting side effect only with a stored object ("Creates plan files in …"). */
const CHANGE_VERBS = new Set([
  'create',
  'update',
  'modify',
  'replace',
  'insert',
  'delete',
  'remove',
  'commit',
]);
const STORED_OBJECTS = new Set([
  'file',
  'files',
  'folder',
  'folders',
  'directory',
  'directories',
  'database',
  'db',
  'sqlite',
  'record',
  'records',
  'row',
  'rows',
  'table',
  'disk',
  'repository',
  'repo',
  'branch',
]);
/** Words that may stand before the verb that opens a sentence. */
const OPENERS = new Set([
  'it',
  'also',
  'then',
  'this',
  'tool',
  'will',
  'automatically',
  'and',
  'additionally',
]);
/** Verbs that, joined to a read by "or"/"and", are a second action and rarely a noun ("… or close a handle"). */
const JOINED_ACTIONS = new Set([
  'persist',
  'set',
  'close',
  'delete',
  'remove',
  'create',
  'update',
  'add',
  'modify',
  'write',
  'edit',
  'rename',
  'move',
  'cancel',
  'kill',
  'clear',
  'reset',
  'manage',
  'upload',
  'overwrite',
  'insert',
  'replace',
  'save',
  'enable',
  'disable',
  'restart',
  'assign',
  'archive',
]);
/**
 * Participles after a comma that state a lasting effect of the call ("…, overwriting the local copy").
 * Not replacing or removing (a read that transforms its output: "…, replacing tags with text"), nor
 * saving or storing (a read that saves its own output stays a read: LABELS.md case 4).
 */
const SIDE_PARTICIPLES = new Set([
  'overwriting',
  'deleting',
  'erasing',
  'wiping',
  'persisting',
  'uploading',
  'publishing',
]);
const PASSIVE_PERSIST = new Set(['uploaded', 'overwritten', 'persisted', 'published']);

/**
 * A side effect the description states outside its opening verb (LABELS.md rule 7: what the call
 * changes decides, not the first verb): a later sentence that opens with a persisting verb, or one of
 * a changing verb with a stored object; "is uploaded" and the like; or a second action joined to the
 * first sentence's read ("Get process info … or set cmdline"). Returns the words that say it.
 */
function sideEffect(view: ToolView): string | undefined {
  if (!view.description) return undefined;
  const tokens = view.description.tokens;
  const n = Math.min(tokens.length, MENTION_WINDOW * 3);
  let sentence = 0;
  let start = true;
  let skipped = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t === '.') {
      sentence++;
      start = true;
      skipped = 0;
      continue;
    }
    const prev = tokens[i - 1];
    // a passive auxiliary, compared in place rather than looked up: this runs for every token
    if (t === 'is' || t === 'are' || t === 'gets' || t === 'get') {
      let j = i + 1;
      if (tokens[j + 1] === 'and' && (tokens[j] ?? '').endsWith('ed')) j += 2;
      const w = tokens[j];
      if (w && PASSIVE_PERSIST.has(w) && prev !== 'not' && prev !== 'never' && prev !== 'nothing')
        return `${t} ${tokens.slice(i + 1, j + 1).join(' ')}`;
    }
    if (start && sentence > 0) {
      if (OPENERS.has(t) && skipped < 2) {
        skipped++;
        continue;
      }
      start = false;
      const v = VERBS.get(t);
      if (!v || v.form !== 's' || NOUN_FORMS.has(t)) continue;
      const following = tokens.slice(i + 1, i + 7);
      const cls = resolveVerb(v, following);
      if (cls !== 'write' && cls !== 'destructive') continue;
      if (PERSIST_VERBS.has(v.base)) return t;
      if (CHANGE_VERBS.has(v.base) && following.some((w) => STORED_OBJECTS.has(w)))
        return `${t} ${following.slice(0, 4).join(' ')}`;
      continue;
    }
    start = false;
    // a second action joined to the opening sentence: "… info or set cmdline", "… or close a handle"
    // (in the form of the opening verb: "Get … or set …", "Receives a message and removes it")
    if (sentence === 0 && (t === 'or' || t === 'and') && i >= 3) {
      const next = tokens[i + 1];
      const v = next ? VERBS.get(next) : undefined;
      const leadForm = view.leadVerbs[0]?.form ?? 's';
      if (!v || (v.form !== 'base' && (v.form !== 's' || leadForm !== 's'))) continue;
      if (!JOINED_ACTIONS.has(v.base) || ARTICLES.has(prev ?? '') || NOUN_FORMS.has(next!)) continue;
      const following = tokens.slice(i + 2, i + 8);
      if (following[0] === 'of' || following[0] === 'to' || following[0] === 'by') continue;
      const cls = resolveVerb(v, following);
      const reads = view.leadVerbs.some((l) => l.cls === 'read') || view.nameVerbs[0]?.cls === 'read';
      if ((cls === 'write' || cls === 'destructive') && reads) return `${t} ${next}`;
    }
    // a participle clause that states what else the call does: "…, overwriting local changes"
    // (not an item of a list of gerunds: "before editing, publishing or cloning a website")
    if (
      prev === ',' &&
      SIDE_PARTICIPLES.has(t) &&
      !/^(?:no|nothing|none)$/.test(tokens[i + 1] ?? '') &&
      !/ing$/.test(tokens[i - 2] ?? '')
    )
      return `${t} ${tokens.slice(i + 1, i + 3).join(' ')}`.trim();
  }
  return undefined;
}

/** Name phrases of writes that open access, mint a way in, reach people or take a service offline. */
const ACCESS_PHRASES: ReadonlyArray<readonly string[]> = [
  ['public', 'link'],
  ['public', 'url'],
  ['public', 'access'],
  ['share', 'link'],
  ['sharing', 'link'],
  ['invite', 'link'],
  ['invitation', 'link'],
  ['login', 'link'],
  ['magic', 'link'],
  ['phone', 'call'],
  ['phone', 'number'],
  ['tcp', 'proxy'],
  ['remote', 'connection'],
  ['expose'],
  ['moderator'],
  ['member', 'role'],
  ['user', 'role'],
];
const PLACING = new Set(['create', 'make', 'place', 'start', 'initiate', 'outbound']);
const OFF_WORDS = new Set(['off', 'disable', 'end', 'exit', 'stop', 'get', 'list', 'status']);

/** People who, once added, can get in: an account, a member, a tester, a delegate, a collaborator. */
const ADMITTED = new Set(
  'user users member members tester testers collaborator collaborators delegate delegates admin admins administrator administrators guest guests maintainer maintainers teammate teammates seat seats'.split(
    ' ',
  ),
);
const ADMITTING = new Set(['add', 'create', 'invite', 'register', 'new', 'grant', 'onboard']);
/** Adding a person who then has access (LABELS.md: opening access is high): "add_tester_to_group", "create_users". */
function personAdmitted(view: ToolView): string | undefined {
  const verb = view.nameVerbs[0];
  if (!verb || !ADMITTING.has(verb.base)) return undefined;
  const t = view.nameTokens;
  for (let i = verb.index + 1; i < t.length && i <= verb.index + 3; i++) {
    // a person's attribute or a record about people is not a person let in ("create_user_note")
    if (ADMITTED.has(t[i]!) && (i === t.length - 1 || t[i + 1] === 'to' || ADMITTED.has(t[i + 1]!)))
      return `${verb.word} ${t[i]}`;
  }
  return undefined;
}

function opensAccess(tokens: readonly string[]): string | undefined {
  for (const phrase of ACCESS_PHRASES) {
    const at = tokens.indexOf(phrase[0]!);
    if (at < 0) continue;
    if (phrase.every((w, k) => tokens[at + k] === w)) return phrase.join(' ');
  }
  // placing a call reaches a person ("create_call", "make_call")
  const call = tokens.findIndex((t) => t === 'call' || t === 'calls');
  if (call > 0 && PLACING.has(tokens[call - 1]!)) return `${tokens[call - 1]} ${tokens[call]}`;
  // taking a live site into maintenance (turning it off again is medium: LABELS.md)
  if (tokens.includes('maintenance') && !tokens.some((t) => OFF_WORDS.has(t))) return 'maintenance';
  return undefined;
}

/** In-place verbs that, applied to many items at once, are update-many. */
const MANY_VERBS = new Set(['update', 'edit', 'modify', 'replace', 'patch', 'set']);
const MANY_WORDS = new Set(['many', 'all', 'every']);
/** A required filter that picks the items: everything it matches is changed. */
const FILTER_PARAM = /^(?:filter|where|selector|match|conditions?)$/i;
