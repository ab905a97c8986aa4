/** The order of the learned model's output heads. */
export const ACCESS_ORDER_FOR_MODEL = ['read', 'write', 'execute'] as const;
export const RISK_ORDER_FOR_MODEL = ['low', 'medium', 'high', 'critical'] as const;

/** The shipped model: feature names joined by newlines, and their weights (access heads then risk heads,
 * per feature) as little-endian int16 divided by `scale`, in base64. */
export interface LearnedModelData {
  version: string;
  /** what it was trained on, for the record */
  trainedOn: string;
  scale: number;
  features: string;
  weights: string;
}

/** The shipped sentence model of the poisoning scan (poison-model.ts): one weight per feature, as
 * little-endian int16 divided by `scale`, in base64; a sentence is flagged at or above `threshold`. */
export interface PoisonModelData {
  version: string;
  trainedOn: string;
  scale: number;
  threshold: number;
  features: string;
  weights: string;
}

/** The weights of a shipped model (either kind): base64 little-endian int16, each divided by `scale`. */
export function decodeWeights(base64: string, scale: number): Float32Array {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const q = new Int16Array(bytes.buffer, 0, bytes.byteLength / 2);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! / scale;
  return weights;
}
