import { MENTION_WINDOW, changeMention, leadVerbFindings, nameVerbFindings } from './match.js';
import { NONE, type Rule } from './types.js';
import { EVALUATE_VERBS } from '../lexicon.js';

export const readRules: Rule[] = [
  {
    id: 'read.name-verb',
    family: 'read',
    title: 'Name says it observes',
    effect: { access: 'read' },
    strength: 'strong',
    rationale: 'the name\'s action verb is "{match}", which observes without changing anything',
    phase: 'definition',
    detect: (view) => nameVerbFindings(view, ['read'], undefined, EVALUATE_VERBS),
  },
  {
    id: 'read.description-verb',
    family: 'read',
    title: 'Description says it observes',
    effect: { access: 'read' },
    strength: 'strong',
    rationale: 'the description opens with "{match}", an action that only observes',
    phase: 'definition',
    detect: (view) => leadVerbFindings(view, ['read'], undefined, EVALUATE_VERBS),
  },
  {
    id: 'read.evaluate-verb',
    family: 'read',
    title: 'Evaluates or produces',
    effect: { access: 'read' },
    strength: 'weak',
    rationale:
      'the action verb is "{match}": tests, audits, analyses and generators usually only report, but some run or save something, so this alone is weak evidence of a read',
    phase: 'definition',
    detect: (view) => {
      const name = nameVerbFindings(view, ['read'], EVALUATE_VERBS);
      return name.length ? name : leadVerbFindings(view, ['read'], EVALUATE_VERBS);
    },
  },
  {
    id: 'read.no-action-found',
    family: 'read',
    title: 'No action named',
    // LABELS.md rule 7: a definition that names no action is not evidence of a read. This finding
    // decides nothing by itself; the learned layer weighs it with the words, and without a model the
    // tool stays unknown.
    effect: {},
    strength: 'weak',
    rationale:
      'no part of the definition names an action that changes, runs or deletes anything ("{match}"); that alone does not make it a read',
    phase: 'fallback',
    detect: (view) => {
      if (!view.valid || !view.description) return NONE;
      const tokens = view.description.tokens;
      for (let i = 0; i < tokens.length && i < MENTION_WINDOW; i++) if (changeMention(tokens, i)) return NONE;
      return [{ path: 'description', match: view.description.lower.slice(0, 80) }];
    },
  },
];
