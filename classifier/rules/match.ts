import { NOUN_FORMS, NOUN_LIKE_VERBS, VERBS, resolveVerb, type VerbClass } from '../lexicon.js';
import { ARTICLES, type TextField, type ToolView } from '../view.js';
import { NONE, type Finding } from './types.js';

/** Findings for the name's action verbs of the given classes. */
export function nameVerbFindings(
  view: ToolView,
  classes: readonly VerbClass[],
  bases?: ReadonlySet<string>,
  except?: ReadonlySet<string>,
): readonly Finding[] {
  let out: Finding[] | undefined;
  for (const v of decidingNameVerbs(view)) {
    if (!classes.includes(v.cls)) continue;
    if (bases && !bases.has(v.base)) continue;
    if (except?.has(v.base)) continue;
    (out ??= []).push({ path: 'name', match: v.word });
  }
  return out ?? NONE;
}

/** Findings for the verbs the description opens with. */
export function leadVerbFindings(
  view: ToolView,
  classes: readonly VerbClass[],
  bases?: ReadonlySet<string>,
  except?: ReadonlySet<string>,
): readonly Finding[] {
  let out: Finding[] | undefined;
  const nameDecides = view.nameVerbs.some((v) => !v.nounLike && v.cls !== 'generic');
  for (const v of view.leadVerbs) {
    if (v.ambiguous && nameDecides) continue;
    if (!classes.includes(v.cls)) continue;
    if (bases && !bases.has(v.base)) continue;
    if (except?.has(v.base)) continue;
    (out ??= []).push({ path: view.description!.path, match: v.word });
  }
  return out ?? NONE;
}

/** Verbs of the name that decide its action (a noun-like verb yields to the description's opening verb). */
export function decidingNameVerbs(view: ToolView): ToolView['nameVerbs'] {
  const leadDecides = view.leadVerbs.some((v) => v.cls !== 'generic');
  return view.nameVerbs.filter((v) => !(v.nounLike && leadDecides));
}

/**
 * A plain mention of a state-changing verb in running text, with its object taken into account.
 * Gerunds, participles and words that are usually nouns do not count.
 */
export function changeMention(tokens: readonly string[], i: number): VerbClass | undefined {
  const t = tokens[i]!;
  const v = VERBS.get(t);
  if (!v || v.form === 'ed' || v.form === 'ing' || NOUN_FORMS.has(t) || NOUN_LIKE_VERBS.has(v.base))
    return undefined;
  if (i > 0 && ARTICLES.has(tokens[i - 1]!)) return undefined;
  const cls = resolveVerb(v, tokens.slice(i + 1, i + 6));
  return cls === 'write' || cls === 'destructive' || cls === 'execute' ? cls : undefined;
}

/** How far into a description a mere mention still says something about the tool. */
export const MENTION_WINDOW = 60;

/** The first word of `words` present in the name; returns the word. */
export function nameHas(view: ToolView, words: ReadonlySet<string>): string | undefined {
  for (const t of view.nameTokens) if (words.has(t)) return t;
  return undefined;
}

/** Words of the description's first sentence (what the tool says it does). */
export const leadWords = (view: ToolView): string[] => view.leadWords;

/** Objects that describe structure rather than content: listing them reveals names, not data. */
const METADATA = new Set([
  'label',
  'labels',
  'status',
  'statuses',
  'count',
  'counts',
  'info',
  'metadata',
  'url',
  'urls',
  'stats',
  'statistics',
  'schema',
  'schemas',
  'settings',
  'config',
  'configuration',
  'version',
  'versions',
  'health',
  'usage',
  'quota',
  'limits',
  'types',
  'type',
  'fields',
  'field',
  'columns',
  'tags',
  'zones',
  'regions',
  'models',
  'buckets',
  'databases',
  'tables',
  'queues',
  'namespaces',
  'workers',
  'indexes',
  'indices',
  'collections',
  'branches',
  'tools',
  'templates',
  'categories',
  'permissions',
  'scopes',
  'capabilities',
  'endpoints',
  'routes',
  // what hangs off an issue or a message without being its text
  'links',
  'watchers',
  'votes',
  'transitions',
  'changelog',
  'priorities',
  'worklogs',
  'worklog',
  'attachments',
  'members',
  'participants',
  'reactions',
  'assignees',
  'variants',
]);

/** The name's object is only structure (list_buckets, get_status): content rules stay quiet. */
export function metadataOnly(view: ToolView): boolean {
  const verb = view.nameVerbs[0];
  if (!verb) return false;
  const object = view.nameTokens.slice(verb.index + 1);
  return object.length > 0 && object.some((t) => METADATA.has(t));
}

/** First word of `words` in the name, then the title, then the first words of the description. */
export function subjectHas(view: ToolView, words: ReadonlySet<string>, leadLimit = 12): Finding | undefined {
  const inName = nameHas(view, words);
  if (inName) return { path: 'name', match: inName };
  if (view.title)
    for (const t of view.title.tokens) if (words.has(t)) return { path: view.title.path, match: t };
  const lead = leadWords(view);
  for (let i = 0; i < lead.length && i < leadLimit; i++)
    if (words.has(lead[i]!)) return { path: 'description', match: lead[i]! };
  return undefined;
}

/** First match of a (linear, non-backtracking) pattern in any of the fields. */
export function findPhrase(fields: readonly (TextField | null)[], re: RegExp): Finding | undefined {
  for (const f of fields) {
    if (!f) continue;
    const m = re.exec(f.lower);
    if (m) return { path: f.path, match: m[0].trim().slice(0, 120) };
  }
  return undefined;
}

export const words = (...list: string[]): ReadonlySet<string> => new Set(list);
