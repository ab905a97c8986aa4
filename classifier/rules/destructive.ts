import { leadVerbFindings, leadWords, nameVerbFindings, words } from './match.js';
import { NONE, type Rule } from './types.js';

/** Words that make one call reach many items; explicit lists of ids ("delete multiple entities") are not a delete by filter (LABELS.md). */
const QUANTIFIERS = words('all', 'everything', 'every', 'bulk', 'many');
/** What is rebuilt or refetched once cleared (a cache, cookies, temporary files): clearing all of it destroys nothing at scale. */
const REBUILDABLE = words(
  'cache',
  'caches',
  'cached',
  'cookie',
  'cookies',
  'transient',
  'transients',
  'temp',
  'tmp',
  'temporary',
);
const rebuildable = (object: readonly string[]): boolean => object.some((t) => REBUILDABLE.has(t));
/** Where a description's object ends: a preposition or a clause break. */
const OBJECT_END = words(
  'from',
  'in',
  'of',
  'within',
  'for',
  'on',
  'by',
  'at',
  'under',
  'inside',
  'with',
  'and',
  'or',
  'that',
  'which',
  'if',
  'to',
  'using',
);
const VERBS_DESTROYING =
  /^(?:delete|deletes|deleting|remove|removes|drop|drops|destroy|destroys|purge|purges|wipe|wipes|erase|erases|truncate|truncates|clear|clears)$/;
/** Objects whose deletion takes many things with it. */
/** Name words before a destructive verb that make it act on many ("batch_delete_emails"). */
const BATCH_PREFIX = words('batch', 'bulk', 'mass', 'all');
const MASS_OBJECTS = words(
  'website',
  'websites',
  'board',
  'boards',
  'mailbox',
  'mailboxes',
  'installation',
  'database',
  'databases',
  'db',
  'repository',
  'repositories',
  'repo',
  'repos',
  'cluster',
  'clusters',
  'namespace',
  'namespaces',
  'project',
  'projects',
  'organization',
  'organisation',
  'org',
  'account',
  'workspace',
  'workspaces',
  'table',
  'tables',
  'schema',
  'collection',
  'collections',
  'indexes',
  'bulk',
  'batch',
  'entire',
  'recursive',
  'recursively',
  'site',
  'environment',
  'volume',
  'disk',
  'server',
  'vault',
  'keyspace',
  'dataset',
);

const DESTRUCTION_WARNED =
  /\b(?:permanently|irreversibly|irrevocably|completely)\s+(?:delete|remove|destroy|erase|overwrite|wipe)s?\b|\bcannot be undone\b|\b(?:overwrites?|overwriting)\s+(?:the\s+|any\s+|an\s+)?existing\b/;

export const destructiveRules: Rule[] = [
  {
    id: 'destructive.name-verb',
    family: 'destructive',
    title: 'Name says it deletes or destroys',
    effect: { access: 'write', flag: 'destructive' },
    strength: 'strong',
    rationale: 'the name\'s action verb is "{match}", which deletes, overwrites or terminates something',
    phase: 'definition',
    detect: (view) => nameVerbFindings(view, ['destructive']),
  },
  {
    id: 'destructive.description-verb',
    family: 'destructive',
    title: 'Description says it deletes or destroys',
    effect: { access: 'write', flag: 'destructive' },
    strength: 'strong',
    rationale:
      'the description opens with "{match}", an action that deletes, overwrites or terminates something',
    phase: 'definition',
    detect: (view) => leadVerbFindings(view, ['destructive']),
  },
  {
    id: 'destructive.mass',
    family: 'destructive',
    title: 'Destroys many things at once',
    effect: { flag: 'mass_destruction', minRisk: 'critical' },
    strength: 'weak',
    rationale:
      'the destructive action applies to "{match}", which can take many things or a whole store with it',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (!verdict.flags.has('destructive') || verdict.access === 'read') return NONE;
      // the flag is earned by what the action destroys (its object), not by a container that merely
      // appears beside it: "delete a glossary from your account" destroys one glossary
      const verb = view.nameVerbs.find((v) => v.cls === 'destructive');
      if (verb) {
        // object-first names ("project_delete") name the object before the verb
        const after = view.nameTokens.slice(verb.index + 1);
        const object = after.length > 0 ? after : view.nameTokens.slice(0, verb.index);
        // a batch or bulk prefix ("batch_delete_emails") is a quantifier too
        const before = view.nameTokens.slice(0, verb.index).find((t) => BATCH_PREFIX.has(t));
        if (before && !rebuildable(object)) return [{ path: 'name', match: before }];
        if (rebuildable(object)) return NONE;
        const quantifier = object.find(
          (t, i) => QUANTIFIERS.has(t) && !(t === 'all' && object[i - 1] === 'catch'),
        );
        if (quantifier) return [{ path: 'name', match: quantifier }];
        const head = object[object.length - 1];
        if (head && MASS_OBJECTS.has(head)) return [{ path: 'name', match: head }];
      }
      if (view.leadVerbs.some((v) => v.cls === 'destructive')) {
        const lead = leadWords(view).slice(0, 14);
        const start = lead.findIndex((w) => VERBS_DESTROYING.test(w));
        if (start >= 0) {
          const span: string[] = [];
          for (const w of lead.slice(start + 1)) {
            if (OBJECT_END.has(w)) break;
            span.push(w);
          }
          const quantifier = span.find((t) => QUANTIFIERS.has(t));
          if (quantifier && !rebuildable(span)) return [{ path: 'description', match: quantifier }];
          const head = span[span.length - 1];
          if (head && MASS_OBJECTS.has(head)) return [{ path: 'description', match: head }];
        }
      }
      for (const p of view.params) {
        if ((p.name === 'recursive' || p.name === 'cascade') && p.type === 'boolean') {
          return [{ path: p.path, match: p.name }];
        }
      }
      return NONE;
    },
  },
  {
    id: 'destructive.description-mention',
    family: 'destructive',
    title: 'Description warns of destruction',
    effect: { flag: 'destructive' },
    strength: 'weak',
    rationale: 'the description says the action can "{match}" existing data',
    phase: 'verdict',
    detect: (view, verdict) => {
      if (verdict.access === 'read' || verdict.flags.has('destructive') || !view.description) return NONE;
      const m = DESTRUCTION_WARNED.exec(view.description.lower);
      return m ? [{ path: 'description', match: m[0] }] : NONE;
    },
  },
];
