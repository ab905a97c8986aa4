import { classifyTool } from '../classifier/index.js';
import { riskRank, type Classification } from '../core/index.js';
import { LABELLED_FLAGS, type CorpusTool } from './corpus.js';

export interface PR {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  support: number;
}

export interface EvalReport {
  tools: number;
  servers: number;
  accessAccuracy: number;
  categoryAccuracy: number;
  access: PR[];
  category: PR[];
  risk: PR[];
  riskExact: number;
  riskWithinOne: number;
  /** precision and recall of each hand-labelled flag, over the tools whose label lists its flags */
  flags: PR[];
  /** tools the classifier could not label (access unknown) */
  unknown: number;
  /** predicted read, truly write or execute, over all tools predicted read */
  falseReadRate: number;
  /** predicted read, truly write or execute, over all tools truly write or execute */
  falseReadShareOfUnsafe: number;
  falseReads: number;
  annotations: { declaredReadOnly: number; serverAgreesWithHand: number; classifierAgreesWithServer: number };
  errors: Array<{ package: string; tool: string; expected: string; got: string; summary: string }>;
}

function pr(labels: string[], pairs: Array<[string, string]>): PR[] {
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [truth, pred] of pairs) {
      if (pred === label && truth === label) tp++;
      else if (pred === label) fp++;
      else if (truth === label) fn++;
    }
    return {
      label,
      tp,
      fp,
      fn,
      precision: tp + fp ? tp / (tp + fp) : 1,
      recall: tp + fn ? tp / (tp + fn) : 1,
      support: tp + fn,
    };
  });
}

export type Classify = (
  tool: unknown,
  server: CorpusTool['server'],
  siblings: CorpusTool['siblings'],
) => Classification;

/** Each tool classified as a classify of its whole server sees it: with the names of its siblings. */
const classifyInListing: Classify = (tool, server, siblings) => classifyTool(tool, server, { siblings });

export function evaluate(corpus: CorpusTool[], classify: Classify = classifyInListing): EvalReport {
  const results: Array<{ t: CorpusTool; c: Classification }> = corpus.map((t) => ({
    t,
    c: classify(t.tool, t.server, t.siblings),
  }));
  // each flag is a yes/no label: its pairs are (flag or '', flag or '') over the tools whose label lists flags
  const labelled = results.filter(({ t }) => t.label.flags);
  const flagStats = LABELLED_FLAGS.map(
    (flag) =>
      pr(
        [flag],
        labelled.map(({ t, c }) => [
          t.label.flags!.includes(flag) ? flag : '',
          (c.flags as readonly string[]).includes(flag) ? flag : '',
        ]),
      )[0]!,
  );
  const riskPairs: Array<[string, string]> = results.map(({ t, c }) => [t.label.risk, c.risk]);
  const accessPairs: Array<[string, string]> = results.map(({ t, c }) => [t.label.access, c.access]);
  const categoryPairs: Array<[string, string]> = results.map(({ t, c }) => [t.label.category, c.category]);
  const n = results.length || 1;
  let riskExact = 0;
  let riskWithinOne = 0;
  let predRead = 0;
  let falseReads = 0;
  let unsafe = 0;
  let declared = 0;
  let serverAgrees = 0;
  let classifierAgrees = 0;
  const errors: EvalReport['errors'] = [];
  for (const { t, c } of results) {
    const d = Math.abs(riskRank(c.risk) - riskRank(t.label.risk));
    if (d === 0) riskExact++;
    if (d <= 1) riskWithinOne++;
    if (c.access === 'read') predRead++;
    if (t.label.access !== 'read') unsafe++;
    if (c.access === 'read' && t.label.access !== 'read') falseReads++;
    const ro = (t.tool as { annotations?: { readOnlyHint?: unknown } }).annotations?.readOnlyHint;
    if (typeof ro === 'boolean') {
      declared++;
      if (ro === (t.label.access === 'read')) serverAgrees++;
      if (ro === (c.access === 'read')) classifierAgrees++;
    }
    if (c.access !== t.label.access || c.category !== t.label.category || d > 0) {
      errors.push({
        package: t.package,
        tool: t.name,
        expected: `${t.label.access}/${t.label.category}/${t.label.risk}`,
        got: `${c.access}/${c.category}/${c.risk}`,
        summary: c.summary,
      });
    }
  }
  return {
    tools: results.length,
    servers: new Set(corpus.map((t) => t.package)).size,
    accessAccuracy: accessPairs.filter(([a, b]) => a === b).length / n,
    categoryAccuracy: categoryPairs.filter(([a, b]) => a === b).length / n,
    access: pr(['read', 'write', 'execute'], accessPairs),
    risk: pr(['low', 'medium', 'high', 'critical'], riskPairs),
    flags: flagStats,
    unknown: results.filter(({ c }) => c.access === 'unknown').length,
    category: pr(['read', 'write', 'execute', 'destructive', 'financial'], categoryPairs),
    riskExact: riskExact / n,
    riskWithinOne: riskWithinOne / n,
    falseReadRate: predRead ? falseReads / predRead : 0,
    falseReadShareOfUnsafe: unsafe ? falseReads / unsafe : 0,
    falseReads,
    annotations: {
      declaredReadOnly: declared,
      serverAgreesWithHand: declared ? serverAgrees / declared : 1,
      classifierAgreesWithServer: declared ? classifierAgrees / declared : 1,
    },
    errors,
  };
}

/** The targets for the held-out servers (issue 8): these are the figures that count. */
export const TARGETS = {
  accessAccuracy: 0.95,
  falseReadRate: 0.005,
  riskWithinOne: 0.97,
  riskExact: 0.8,
  flagPrecision: 0.95,
} as const;
/** The flags whose precision has a target. */
export const TARGET_FLAGS = ['mass_destruction', 'untrusted_content', 'financial'] as const;

/** Which held-out targets a report meets, one line per target. */
export function targetChecks(r: EvalReport): Array<{ what: string; ok: boolean }> {
  const flag = (f: string) => r.flags.find((x) => x.label === f);
  return [
    {
      what: `access accuracy >= ${TARGETS.accessAccuracy * 100}%`,
      ok: r.accessAccuracy >= TARGETS.accessAccuracy,
    },
    {
      what: `false-read rate <= ${TARGETS.falseReadRate * 100}%`,
      ok: r.falseReadRate <= TARGETS.falseReadRate && r.falseReadShareOfUnsafe <= TARGETS.falseReadRate,
    },
    {
      what: `risk within one >= ${TARGETS.riskWithinOne * 100}%`,
      ok: r.riskWithinOne >= TARGETS.riskWithinOne,
    },
    { what: `risk exact >= ${TARGETS.riskExact * 100}%`, ok: r.riskExact >= TARGETS.riskExact },
    ...TARGET_FLAGS.map((f) => ({
      what: `${f} precision >= ${TARGETS.flagPrecision * 100}%`,
      ok: (flag(f)?.precision ?? 1) >= TARGETS.flagPrecision,
    })),
    { what: 'every tool labelled (no unknown)', ok: r.unknown === 0 },
  ];
}

export function meetsTargets(r: EvalReport): boolean {
  return targetChecks(r).every((c) => c.ok);
}

/** The corpus split by server: tuning, held-out, and all together. */
export function evaluateSplits(
  corpus: CorpusTool[],
  classify: Classify = classifyInListing,
): { tuning: EvalReport; heldout: EvalReport; all: EvalReport } {
  return {
    tuning: evaluate(
      corpus.filter((t) => t.split === 'tuning'),
      classify,
    ),
    heldout: evaluate(
      corpus.filter((t) => t.split === 'heldout'),
      classify,
    ),
    all: evaluate(corpus, classify),
  };
}

// ---------------------------------------------------------------- the site's /accuracy/ page

/** Rows are the hand label (truth), columns the classifier's answer. */
export interface Confusion {
  truth: string[];
  predicted: string[];
  counts: number[][];
}

export function confusion(truth: string[], predicted: string[], pairs: Array<[string, string]>): Confusion {
  const counts = truth.map(() => predicted.map(() => 0));
  for (const [t, p] of pairs) {
    const i = truth.indexOf(t);
    const j = predicted.indexOf(p);
    if (i >= 0 && j >= 0) counts[i]![j]!++;
  }
  return { truth, predicted, counts };
}

interface Weakness {
  id: string;
  title: string;
  what: string;
  test: (truth: CorpusTool['label'], got: Classification) => boolean;
}

const RISK_UP = (a: string, b: string) =>
  riskRank(a as Classification['risk']) - riskRank(b as Classification['risk']);

/** Kinds of error the page names, each with a count on both splits and one example from the tuning split. */
const WEAKNESSES: Weakness[] = [
  {
    id: 'false-read',
    title: 'A tool that changes something, labelled read',
    what: 'The most costly error: the balanced policy allows reads without limits. It happens when a name and description only say "get" or "check" while the tool also acts.',
    test: (t, c) => c.access === 'read' && t.access !== 'read',
  },
  {
    id: 'execute-as-write',
    title: 'An execution labelled write',
    what: 'The tool starts something whose effects depend on its arguments (a job, a workflow, a deployment) but its words read like a bounded change, so it is capped like a write.',
    test: (t, c) => t.access === 'execute' && c.access === 'write',
  },
  {
    id: 'write-as-execute',
    title: 'A bounded write labelled execute',
    what: 'Words like "run", "apply" or "process" make an ordinary update look like an execution: the label is stricter than it needs to be.',
    test: (t, c) => t.access === 'write' && c.access === 'execute',
  },
  {
    id: 'risk-too-low',
    title: 'Risk lower than the hand label',
    what: 'Usually a missing flag (private data, public effects, money) that the definition does not name in words the rules know.',
    test: (t, c) => RISK_UP(c.risk, t.risk) < 0,
  },
  {
    id: 'risk-too-high',
    title: 'Risk higher than the hand label',
    what: 'Usually a flag raised by a word that means something harmless here (a "token" that is a page cursor, a "delete" in a description of what a read returns).',
    test: (t, c) => RISK_UP(c.risk, t.risk) > 0,
  },
  {
    id: 'missed-destructive',
    title: 'A destructive tool not filed as destructive',
    what: 'The deletion is in an argument value or a side effect the definition mentions only in passing, so the policy caps the tool instead of hiding it.',
    test: (t, c) => t.category === 'destructive' && c.category !== 'destructive',
  },
];

const clipText = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function figures(r: EvalReport) {
  return {
    servers: r.servers,
    tools: r.tools,
    accessAccuracy: r.accessAccuracy,
    categoryAccuracy: r.categoryAccuracy,
    riskExact: r.riskExact,
    riskWithinOne: r.riskWithinOne,
    falseReadRate: r.falseReadRate,
    falseReadShareOfUnsafe: r.falseReadShareOfUnsafe,
    falseReads: r.falseReads,
    unknown: r.unknown,
  };
}

/**
 * The document /accuracy/ is built from (core/catalogue.ts AccuracySchema): the held-out figures with
 * access and risk confusion matrices and per-flag precision, the tuning figures beside them, the
 * targets, and the known weaknesses with a count on each split and one example from the TUNING split
 * only (held-out disagreements are never shown, so nobody tunes on them).
 */
export function accuracyDocument(
  corpus: CorpusTool[],
  classifierVersion: string,
  classify: Classify = classifyInListing,
) {
  const split = (s: 'tuning' | 'heldout') => corpus.filter((t) => t.split === s);
  const tuningTools = split('tuning');
  const heldoutTools = split('heldout');
  // each tool is labelled once: the figures, the matrices and the weaknesses read the same answers
  const memo = new Map<unknown, Classification>();
  const once: Classify = (tool, server, siblings) => {
    let c = memo.get(tool);
    if (!c) memo.set(tool, (c = classify(tool, server, siblings)));
    return c;
  };
  const tuning = evaluate(tuningTools, once);
  const heldout = evaluate(heldoutTools, once);
  const labelled = (tools: CorpusTool[]) => tools.map((t) => ({ t, c: once(t.tool, t.server, t.siblings) }));
  const heldoutPairs = labelled(heldoutTools);
  const tuningPairs = labelled(tuningTools);
  const byName = (a: { t: CorpusTool }, b: { t: CorpusTool }) =>
    a.t.package < b.t.package
      ? -1
      : a.t.package > b.t.package
        ? 1
        : a.t.name < b.t.name
          ? -1
          : a.t.name > b.t.name
            ? 1
            : 0;
  return {
    version: 1 as const,
    classifierVersion,
    split: {
      note: 'Held-out servers were chosen from a hash of their slug before any classifier output on them was looked at, and are never tuned on (data/corpus/split.json)',
      tuning: { servers: tuning.servers, tools: tuning.tools },
      heldout: { servers: heldout.servers, tools: heldout.tools },
    },
    heldout: {
      ...figures(heldout),
      access: heldout.access,
      risk: heldout.risk,
      flags: heldout.flags,
      accessConfusion: confusion(
        ['read', 'write', 'execute'],
        ['read', 'write', 'execute', 'unknown'],
        heldoutPairs.map(({ t, c }) => [t.label.access, c.access]),
      ),
      riskConfusion: confusion(
        ['low', 'medium', 'high', 'critical'],
        ['low', 'medium', 'high', 'critical'],
        heldoutPairs.map(({ t, c }) => [t.label.risk, c.risk]),
      ),
    },
    tuning: { ...figures(tuning), flags: tuning.flags },
    targets: targetChecks(heldout),
    weaknesses: WEAKNESSES.map((w) => {
      const hits = tuningPairs.filter(({ t, c }) => w.test(t.label, c)).sort(byName);
      const first = hits[0];
      const description = first ? (first.t.tool as { description?: unknown }).description : undefined;
      return {
        id: w.id,
        title: w.title,
        what: w.what,
        tuning: hits.length,
        heldout: heldoutPairs.filter(({ t, c }) => w.test(t.label, c)).length,
        example: first
          ? {
              split: 'tuning' as const,
              package: first.t.package,
              tool: first.t.name,
              description: typeof description === 'string' ? clipText(description, 400) : '',
              expected: `${first.t.label.access}/${first.t.label.category}/${first.t.label.risk}`,
              got: `${first.c.access}/${first.c.category}/${first.c.risk}`,
              summary: first.c.summary,
            }
          : null,
      };
    }),
  };
}
