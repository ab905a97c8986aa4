// What the two training scripts share (train-model.ts: the learned layer; train-poison-model.ts: the
// poisoning scan's sentence model): the vocabulary a fit keeps, and the shipped form of its weights
// (read back by classifier/model-types.ts decodeWeights).

/** The features seen in at least `minCount` examples (bias always kept), sorted: feature -> index. */
export function vocabularyOf(
  examples: ReadonlyArray<readonly string[]>,
  minCount: number,
): Map<string, number> {
  const count = new Map<string, number>();
  for (const features of examples) for (const f of features) count.set(f, (count.get(f) ?? 0) + 1);
  const vocab = [...count.entries()]
    .filter(([f, c]) => c >= minCount || f === 'bias')
    .map(([f]) => f)
    .sort();
  return new Map(vocab.map((f, i) => [f, i] as const));
}

/**
 * The shipped form of a fit with `heads` weights per feature: the feature names joined by newlines, and
 * the weights times `scale` as little-endian int16 in base64. A feature whose weights are all under 0.02
 * is left out (bias never is).
 */
export function encodeWeights(
  index: ReadonlyMap<string, number>,
  weights: Float64Array,
  heads: number,
  scale: number,
): { features: string; weights: string; kept: number } {
  const names: string[] = [];
  const q: number[] = [];
  for (const [name, i] of [...index.entries()].sort((x, y) => x[1] - y[1])) {
    const row = Array.from(weights.subarray(i * heads, (i + 1) * heads));
    if (name !== 'bias' && row.every((x) => Math.abs(x) < 0.02)) continue;
    names.push(name);
    for (const x of row) q.push(Math.max(-32767, Math.min(32767, Math.round(x * scale))));
  }
  const buf = Buffer.alloc(q.length * 2);
  q.forEach((x, i) => buf.writeInt16LE(x, i * 2));
  return { features: names.join('\n'), weights: buf.toString('base64'), kept: names.length };
}
