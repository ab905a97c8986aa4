// The learned layer: a small linear model (two softmax heads, access and risk) over the tokens of a
// tool's name, description, parameters and annotations, plus the rules' own findings. It is trained on
// the corpus's tuning servers only (scripts/train-model.ts) and shipped as data in model.generated.ts:
// no runtime dependency, browser-safe, deterministic.
//
// How the engine uses it (engine.ts): where the rules found no strong evidence of access, the model
// decides (and a `read` needs a confident model); everywhere else it can only raise the risk, never
// lower the access or the risk the rules found.
import { ACCESS_ORDER_FOR_MODEL, RISK_ORDER_FOR_MODEL, type LearnedModelData } from './model-types.js';
import type { ToolView } from './view.js';
import { MODEL_DATA } from './model.generated.js';

export { ACCESS_ORDER_FOR_MODEL, RISK_ORDER_FOR_MODEL };

/** Small words that carry no signal about effect. */
const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'for',
  'and',
  'or',
  'on',
  'with',
  'by',
  'is',
  'are',
  'be',
  'this',
  'that',
  'it',
  'its',
  'from',
  'as',
  'at',
  'you',
  'your',
]);
const DESCRIPTION_WORDS = 3;
const MAX_PARAMS = 24;

/** What the rules concluded, given to the model as features (it learns when to agree). */
export interface RuleSummary {
  access: string;
  tier: string;
  risk: string;
  rules: readonly string[];
  flags: readonly string[];
}

/** The feature strings of one tool. Every feature is a plain string; unknown ones are ignored at predict time. */
export function featuresOf(view: ToolView, rules: RuleSummary): string[] {
  const f: string[] = ['bias'];
  const nt = view.nameTokens;
  for (const t of nt) f.push(`n:${t}`);
  if (nt.length > 0) {
    f.push(`n0:${nt[0]}`);
    f.push(`nL:${nt[nt.length - 1]}`);
  }
  // the description's first sentence only: what a tool says it does comes first, and text appended
  // after it (an attacker's padding, "Returns JSON.") cannot move the model
  const d = view.description ? view.leadWords : null;
  if (d && d.length > 0) {
    f.push(`d0:${d[0]}`);
    for (let i = 0; i < d.length && i < DESCRIPTION_WORDS; i++) {
      const t = d[i]!;
      if (!STOP.has(t)) f.push(`d:${t}`);
    }
  } else f.push('d:none');
  let n = 0;
  for (const p of view.params) {
    if (n++ >= MAX_PARAMS) break;
    if (p.depth > 1) continue;
    for (const t of p.nameTokens) f.push(`p:${t}`);
    if (p.enumValues.length > 0) {
      f.push('p:has-enum');
      for (const v of p.enumValues.slice(0, 12)) f.push(`pe:${v.toLowerCase()}`);
    }
  }
  if (view.params.length === 0) f.push('p:none');
  const a = view.annotations;
  if (!a) f.push('a:none');
  else
    for (const k of ['readOnlyHint', 'destructiveHint', 'openWorldHint', 'idempotentHint'] as const) {
      const v = a[k];
      if (typeof v === 'boolean') f.push(`a:${k}=${v}`);
    }
  const server = view.server;
  if (server) for (const w of server.words) if (w.length > 2 && !STOP.has(w)) f.push(`s:${w}`);
  f.push(`ra:${rules.access}`, `rt:${rules.tier}`, `rr:${rules.risk}`, `rar:${rules.access}|${rules.risk}`);
  for (const r of rules.rules) f.push(`r:${r}`);
  for (const fl of rules.flags) f.push(`rf:${fl}`);
  return f;
}

export interface LearnedPrediction {
  /** probabilities in ACCESS_ORDER_FOR_MODEL */
  access: number[];
  /** probabilities in RISK_ORDER_FOR_MODEL */
  risk: number[];
}

interface LoadedModel {
  index: Map<string, number>;
  weights: Float32Array;
  heads: number;
}

let loaded: LoadedModel | null | undefined;

function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Decodes the shipped model (or a given one). Returns null when no model is shipped. */
export function loadModel(data: LearnedModelData | null = MODEL_DATA): LoadedModel | null {
  if (!data || data.features.length === 0) return null;
  const features = data.features.split('\n');
  const heads = ACCESS_ORDER_FOR_MODEL.length + RISK_ORDER_FOR_MODEL.length;
  const bytes = decodeBase64(data.weights);
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  if (q.length !== features.length * heads) return null;
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! / data.scale;
  const index = new Map<string, number>();
  for (let i = 0; i < features.length; i++) index.set(features[i]!, i);
  return { index, weights, heads };
}

function softmax(z: number[]): number[] {
  let m = -Infinity;
  for (const x of z) if (x > m) m = x;
  let s = 0;
  const e = z.map((x) => {
    const v = Math.exp(x - m);
    s += v;
    return v;
  });
  return e.map((v) => v / s);
}

/** Scores of a feature list under explicit weights (used by training and by predict). */
export function scoreWith(
  index: ReadonlyMap<string, number>,
  weights: ArrayLike<number>,
  heads: number,
  features: readonly string[],
): number[] {
  const z = new Array<number>(heads).fill(0);
  const seen = new Set<number>();
  for (const name of features) {
    const i = index.get(name);
    if (i === undefined || seen.has(i)) continue;
    seen.add(i);
    const base = i * heads;
    for (let h = 0; h < heads; h++) z[h]! += weights[base + h]!;
  }
  return z;
}

export function splitHeads(z: number[]): LearnedPrediction {
  const na = ACCESS_ORDER_FOR_MODEL.length;
  return { access: softmax(z.slice(0, na)), risk: softmax(z.slice(na)) };
}

/** The model's opinion of one tool, or null when no model is shipped. */
export function predictLearned(view: ToolView, rules: RuleSummary): LearnedPrediction | null {
  if (loaded === undefined) loaded = loadModel();
  if (!loaded) return null;
  return splitHeads(scoreWith(loaded.index, loaded.weights, loaded.heads, featuresOf(view, rules)));
}

/** For tests and training: replace the model in use (null disables the layer). */
export function useModel(data: LearnedModelData | null): void {
  loaded = data ? loadModel(data) : null;
}
