/**
 * A bounded memo with two generations: entries go into the young map; when it is full it becomes the
 * old map (the previous old one is dropped) and a new young map starts. A hit in the old map moves the
 * entry back into the young one, so what is still in use survives a turnover.
 *
 * Clearing a single map when it fills (what this replaces) keeps nothing once the text in use outgrows
 * it: a catalogue read in order, larger than the bound, then misses on every sentence. Here it holds
 * between `limit` and twice `limit` entries, and the most recently used `limit` of them are always kept.
 *
 * `maxChars` also bounds a generation by the length of its keys (a key is the text itself, kept alive by
 * the map): many short texts fit, a few huge ones turn the generation over early.
 */
export class Memo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private youngChars = 0;

  constructor(
    private readonly limit: number,
    private readonly maxChars = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined || this.old.size === 0) return v;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.limit || this.youngChars + key.length > this.maxChars) {
      this.old = this.young;
      this.young = new Map();
      this.youngChars = 0;
    }
    this.young.set(key, value);
    this.youngChars += key.length;
  }

  clear(): void {
    this.youngChars = 0;
    this.young = new Map();
    this.old = new Map();
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
