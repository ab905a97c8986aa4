// The learned layer: a small linear model (two softmax heads, access and risk) over the tokens of a
// tool's name, description, parameters and annotations, plus the rules' own findings. It is trained on
// the corpus's tuning servers only (scripts/train-model.ts) and shipped as data in model.generated.ts:
// no runtime dependency, browser-safe, deterministic.
//
// How the engine uses it (engine.ts): where the rules found no strong evidence of access, the model
// decides (and a `read` needs a confident model); everywhere else it can only raise the risk, never
// lower the access or the risk the rules found.
import {
  ACCESS_ORDER_FOR_MODEL,
  RISK_ORDER_FOR_MODEL,
  decodeWeights,
  type LearnedModelData,
} from './model-types.js';
import { findNameVerbs, tokenizeIdentifier, type ToolView } from './view.js';
import { normalizeText } from './normalize.js';
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
  /** the lowest risk the rules allow whatever the model says (a rule's floor; high when poisoned); not a feature */
  floor?: string;
}

type Emit = (ns: string, token: string) => void;

/**
 * Every feature of one tool, as (namespace, token) pairs. The server's own words (its name, package
 * and instructions) are not features: they only let the model remember the servers it was trained
 * on, and cross-validation by server scored it better without them (risk exact 77.3 % -> 79.7 %).
 */
function visitTool(view: ToolView, rules: RuleSummary, emit: Emit): void {
  emit('bias', '');
  const nt = view.nameTokens;
  for (const t of nt) emit('n', t);
  if (nt.length > 0) {
    emit('n0', nt[0]!);
    emit('nL', nt[nt.length - 1]!);
  }
  // the description's first words only: what a tool says it does comes first, and text appended
  // after it (an attacker's padding, "Returns JSON.") cannot move the model
  const d = view.description ? view.leadWords : null;
  if (d && d.length > 0) {
    emit('d0', d[0]!);
    for (let i = 0; i < d.length && i < DESCRIPTION_WORDS; i++) {
      const t = d[i]!;
      if (!STOP.has(t)) emit('d', t);
    }
  } else emit('d', 'none');
  let n = 0;
  for (const p of view.params) {
    if (n++ >= MAX_PARAMS) break;
    if (p.depth > 1) continue;
    for (const t of p.nameTokens) emit('p', t);
    if (p.enumValues.length > 0) {
      emit('p', 'has-enum');
      for (const v of p.enumValues.slice(0, 12)) emit('pe', v.toLowerCase());
    }
  }
  if (view.params.length === 0) emit('p', 'none');
  const a = view.annotations;
  if (!a) emit('a', 'none');
  else
    for (const k of HINTS) {
      const v = a[k];
      if (typeof v === 'boolean') emit('a', `${k}=${v}`);
    }
  emit('ra', rules.access);
  emit('rt', rules.tier);
  emit('rr', rules.risk);
  emit('rar', `${rules.access}|${rules.risk}`);
  for (const r of rules.rules) emit('r', r);
  for (const fl of rules.flags) emit('rf', fl);
  visitSiblings(view, emit);
}

/**
 * What the other tools of the same listing do, from their names alone: whether any of them writes,
 * and whether one writes the object this tool names. A read of an object its siblings create or
 * update is a read of the user's own state (medium); a listing with no writing tool is more often a
 * public-data source (low). Unlike the server's own words this carries over to servers never trained
 * on (cross-validation by server: risk exact 77.7 % -> 78.8 %).
 */
interface SiblingProfile {
  /** sibling name -> whether its name verb writes, destroys or runs */
  writes: Map<string, boolean>;
  /** object words (singular) of the writing siblings, with the names that write each */
  writtenObjects: Map<string, Set<string>>;
  writers: number;
}
const PROFILES = new WeakMap<ReadonlySet<string>, SiblingProfile>();
/** Bounded work per listing: names past this many are not read. */
const MAX_SIBLINGS = 2000;
const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
function objectWords(tokens: readonly string[], verbIndex: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++)
    if (i !== verbIndex && tokens[i]!.length > 2) out.push(singular(tokens[i]!));
  return out;
}
function profileOf(siblings: ReadonlySet<string>): SiblingProfile {
  const cached = PROFILES.get(siblings);
  if (cached) return cached;
  const profile: SiblingProfile = { writes: new Map(), writtenObjects: new Map(), writers: 0 };
  let n = 0;
  for (const name of siblings) {
    if (n++ >= MAX_SIBLINGS) break;
    const tokens = tokenizeIdentifier(normalizeText(name.slice(0, 200), 'identifier').text);
    const verb = findNameVerbs(tokens)[0];
    const writes = !!verb && (verb.cls === 'write' || verb.cls === 'destructive' || verb.cls === 'execute');
    profile.writes.set(name, writes);
    if (!writes) continue;
    profile.writers++;
    for (const w of objectWords(tokens, verb.index)) {
      let names = profile.writtenObjects.get(w);
      if (!names) profile.writtenObjects.set(w, (names = new Set()));
      names.add(name);
    }
  }
  PROFILES.set(siblings, profile);
  return profile;
}
function visitSiblings(view: ToolView, emit: Emit): void {
  const siblings = view.siblings;
  if (!siblings || siblings.size < 2) return emit('sv', 'alone');
  const p = profileOf(siblings);
  const others = p.writers - (p.writes.get(view.name) ? 1 : 0);
  if (others === 0) return emit('sv', 'no-writers');
  const verb = view.nameVerbs[0];
  for (const w of objectWords(view.nameTokens, verb ? verb.index : -1)) {
    const names = p.writtenObjects.get(w);
    if (names && (names.size > 1 || !names.has(view.name))) return emit('sv', 'object-written');
  }
  emit('sv', 'writers');
}

const HINTS = ['readOnlyHint', 'destructiveHint', 'openWorldHint', 'idempotentHint'] as const;
const featureName = (ns: string, token: string) => (ns === 'bias' ? 'bias' : `${ns}:${token}`);

/** The feature strings of one tool (for training; prediction visits the same features without strings). */
export function featuresOf(view: ToolView, rules: RuleSummary): string[] {
  const f: string[] = [];
  const emit: Emit = (ns, token) => f.push(featureName(ns, token));
  visitTool(view, rules, emit);
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
  /** the same index split by namespace, so prediction looks tokens up without building strings */
  byNamespace: Map<string, Map<string, number>>;
  weights: Float32Array;
  heads: number;
  /** per feature, the last call that counted it (a feature counts once per tool, as in training) */
  stamp: Uint32Array;
  call: number;
  scorer: Scorer;
}

let loaded: LoadedModel | null | undefined;

/** Decodes the shipped model (or a given one). Returns null when no model is shipped. */
export function loadModel(data: LearnedModelData | null = MODEL_DATA): LoadedModel | null {
  if (!data || data.features.length === 0) return null;
  const features = data.features.split('\n');
  const heads = ACCESS_ORDER_FOR_MODEL.length + RISK_ORDER_FOR_MODEL.length;
  const weights = decodeWeights(data.weights, data.scale);
  if (weights.length !== features.length * heads) return null;
  const index = new Map<string, number>();
  const byNamespace = new Map<string, Map<string, number>>();
  for (let i = 0; i < features.length; i++) {
    const name = features[i]!;
    index.set(name, i);
    const colon = name.indexOf(':');
    const ns = colon < 0 ? name : name.slice(0, colon);
    const token = colon < 0 ? '' : name.slice(colon + 1);
    let m = byNamespace.get(ns);
    if (!m) byNamespace.set(ns, (m = new Map<string, number>()));
    m.set(token, i);
  }
  const base = {
    index,
    byNamespace,
    weights,
    heads,
    stamp: new Uint32Array(features.length),
    call: 0,
  };
  return { ...base, scorer: new Scorer(base) };
}

function softmax(z: number[]): number[] {
  let m = -Infinity;
  for (let i = 0; i < z.length; i++) if (z[i]! > m) m = z[i]!;
  let s = 0;
  const e = new Array<number>(z.length);
  for (let i = 0; i < z.length; i++) {
    e[i] = Math.exp(z[i]! - m);
    s += e[i]!;
  }
  for (let i = 0; i < e.length; i++) e[i] = e[i]! / s;
  return e;
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
  const m = loaded;
  const z = new Array<number>(m.heads).fill(0);
  m.call = (m.call + 1) >>> 0 || 1;
  // the same walk as featuresOf, looking each token up in its namespace's map (no strings built)
  const scorer = m.scorer;
  scorer.begin(z, m.call);
  visitTool(view, rules, scorer.emit);
  return splitHeads(z);
}

/** Adds up a tool's feature weights: one bound emit function, the namespace map looked up once per run. */
class Scorer {
  private z: number[] = [];
  private call = 0;
  private lastNs = '';
  private lastMap: Map<string, number> | undefined;
  constructor(private readonly m: Omit<LoadedModel, 'scorer'>) {}
  begin(z: number[], call: number): void {
    this.z = z;
    this.call = call;
  }
  readonly emit: Emit = (ns, token) => {
    if (ns !== this.lastNs) {
      this.lastNs = ns;
      this.lastMap = this.m.byNamespace.get(ns);
    }
    const i = this.lastMap?.get(token);
    if (i === undefined || this.m.stamp[i] === this.call) return;
    this.m.stamp[i] = this.call;
    const heads = this.m.heads;
    const base = i * heads;
    const w = this.m.weights;
    const z = this.z;
    for (let h = 0; h < heads; h++) z[h]! += w[base + h]!;
  };
}

/** For tests and training: replace the model in use (null disables the layer). */
export function useModel(data: LearnedModelData | null): void {
  loaded = data ? loadModel(data) : null;
}
