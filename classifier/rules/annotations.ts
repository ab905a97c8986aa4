import { NONE, type Rule } from './types.js';

const HINTS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;

export const annotationRules: Rule[] = [
  {
    id: 'annot.declares-change',
    family: 'annotations',
    title: 'The server says it changes state',
    // the server's own readOnlyHint: false is evidence where the definition is silent, and it raises a
    // read the verbs suggested to a write (never the other way); navigation and session-local controls
    // are reads whatever the hint says
    effect: { access: 'write' },
    strength: 'weak',
    rationale:
      'the server declares {match}: its author says the tool changes state, so it is not taken as read-only',
    phase: 'definition',
    detect: (view) =>
      view.annotations?.readOnlyHint === false
        ? [{ path: 'annotations.readOnlyHint', match: 'readOnlyHint: false' }]
        : NONE,
  },
  {
    id: 'annot.declares-read-only',
    family: 'annotations',
    title: 'The server says it only reads',
    // evidence only where nothing else says what the tool does; it never lowers another finding
    effect: { access: 'read' },
    strength: 'weak',
    rationale:
      'the server declares {match} and nothing else in the definition names an action, so the claim is taken with low confidence',
    phase: 'definition',
    detect: (view) =>
      view.annotations?.readOnlyHint === true
        ? [{ path: 'annotations.readOnlyHint', match: 'readOnlyHint: true' }]
        : NONE,
  },
  {
    id: 'annot.missing',
    family: 'annotations',
    title: 'No behaviour annotations',
    effect: { flag: 'missing_annotations' },
    strength: 'weak',
    rationale:
      'the server declares none of readOnlyHint, destructiveHint, idempotentHint or openWorldHint ({match}), so the label rests on the rules alone',
    phase: 'definition',
    detect: (view) => {
      if (!view.valid) return NONE;
      const a = view.annotations;
      if (a && HINTS.some((h) => typeof a[h] === 'boolean')) return NONE;
      return [{ path: 'annotations', match: a ? 'no hints' : 'absent' }];
    },
  },
  {
    id: 'annot.readonly-mismatch',
    family: 'annotations',
    title: 'Claims to be read-only',
    effect: { flag: 'annotation_mismatch' },
    strength: 'weak',
    rationale:
      'the server declares {match}, but the rest of the definition shows the tool changes or runs things; the claim is ignored',
    phase: 'verdict',
    detect: (view, verdict) =>
      view.annotations?.readOnlyHint === true && (verdict.access === 'write' || verdict.access === 'execute')
        ? [{ path: 'annotations.readOnlyHint', match: 'readOnlyHint: true' }]
        : NONE,
  },
  {
    id: 'annot.destructive-mismatch',
    family: 'annotations',
    title: 'Claims not to be destructive',
    effect: { flag: 'annotation_mismatch' },
    strength: 'weak',
    rationale:
      'the server declares {match}, but the definition shows it deletes, overwrites or terminates things',
    phase: 'verdict',
    detect: (view, verdict) =>
      view.annotations?.destructiveHint === false && verdict.flags.has('destructive')
        ? [{ path: 'annotations.destructiveHint', match: 'destructiveHint: false' }]
        : NONE,
  },
  {
    id: 'annot.openworld-mismatch',
    family: 'annotations',
    title: 'Claims a closed world',
    effect: { flag: 'annotation_mismatch' },
    strength: 'weak',
    rationale:
      'the server declares {match}, but the tool reaches caller-chosen network addresses or drives a browser',
    phase: 'verdict',
    detect: (view, verdict) =>
      view.annotations?.openWorldHint === false &&
      (verdict.flags.has('network_egress') || verdict.flags.has('open_world'))
        ? [{ path: 'annotations.openWorldHint', match: 'openWorldHint: false' }]
        : NONE,
  },
];
