import { VERBS } from '../lexicon.js';
import { leadVerbFindings, nameVerbFindings } from './match.js';
import { NONE, type Rule } from './types.js';

export const writeRules: Rule[] = [
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
      if (view.nameVerbs.some((v) => v.cls !== 'generic') || view.leadVerbs.some((v) => v.cls !== 'generic')) return NONE;
      // the most dangerous action the description mentions decides, since nothing stronger was found
      let best: { word: string; cls: string } | undefined;
      for (const t of view.description.tokens) {
        const v = VERBS.get(t);
        if (!v || v.form === 'ed') continue;
        if (v.cls === 'execute') return [{ path: 'description', match: t, effect: { access: 'execute' } }];
        if (v.cls === 'destructive' && best?.cls !== 'destructive') best = { word: t, cls: v.cls };
        else if (v.cls === 'write' && !best) best = { word: t, cls: v.cls };
      }
      if (!best) return NONE;
      return [{ path: 'description', match: best.word, effect: best.cls === 'destructive' ? { access: 'write', flag: 'destructive' } : { access: 'write' } }];
    },
  },
];
