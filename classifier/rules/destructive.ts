import { leadVerbFindings, leadWords, nameVerbFindings, words } from './match.js';
import { NONE, type Rule } from './types.js';

/** Objects whose deletion takes many things with it. */
const MASS_OBJECTS = words(
  'all',
  'everything',
  'database',
  'databases',
  'db',
  'repository',
  'repositories',
  'repo',
  'repos',
  'bucket',
  'buckets',
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
  'index',
  'indices',
  'indexes',
  'bulk',
  'batch',
  'entire',
  'recursive',
  'recursively',
  'site',
  'domain',
  'environment',
  'instance',
  'instances',
  'volume',
  'disk',
  'server',
  'vault',
  'keyspace',
  'dataset',
);

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
      const destructiveInName = view.nameVerbs.some((v) => v.cls === 'destructive');
      if (destructiveInName) {
        for (const t of view.nameTokens) if (MASS_OBJECTS.has(t)) return [{ path: 'name', match: t }];
      }
      if (view.leadVerbs.some((v) => v.cls === 'destructive')) {
        const lead = leadWords(view).slice(0, 12);
        for (const t of lead) if (MASS_OBJECTS.has(t)) return [{ path: 'description', match: t }];
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
      const re =
        /\b(?:permanently|irreversibly|irrevocably|completely)\s+(?:delete|remove|destroy|erase|overwrite|wipe)s?\b|\bcannot be undone\b|\b(?:overwrites?|overwriting)\s+(?:the\s+|any\s+|an\s+)?existing\b/;
      const m = re.exec(view.description.lower);
      return m ? [{ path: 'description', match: m[0] }] : NONE;
    },
  },
];
