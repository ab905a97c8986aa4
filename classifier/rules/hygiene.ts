import { NONE, type Rule } from './types.js';

export const hygieneRules: Rule[] = [
  {
    id: 'hygiene.invalid',
    family: 'hygiene',
    title: 'Not a valid tool definition',
    // the name and description still say what the tool is for: the other rules label it from them,
    // with low confidence, and the policy hides it because a gateway cannot check its arguments
    effect: { flag: 'invalid_definition' },
    strength: 'weak',
    rationale:
      '{match}; it is labelled from its name and description alone, with low confidence, and the policy hides it',
    phase: 'definition',
    detect: (view) => (view.valid ? NONE : [{ path: '$', match: view.invalidReason ?? 'invalid' }]),
  },
  {
    id: 'hygiene.schema-budget',
    family: 'hygiene',
    title: 'Input schema too large to inspect',
    effect: { access: 'unknown', flag: 'schema_too_complex', minRisk: 'high' },
    strength: 'strong',
    rationale:
      'the input schema is deeper or larger than the inspection budget ({match}), so parameters past it were not examined',
    phase: 'definition',
    detect: (view) =>
      view.schemaBudgetExceeded ? [{ path: 'inputSchema', match: 'depth > 32 or > 5,000 nodes' }] : NONE,
  },
  {
    id: 'hygiene.text-budget',
    family: 'hygiene',
    title: 'Text too long to inspect',
    effect: { access: 'unknown', flag: 'oversized', minRisk: 'high' },
    strength: 'strong',
    rationale:
      'the text of {match} is longer than the inspection budget (1 MiB a field, 4 MiB a tool), so the text past it was not examined',
    phase: 'definition',
    detect: (view) =>
      view.textCut.length > 0
        ? [{ path: view.textCut[0]!, match: view.textCut.slice(0, 3).join(', ') }]
        : NONE,
  },
  {
    id: 'hygiene.hidden-unicode',
    family: 'hygiene',
    title: 'Invisible characters',
    effect: { flag: 'hidden_unicode' },
    strength: 'weak',
    rationale:
      'invisible characters were found in {match} and removed before matching, so they cannot hide words from the rules',
    phase: 'definition',
    detect: (view) => view.hiddenUnicode.slice(0, 5).map((path) => ({ path, match: path })),
  },
  {
    id: 'hygiene.bidi',
    family: 'hygiene',
    title: 'Bidirectional control characters',
    effect: { flag: 'bidi_control' },
    strength: 'weak',
    rationale:
      'bidirectional control characters in {match} can make the text display differently from what it says',
    phase: 'definition',
    detect: (view) => view.bidi.slice(0, 5).map((path) => ({ path, match: path })),
  },
  {
    id: 'hygiene.oversized',
    family: 'hygiene',
    title: 'Oversized field',
    effect: { flag: 'oversized' },
    strength: 'weak',
    rationale: '{match} is larger than 64 KiB; it is stored capped, with the hash of the whole definition',
    phase: 'definition',
    detect: (view) => view.oversized.slice(0, 5).map((path) => ({ path, match: path })),
  },
  {
    id: 'hygiene.confusable-name',
    family: 'hygiene',
    title: 'Look-alike letters in the name',
    effect: { flag: 'shadowing_name', minRisk: 'high' },
    strength: 'weak',
    rationale:
      'the name is written with look-alike letters from other scripts ({match}), a way to imitate another tool; it is labelled as the name it imitates',
    phase: 'definition',
    detect: (view) => (view.confusableName ? [{ path: 'name', match: view.name.slice(0, 80) }] : NONE),
  },
  {
    id: 'hygiene.undescribed',
    family: 'hygiene',
    title: 'Nothing says what it does',
    effect: { access: 'unknown', minRisk: 'high' },
    strength: 'weak',
    rationale:
      'neither the name nor a description says what the tool does ({match}), so it is unknown and denied',
    phase: 'fallback',
    detect: (view) =>
      view.valid && !view.description
        ? [{ path: 'description', match: 'no description, no action verb' }]
        : NONE,
  },
];
