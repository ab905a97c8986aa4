// npm run train (second step): fit the poisoning scan's sentence model (classifier/poison-model.ts) and
// write classifier/poison-model.generated.ts. It reads the TUNING part only: the tuning attacks of
// data/attacks (their spans are the positives), the corpus's tuning servers and the tuning hard
// negatives (every sentence of them is a negative). Held-out attacks, held-out servers and held-out
// hard negatives are never read here.
//
// Logistic regression, full-batch gradient descent with Adagrad and L2; deterministic (fixed order, no
// randomness). The threshold is chosen by a grouped cross-validation on the same tuning data (folds by
// server, attack and negative): the lowest probability at which the out-of-fold benign tools flagged
// stay at or under FALSE_POSITIVE_BUDGET. The figures printed are those out-of-fold ones, not the fit.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bySlug, loadCorpus } from '../bench/corpus.js';
import {
  contextOf,
  loadAttacks,
  loadHardNegatives,
  splitOf,
  type Attack,
  type HardNegative,
} from '../bench/attacks.js';
import { classifyTool } from '../classifier/engine.js';
import type { ServerContext } from '../core/index.js';
import { normalizeText } from '../classifier/normalize.js';
import { observeSentences, resetScanMemos, setPoisonModel } from '../classifier/poison.js';
import { sentenceFeatures } from '../classifier/poison-model.js';
import { encodeWeights, vocabularyOf } from './model-lib.js';
import type { PoisonModelData } from '../classifier/model-types.js';
import { POISON_MODEL_DATA } from '../classifier/poison-model.generated.js';

const SCALE = 1000;
/** Out-of-fold benign tuning tools the model alone may flag, as a share of them. */
export const FALSE_POSITIVE_BUDGET = 0.002;
const OPTIONS = { l2: 0.0005, epochs: 250, lr: 0.3, minCount: 2, positiveWeight: 2 };

interface Sentence {
  /** the unit a fold holds out whole: a server's slug, an attack's or a negative's id */
  group: string;
  /** the unit a false positive or a catch is counted on: a tool (benign) or an attack */
  unit: string;
  positive: boolean;
  features: string[];
}

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** The sentences the scan reads in each tool of a listing, as it reads them (memos reset per tool). */
function readListing(
  tools: readonly unknown[],
  server: ServerContext,
  each: (sentence: string, value: boolean, concealed: boolean, path: string, tool: number) => void,
): void {
  const siblings = new Set(
    tools
      .map((t) => (t && typeof t === 'object' ? (t as { name?: unknown }).name : undefined))
      .filter((n): n is string => typeof n === 'string'),
  );
  tools.forEach((tool, i) => {
    resetScanMemos();
    observeSentences((s, value, concealed, path) => each(s, value, concealed, path, i));
    try {
      classifyTool(tool, server, { siblings, learned: false });
    } finally {
      observeSentences(null);
    }
  });
}

function featuresOf(sentence: string, value: boolean): string[] {
  const f = new Set<string>();
  sentenceFeatures(sentence, value, (x) => f.add(x));
  return [...f];
}

function benignSentences(out: Sentence[]): number {
  let tools = 0;
  for (const [slug, list] of bySlug(loadCorpus().filter((t) => t.split === 'tuning'))) {
    tools += list.length;
    readListing(
      list.map((t) => t.tool),
      list[0]!.server,
      (s, value, _c, path, i) =>
        out.push({
          group: slug,
          unit: path === 'server.instructions' ? `${slug}/*` : `${slug}/${i}`,
          positive: false,
          features: featuresOf(s, value),
        }),
    );
  }
  return tools;
}

function negativeSentences(negatives: HardNegative[], out: Sentence[]): void {
  for (const n of negatives) {
    const tools = n.tool ? [n.tool] : n.server!.tools;
    readListing(tools, contextOf(n), (s, value) =>
      out.push({ group: n.id, unit: n.id, positive: false, features: featuresOf(s, value) }),
    );
  }
}

/** A sentence of an attack counts as a positive when it is read from the carrier and is mostly the span's words. */
function attackSentences(attacks: Attack[], out: Sentence[], debug: boolean): number {
  let withSentence = 0;
  for (const a of attacks) {
    const tools = a.tool ? [a.tool] : a.server!.tools;
    const target = a.tool ? 0 : a.target;
    const spanWords = new Set(
      [a.span, a.decoded ?? ''].flatMap((x) => wordsOf(normalizeText(x).text.toLowerCase())),
    );
    const carrier = a.carrier;
    let found = false;
    readListing(tools, contextOf(a), (s, value, concealed, path, i) => {
      if (carrier !== 'server.instructions' && i !== target) return;
      if (!(path === carrier || path.startsWith(`${carrier}.`) || carrier.startsWith(path))) return;
      const words = wordsOf(s);
      if (words.length === 0) return;
      const inSpan = words.filter((w) => spanWords.has(w)).length / words.length;
      if (inSpan < 0.6) return;
      found = true;
      out.push({ group: a.id, unit: a.id, positive: true, features: featuresOf(s, value) });
    });
    if (found) withSentence++;
    else if (debug) console.log('no sentence:', a.class, a.carrier);
  }
  return withSentence;
}

interface Fit {
  index: Map<string, number>;
  weights: Float64Array;
}

function train(data: Sentence[], opts: typeof OPTIONS): Fit {
  const index = vocabularyOf(
    data.map((s) => s.features),
    opts.minCount,
  );
  const rows = data.map((s) =>
    s.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  );
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  const positives = data.filter((s) => s.positive).length;
  const norm = data.length - positives + positives * opts.positiveWeight;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const grad = new Float64Array(w.length);
    for (let k = 0; k < data.length; k++) {
      let z = 0;
      for (const i of rows[k]!) z += w[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const y = data[k]!.positive ? 1 : 0;
      const d = ((p - y) * (y ? opts.positiveWeight : 1)) / norm;
      for (const i of rows[k]!) grad[i]! += d;
    }
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! + opts.l2 * w[j]!;
      g2[j]! += g * g;
      w[j]! -= (opts.lr * g) / Math.sqrt(g2[j]!);
    }
  }
  return { index, weights: w };
}

function probability(fit: Fit, features: readonly string[]): number {
  let z = 0;
  for (const f of features) {
    const i = fit.index.get(f);
    if (i !== undefined) z += fit.weights[i]!;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Out-of-fold probability of every sentence: folds by group, every `folds`-th group in sorted order. */
function outOfFold(data: Sentence[], folds = 5): number[] {
  const groups = [...new Set(data.map((s) => s.group))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % folds] as const));
  const p = new Array<number>(data.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const fit = train(
      data.filter((s) => foldOf.get(s.group) !== k),
      OPTIONS,
    );
    data.forEach((s, i) => {
      if (foldOf.get(s.group) === k) p[i] = probability(fit, s.features);
    });
  }
  return p;
}

/** Per unit, the highest probability of its sentences. */
function unitMax(data: Sentence[], p: number[], positive: boolean, inGroup?: (group: string) => boolean) {
  const m = new Map<string, number>();
  data.forEach((s, i) => {
    if (s.positive !== positive || (inGroup && !inGroup(s.group))) return;
    m.set(s.unit, Math.max(m.get(s.unit) ?? 0, p[i]!));
  });
  return m;
}

function encode(fit: Fit, threshold: number, trainedOn: string): PoisonModelData {
  const { features, weights } = encodeWeights(fit.index, fit.weights, 1, SCALE);
  return {
    version: '1',
    trainedOn,
    scale: SCALE,
    threshold: Number(threshold.toFixed(4)),
    features,
    weights,
  };
}

export function moduleText(data: PoisonModelData | null): string {
  return (
    `// Generated by scripts/train-poison-model.ts (npm run train) from the attack corpus's tuning part. Do not edit by hand.\n` +
    `import type { PoisonModelData } from './model-types.js';\n\n` +
    `export const POISON_MODEL_DATA: PoisonModelData | null = ${JSON.stringify(data, null, 2)};\n`
  );
}

export interface PoisonTraining {
  data: PoisonModelData;
  /** out-of-fold figures at the chosen threshold */
  report: string[];
}

/** Fits the sentence model on the tuning part; the result is what poison-model.generated.ts holds. */
export function trainPoisonModel(debug = false): PoisonTraining {
  const report: string[] = [];
  // what the sentences look like must not depend on a model already shipped
  setPoisonModel(null);
  try {
    const data: Sentence[] = [];
    const benignTools = benignSentences(data);
    const tuningNegatives = loadHardNegatives().filter((n) => splitOf(n.id) === 'tuning');
    negativeSentences(tuningNegatives, data);
    const tuningAttacks = loadAttacks().filter((a) => splitOf(a.id) === 'tuning');
    const withSentence = attackSentences(tuningAttacks, data, debug);
    const positives = data.filter((s) => s.positive).length;
    report.push(
      `sentences: ${positives} from ${withSentence} of ${tuningAttacks.length} tuning attacks; ${data.length - positives} from ${benignTools} benign tuning tools and ${tuningNegatives.length} tuning hard negatives`,
    );
    const p = outOfFold(data);
    const negativeIds = new Set(tuningNegatives.map((n) => n.id));
    const benign = unitMax(data, p, false, (g) => !negativeIds.has(g));
    const hard = unitMax(data, p, false, (g) => negativeIds.has(g));
    const caught = unitMax(data, p, true);
    // the lowest threshold (on a grid) within the false-positive budget
    let threshold = 0.99;
    for (let t = 0.99; t >= 0.5; t -= 0.01) {
      const fp = [...benign.values()].filter((x) => x >= t).length;
      if (fp > FALSE_POSITIVE_BUDGET * benignTools) break;
      threshold = t;
    }
    if (debug)
      for (const budget of [0.001, 0.002, 0.005, 0.01]) {
        const sorted = [...benign.values()].sort((x, y) => y - x);
        const t = sorted[Math.floor(budget * benignTools)] ?? 0.5;
        const c = [...caught.values()].filter((x) => x > t).length;
        report.push(
          `  budget ${budget}: threshold ${t.toFixed(3)}, attacks ${c} of ${tuningAttacks.length}, hard negatives ${[...hard.values()].filter((x) => x > t).length}`,
        );
      }
    const at = (m: Map<string, number>) => [...m.values()].filter((x) => x >= threshold).length;
    if (debug) {
      const byClass = new Map<string, [number, number]>();
      for (const a of tuningAttacks) {
        const c = byClass.get(a.class) ?? [0, 0];
        c[1]++;
        if ((caught.get(a.id) ?? 0) >= threshold) c[0]++;
        byClass.set(a.class, c);
      }
      report.push([...byClass].map(([k, [c, n]]) => `${k} ${c}/${n}`).join(', '));
    }
    report.push(
      `5-fold cross-validation (out of fold) at threshold ${threshold.toFixed(2)}: attacks with a sentence above it ${at(caught)} of ${tuningAttacks.length}; benign tools above it ${at(benign)} of ${benignTools}; hard negatives ${at(hard)} of ${tuningNegatives.length}`,
    );
    const model = encode(
      train(data, OPTIONS),
      threshold,
      `${positives} attack sentences of ${tuningAttacks.length} tuning attacks; ${data.length - positives} sentences of ${benignTools} benign tuning tools and ${tuningNegatives.length} tuning hard negatives`,
    );
    return { data: model, report };
  } finally {
    setPoisonModel(POISON_MODEL_DATA);
  }
}

function main(): void {
  const { data, report } = trainPoisonModel(Boolean(process.env.POISON_DEBUG));
  for (const line of report) console.log(line);
  const out = join(import.meta.dirname, '..', 'classifier', 'poison-model.generated.ts');
  writeFileSync(out, moduleText(data));
  console.log(`wrote ${out}: ${data.features.split('\n').length} features, threshold ${data.threshold}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
