import { VERBS, type VerbClass } from '../lexicon.js';
import { tokenizeIdentifier, type Param, type ToolView } from '../view.js';
import { words } from './match.js';
import { NONE, type Finding, type Rule } from './types.js';
import type { Access } from '../../core/index.js';

const SELECTOR_NAMES = words(
  'action',
  'actions',
  'operation',
  'operations',
  'op',
  'method',
  'command',
  'cmd',
  'mode',
  'verb',
  'task',
  'subcommand',
  'intent',
  'function',
  'tool',
);
const HTTP_METHODS: Record<string, VerbClass> = {
  get: 'read',
  head: 'read',
  options: 'read',
  post: 'write',
  put: 'write',
  patch: 'write',
  delete: 'destructive',
};

export interface ActionVerb {
  value: string;
  word: string;
  cls: VerbClass;
}

/** The verb an enum value names: "delete", "str_replace" -> replace, "listIssues" -> list. */
export function actionVerb(value: string, httpMethod: boolean): ActionVerb | undefined {
  if (httpMethod) {
    const cls = HTTP_METHODS[value.toLowerCase()];
    if (cls) return { value, word: value.toLowerCase(), cls };
  }
  const tokens = tokenizeIdentifier(value);
  for (const t of tokens.slice(0, 3)) {
    const v = VERBS.get(t);
    if (v && v.cls !== 'generic') return { value, word: t, cls: v.cls };
  }
  return undefined;
}

/** The parameter that selects one of several actions, with the verbs of its values; undefined if none. */
export function actionSelector(view: ToolView): { param: Param; verbs: ActionVerb[] } | undefined {
  for (const p of view.params) {
    if (p.depth > 0 || p.enumValues.length < 2) continue;
    if (!p.nameTokens.some((t) => SELECTOR_NAMES.has(t))) continue;
    const http =
      p.nameTokens.includes('method') &&
      p.enumValues.some((v) => v.toUpperCase() === 'POST' || v.toUpperCase() === 'GET');
    const verbs: ActionVerb[] = [];
    for (const value of p.enumValues) {
      const v = actionVerb(value, http);
      if (v) verbs.push(v);
    }
    if (verbs.length >= 2) return { param: p, verbs };
  }
  return undefined;
}

export const accessOfVerbClass = (cls: VerbClass): Access =>
  cls === 'read'
    ? 'read'
    : cls === 'write' || cls === 'destructive'
      ? 'write'
      : cls === 'execute'
        ? 'execute'
        : 'unknown';

export const multiActionRules: Rule[] = [
  {
    id: 'multi.action-enum',
    family: 'multi-action',
    title: 'Several actions behind one tool',
    effect: { flag: 'multi_action' },
    strength: 'strong',
    rationale:
      'the parameter chooses between several actions ({match}); each is labelled on its own and the tool takes the most dangerous',
    phase: 'definition',
    detect: (view) => {
      const sel = actionSelector(view);
      if (!sel) return NONE;
      let access: Access = 'read';
      let destructive = false;
      for (const v of sel.verbs) {
        const a = accessOfVerbClass(v.cls);
        if (a === 'execute' || (a === 'write' && access === 'read')) access = a;
        if (v.cls === 'destructive') destructive = true;
      }
      const list = sel.verbs.map((v) => v.value).join(', ');
      const findings: Finding[] = [
        {
          path: `${sel.param.path}.enum`,
          match: list.slice(0, 200),
          effect: { flag: 'multi_action', access },
        },
      ];
      if (destructive) {
        const d = sel.verbs.find((v) => v.cls === 'destructive')!;
        findings.push({
          path: `${sel.param.path}.enum`,
          match: d.value,
          effect: { flag: 'destructive', access: 'write' },
        });
      }
      return findings;
    },
  },
];
