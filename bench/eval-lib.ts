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
