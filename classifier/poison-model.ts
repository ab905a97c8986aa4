// The learned sentence reader of the poisoning scan: a logistic regression over the words and word
// pairs of one sentence, trained on the tuning part of the attack corpus (the attack spans) against
// every sentence of the benign tuning servers and the tuning hard negatives
// (scripts/train-poison-model.ts). Shipped as data (poison-model.generated.ts): no dependency,
// browser-safe, deterministic.
//
// How the scan uses it (poison.ts): only on a sentence the clause rules found nothing in, and only
// above a threshold chosen by cross-validation on the tuning data for a low false-positive rate. It
// adds a finding, never removes one; its finding is a sentence, quoted like any other.
import { decodeWeights, type PoisonModelData } from './model-types.js';
import { POISON_MODEL_DATA } from './poison-model.generated.js';
import { intentSignals } from './intent.js';
import { Memo } from './memo.js';

/** Letters of the scripts written without spaces between words: read as character pairs. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const WORD_G = /[\p{L}\p{M}\p{N}]+/gu;
/** Bounds: a longer sentence is read in its first MAX_WORDS words. */
const MAX_WORDS = 80;

/** Every feature of one sentence (lower-cased, as the scan reads it): its words, then its signals. */
export function sentenceFeatures(sentence: string, value: boolean, emit: (feature: string) => void): void {
  wordFeatures(sentence, value, emit);
  signalFeatures(sentence, emit);
}

/** The cheap part: the sentence's words, word pairs and shapes (a few microseconds). */
function wordFeatures(sentence: string, value: boolean, emit: (feature: string) => void): void {
  emit('bias');
  if (value) emit('k:value');
  const words: string[] = [];
  WORD_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_G.exec(sentence)) && words.length < MAX_WORDS) {
    const w = m[0];
    if (UNSPACED.test(w) && w.length > 1) {
      for (let i = 0; i + 1 < w.length && words.length < MAX_WORDS; i++) words.push(w.slice(i, i + 2));
    } else words.push(w.length > 24 ? w.slice(0, 24) : w);
  }
  if (words.length > 0) emit(`f:${words[0]}`);
  for (let i = 0; i < words.length; i++) {
    emit(`w:${words[i]}`);
    if (i + 1 < words.length) emit(`b:${words[i]} ${words[i + 1]}`);
  }
  // shapes the words lose: a home-directory path, an address, code, a tag
  if (sentence.includes('~/') || sentence.includes('%userprofile%') || sentence.includes('$home'))
    emit('x:home');
  if (sentence.includes('://')) emit('x:url');
  if (/[a-z0-9._-]@[a-z0-9-]+\./.test(sentence)) emit('x:email');
  if (sentence.includes('`')) emit('x:code');
  if (/<\/?[a-z_-]{2,20}>/.test(sentence)) emit('x:tag');
  if (words.length <= 3) emit('x:short');
}

/** The costly part: the clause readers' building blocks, alone and in pairs (what the sentence asks, in any order). */
function signalFeatures(sentence: string, emit: (feature: string) => void): void {
  const signals: string[] = [];
  intentSignals(sentence, (g) => signals.push(g));
  for (let i = 0; i < signals.length; i++) {
    emit(`g:${signals[i]}`);
    for (let j = i + 1; j < signals.length; j++) emit(`g:${signals[i]}&${signals[j]}`);
  }
}

interface LoadedPoisonModel {
  index: Map<string, number>;
  weights: Float32Array;
  threshold: number;
  stamp: Uint32Array;
  call: number;
}

let loaded: LoadedPoisonModel | null | undefined;

function load(data: PoisonModelData | null): LoadedPoisonModel | null {
  if (!data || data.features.length === 0) return null;
  const features = data.features.split('\n');
  const weights = decodeWeights(data.weights, data.scale);
  if (weights.length !== features.length) return null;
  const index = new Map<string, number>();
  for (let i = 0; i < features.length; i++) index.set(features[i]!, i);
  return { index, weights, threshold: data.threshold, stamp: new Uint32Array(features.length), call: 0 };
}

function model(): LoadedPoisonModel | null {
  if (loaded === undefined) loaded = load(POISON_MODEL_DATA);
  return loaded;
}

/**
 * The model's probability that a sentence carries an instruction to the agent (null: no model shipped).
 * (A speed gate that skipped the signals of sentences whose words scored low was tried: the signals
 * lift too many attack sentences from low word scores, so it skipped 4 % of benign sentences at no loss.)
 */
export function poisonProbability(sentence: string, value: boolean): number | null {
  const m = model();
  if (!m) return null;
  m.call = (m.call + 1) >>> 0 || 1;
  const call = m.call;
  let z = 0;
  const add = (f: string) => {
    const i = m.index.get(f);
    if (i === undefined || m.stamp[i] === call) return;
    m.stamp[i] = call;
    z += m.weights[i]!;
  };
  sentenceFeatures(sentence, value, add);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model's verdicts, by sentence (one memo for prose, one for values). The scan remembers a sentence's
 * whole reading only when the rules did not consult the tool; the model never does, so its verdict is
 * remembered here even for the sentences whose rule reading is made afresh for every tool.
 */
const VERDICTS = [new Memo<boolean>(50_000), new Memo<boolean>(50_000)] as const;

/** Does the model, at its shipped threshold, read the sentence as an instruction to the agent? */
export function learnedAsk(sentence: string, value: boolean): boolean {
  const memo = VERDICTS[value ? 1 : 0];
  const known = memo.get(sentence);
  if (known !== undefined) return known;
  const p = poisonProbability(sentence, value);
  const ask = p !== null && p >= model()!.threshold;
  memo.set(sentence, ask);
  return ask;
}

/** Replace the model in use (null disables it); poison.ts's setPoisonModel also forgets the readings made with the old one. */
export function usePoisonModel(data: PoisonModelData | null): void {
  loaded = load(data);
  for (const m of VERDICTS) m.clear();
}
