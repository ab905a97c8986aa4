/**
 * A bounded memo with two generations: entries go into the young map; when it is full it becomes the
 * old map (the previous old one is dropped) and a new young map starts. A hit in the old map moves the
 * entry back into the young one, so what is still in use survives a turnover.
 *
 * Clearing a single map when it fills (what this replaces) keeps nothing once the text in use outgrows
 * it: a catalogue read in order, larger than the bound, then misses on every sentence. Here it holds
 * between `limit` and twice `limit` entries, and the most recently used `limit` of them are always kept.
 */
export class Memo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined || this.old.size === 0) return v;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
