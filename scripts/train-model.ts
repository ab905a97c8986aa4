// npm run train: fit the learned layer (classifier/learned.ts) on the corpus's TUNING servers only and
// write classifier/model.generated.ts. Held-out servers (data/corpus/split.json) are never read here.
//
// Multinomial logistic regression, two softmax heads (access, risk), trained jointly by full-batch
// gradient descent with Adagrad and L2. Deterministic: fixed order, no randomness. Before the final fit it
// prints a grouped cross-validation (folds by server) so the figure is not the fit.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type CorpusTool } from '../bench/corpus.js';
import { classifyTool } from '../classifier/engine.js';
import { featuresOf, scoreWith, splitHeads, useModel } from '../classifier/learned.js';
import { MODEL_DATA } from '../classifier/model.generated.js';
import { evaluate } from '../bench/eval-lib.js';
import { encodeWeights, vocabularyOf } from './model-lib.js';
import {
  ACCESS_ORDER_FOR_MODEL,
  RISK_ORDER_FOR_MODEL,
  type LearnedModelData,
} from '../classifier/model-types.js';

const HEADS = ACCESS_ORDER_FOR_MODEL.length + RISK_ORDER_FOR_MODEL.length;
const NA = ACCESS_ORDER_FOR_MODEL.length;
const SCALE = 1000;

interface Example {
  server: string;
  features: string[];
  access: number; // -1 when the hand label is unknown
  risk: number;
}

function examplesOf(corpus: CorpusTool[]): Example[] {
  return corpus.map((t) => {
    let features: string[] = [];
    classifyTool(t.tool, t.server, {
      learned: false,
      siblings: t.siblings,
      inspect: (view, rules) => {
        features = featuresOf(view, rules);
      },
    });
    return {
      server: t.slug,
      features: [...new Set(features)],
      access: (ACCESS_ORDER_FOR_MODEL as readonly string[]).indexOf(t.label.access),
      risk: (RISK_ORDER_FOR_MODEL as readonly string[]).indexOf(t.label.risk),
    };
  });
}

interface Fit {
  index: Map<string, number>;
  weights: Float64Array;
}

function train(examples: Example[], opts: { l2: number; epochs: number; lr: number; minCount: number }): Fit {
  const index = vocabularyOf(
    examples.map((e) => e.features),
    opts.minCount,
  );
  const w = new Float64Array(index.size * HEADS);
  const g2 = new Float64Array(index.size * HEADS).fill(1e-8);
  const rows = examples.map((e) =>
    e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  );
  const n = examples.length;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const grad = new Float64Array(w.length);
    for (let k = 0; k < n; k++) {
      const e = examples[k]!;
      const z = new Array<number>(HEADS).fill(0);
      for (const i of rows[k]!) for (let h = 0; h < HEADS; h++) z[h]! += w[i * HEADS + h]!;
      const p = splitHeads(z);
      const d = new Array<number>(HEADS).fill(0);
      if (e.access >= 0) for (let h = 0; h < NA; h++) d[h] = p.access[h]! - (h === e.access ? 1 : 0);
      for (let h = 0; h < RISK_ORDER_FOR_MODEL.length; h++) d[NA + h] = p.risk[h]! - (h === e.risk ? 1 : 0);
      for (const i of rows[k]!) for (let h = 0; h < HEADS; h++) grad[i * HEADS + h]! += d[h]! / n;
    }
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! + opts.l2 * w[j]!;
      g2[j]! += g * g;
      w[j]! -= (opts.lr * g) / Math.sqrt(g2[j]!);
    }
  }
  return { index, weights: w };
}

function accuracy(fit: Fit, examples: Example[]): { access: number; risk: number } {
  let a = 0;
  let an = 0;
  let r = 0;
  for (const e of examples) {
    const p = splitHeads(scoreWith(fit.index, fit.weights, HEADS, e.features));
    const am = p.access.indexOf(Math.max(...p.access));
    const rm = p.risk.indexOf(Math.max(...p.risk));
    if (e.access >= 0) {
      an++;
      if (am === e.access) a++;
    }
    if (rm === e.risk) r++;
  }
  return { access: an ? a / an : 1, risk: examples.length ? r / examples.length : 1 };
}

/** The servers held out in each fold: every `folds`-th server in sorted order, deterministic. */
function serverFolds(servers: Iterable<string>, folds: number): Set<string>[] {
  const sorted = [...new Set(servers)].sort();
  return Array.from({ length: folds }, (_, k) => new Set(sorted.filter((_, i) => i % folds === k)));
}

/** The shipped form of a fit. */
function modelData(fit: Fit, trainedOn: string): LearnedModelData {
  const enc = encode(fit);
  return { version: '1', trainedOn, scale: SCALE, features: enc.features, weights: enc.weights };
}

function crossValidate(examples: Example[], opts: Parameters<typeof train>[1], folds = 5) {
  let access = 0;
  let risk = 0;
  let total = 0;
  for (const held of serverFolds(
    examples.map((e) => e.server),
    folds,
  )) {
    const trainSet = examples.filter((e) => !held.has(e.server));
    const testSet = examples.filter((e) => held.has(e.server));
    const fit = train(trainSet, opts);
    const acc = accuracy(fit, testSet);
    access += acc.access * testSet.length;
    risk += acc.risk * testSet.length;
    total += testSet.length;
  }
  return { access: access / total, risk: risk / total };
}

/**
 * The whole classifier (rules and model) on servers the model was not trained on: folds by server as
 * above, each fold classified by the engine with a model fitted on the other folds. The rules were tuned
 * on all of these servers, so this still flatters them; it measures what the model adds on unseen servers.
 */
function pipelineCrossValidate(tools: CorpusTool[], examples: Example[], folds = 5, share = 1) {
  let n = 0;
  let access = 0;
  let exact = 0;
  let falseReads = 0;
  try {
    for (const held of serverFolds(
      tools.map((t) => t.slug),
      folds,
    )) {
      // share < 1: the model sees only that share of the training servers (a learning curve)
      const trainServers = [...new Set(examples.map((e) => e.server))].filter((s) => !held.has(s)).sort();
      const kept = new Set(trainServers.filter((_, i) => (i * share) % 1 < share - 1e-9 || share >= 1));
      useModel(
        modelData(
          train(
            examples.filter((e) => kept.has(e.server)),
            OPTIONS,
          ),
          'a cross-validation fold',
        ),
      );
      const r = evaluate(tools.filter((t) => held.has(t.slug)));
      n += r.tools;
      access += r.accessAccuracy * r.tools;
      exact += r.riskExact * r.tools;
      falseReads += r.falseReads;
    }
  } finally {
    useModel(MODEL_DATA);
  }
  return { access: access / n, exact: exact / n, falseReads };
}

function encode(fit: Fit): { features: string; weights: string; kept: number } {
  return encodeWeights(fit.index, fit.weights, HEADS, SCALE);
}

const OPTIONS = { l2: 0.002, epochs: 300, lr: 0.5, minCount: 2 };

/** The corpus's tuning servers (held-out servers are never read here). */
const tuningTools = (): CorpusTool[] => loadCorpus().filter((t) => t.split === 'tuning');
/** The corpus's tuning servers as training examples. */
function tuningExamples(): Example[] {
  return examplesOf(tuningTools());
}

/** Fits the model on the corpus's tuning servers; the result is what model.generated.ts holds. */
export function trainModel(examples: Example[] = tuningExamples()): {
  data: LearnedModelData;
  examples: number;
  servers: number;
} {
  const servers = new Set(examples.map((e) => e.server)).size;
  return {
    data: modelData(
      train(examples, OPTIONS),
      `${examples.length} tools from ${servers} tuning servers of data/corpus`,
    ),
    examples: examples.length,
    servers,
  };
}

/** The generated module's text for a model. */
export function moduleText(data: LearnedModelData): string {
  return (
    `// Generated by scripts/train-model.ts (npm run train) from the corpus's tuning servers. Do not edit by hand.\n` +
    `import type { LearnedModelData } from './model-types.js';\n\n` +
    `export const MODEL_DATA: LearnedModelData | null = ${JSON.stringify(data, null, 2)};\n`
  );
}

function main(): void {
  const tools = tuningTools();
  const examples = examplesOf(tools);
  const args = new Set(process.argv.slice(2));
  console.log(
    `training on ${examples.length} tools from ${new Set(examples.map((e) => e.server)).size} tuning servers`,
  );
  if (args.has('--grid')) {
    for (const l2 of [0.0005, 0.002, 0.008])
      for (const epochs of [150, 300]) {
        const cv = crossValidate(examples, { ...OPTIONS, l2, epochs });
        console.log(
          `  l2=${l2} epochs=${epochs}: cv access ${(cv.access * 100).toFixed(1)}%, risk ${(cv.risk * 100).toFixed(1)}%`,
        );
      }
  }
  if (args.has('--curve')) {
    // What more labelled servers would buy: the engine's cross-validation with the model trained on a
    // share of each fold's training servers.
    for (const share of [0.25, 0.5, 0.75, 1]) {
      const r = pipelineCrossValidate(tools, examples, 5, share);
      console.log(
        `  model trained on ${share * 100}% of the training servers: access ${(r.access * 100).toFixed(1)}%, risk exact ${(r.exact * 100).toFixed(1)}%, ${r.falseReads} false reads`,
      );
    }
  }
  const cv = crossValidate(examples, OPTIONS);
  console.log(
    `5-fold cross-validation by server (model alone): access ${(cv.access * 100).toFixed(1)}%, risk exact ${(cv.risk * 100).toFixed(1)}%`,
  );
  const pcv = pipelineCrossValidate(tools, examples);
  console.log(
    `5-fold cross-validation by server (rules + model, as the engine uses it): access ${(pcv.access * 100).toFixed(1)}%, risk exact ${(pcv.exact * 100).toFixed(1)}%, ${pcv.falseReads} false reads`,
  );
  const { data } = trainModel(examples);
  const out = join(import.meta.dirname, '..', 'classifier', 'model.generated.ts');
  writeFileSync(out, moduleText(data));
  console.log(`wrote ${out}: ${data.features.split('\n').length} features`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
