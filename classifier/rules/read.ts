import { MENTION_WINDOW, changeMention, leadVerbFindings, nameVerbFindings } from './match.js';
import { NONE, type Rule } from './types.js';

export const readRules: Rule[] = [
  {
    id: 'read.name-verb',
    family: 'read',
    title: 'Name says it observes',
    effect: { access: 'read' },
    strength: 'strong',
    rationale: 'the name\'s action verb is "{match}", which observes without changing anything',
    phase: 'definition',
    detect: (view) => nameVerbFindings(view, ['read']),
  },
  {
    id: 'read.description-verb',
    family: 'read',
    title: 'Description says it observes',
    effect: { access: 'read' },
    strength: 'strong',
    rationale: 'the description opens with "{match}", an action that only observes',
    phase: 'definition',
    detect: (view) => leadVerbFindings(view, ['read']),
  },
  {
    id: 'read.no-action-found',
    family: 'read',
    title: 'No state-changing action named',
    effect: { access: 'read' },
    strength: 'weak',
    rationale:
      'no part of the definition names an action that changes, runs or deletes anything ("{match}"), so it is taken as read-only with low confidence',
    phase: 'fallback',
    detect: (view) => {
      if (!view.valid || !view.description) return NONE;
      const tokens = view.description.tokens;
      for (let i = 0; i < tokens.length && i < MENTION_WINDOW; i++) if (changeMention(tokens, i)) return NONE;
      return [{ path: 'description', match: view.description.lower.slice(0, 80) }];
    },
  },
];
