import { existsSync } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { packageSlug } from './install.js';

/**
 * The crawl is disk-bounded: install, list, record, prune. The package cache
 * (`<cache>/packages/<slug>@<version>/`) is kept under a cap by deleting the least recently used
 * installs that no server in flight needs; installs left half-done by a killed crawl
 * (`<dir>.tmp-<pid>-<random>` of a dead pid) are removed when the cache is opened.
 */

export interface CacheSummary {
  dir: string;
  capBytes: number;
  bytes: number;
  packages: number;
  peakBytes: number;
  pruned: number;
  prunedBytes: number;
  staleRemoved: number;
}

/** Bytes under `path` (files and links by their own size; a bounded walk, never follows links). */
export async function diskUsage(path: string): Promise<number> {
  let total = 0;
  const stack = [path];
  while (stack.length > 0) {
    const p = stack.pop()!;
    let st;
    try {
      st = await lstat(p);
    } catch {
      continue;
    }
    total += st.blocks > 0 ? st.blocks * 512 : st.size;
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = await readdir(p);
      } catch {
        continue;
      }
      for (const n of names) stack.push(join(p, n));
    }
  }
  return total;
}

/** `2G`, `500M`, `64k`, `0`, or a plain number of bytes. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$/i.exec(text);
  if (!m) return null;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2]!.toLowerCase()]!;
  return Math.round(Number(m[1]) * unit);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

const TMP = /\.tmp-(\d+)-[a-z0-9]+$/;

export class PackageCache {
  readonly root: string;
  private readonly sizes = new Map<string, { bytes: number; lastUse: number }>();
  private peak = 0;
  private pruned = 0;
  private prunedBytes = 0;
  private staleRemoved = 0;
  private clock = 0;

  constructor(
    cacheDir: string,
    readonly capBytes: number,
    private readonly isAlive: (pid: number) => boolean,
  ) {
    this.root = join(cacheDir, 'packages');
  }

  /** The cache folder a job's install goes to (install.ts's layout). */
  dirOf(pkg: string, version: string): string {
    return join(this.root, `${packageSlug(pkg)}@${version}`);
  }

  /** Measures what is there (oldest first by name order, so LRU among them is stable) and removes dead tmp folders. */
  async open(): Promise<void> {
    if (!existsSync(this.root)) return;
    for (const name of (await readdir(this.root)).sort()) {
      const path = join(this.root, name);
      const tmp = TMP.exec(name);
      if (tmp) {
        if (!this.isAlive(Number(tmp[1]))) {
          await rm(path, { recursive: true, force: true });
          this.staleRemoved++;
        }
        continue;
      }
      this.sizes.set(path, { bytes: await diskUsage(path), lastUse: this.clock++ });
    }
    this.peak = Math.max(this.peak, this.bytes());
  }

  bytes(): number {
    let total = 0;
    for (const { bytes } of this.sizes.values()) total += bytes;
    return total;
  }

  /** A server finished with its install at `dir`: measure it, then prune down to the cap. */
  async used(dir: string, inFlight: ReadonlySet<string>): Promise<string[]> {
    const known = this.sizes.get(dir);
    const bytes = known?.bytes ?? (existsSync(dir) ? await diskUsage(dir) : 0);
    if (bytes > 0) this.sizes.set(dir, { bytes, lastUse: this.clock++ });
    this.peak = Math.max(this.peak, this.bytes());
    return this.prune(inFlight);
  }

  /** Deletes least recently used installs not in `inFlight` until the cache is under the cap. */
  async prune(inFlight: ReadonlySet<string>): Promise<string[]> {
    const removed: string[] = [];
    let total = this.bytes();
    if (total <= this.capBytes) return removed;
    const candidates = [...this.sizes.entries()]
      .filter(([dir]) => !inFlight.has(dir))
      .sort((a, b) => a[1].lastUse - b[1].lastUse);
    for (const [dir, { bytes }] of candidates) {
      if (total <= this.capBytes) break;
      await rm(dir, { recursive: true, force: true });
      this.sizes.delete(dir);
      total -= bytes;
      this.pruned++;
      this.prunedBytes += bytes;
      removed.push(dir);
    }
    return removed;
  }

  summary(): CacheSummary {
    return {
      dir: this.root,
      capBytes: this.capBytes,
      bytes: this.bytes(),
      packages: this.sizes.size,
      peakBytes: this.peak,
      pruned: this.pruned,
      prunedBytes: this.prunedBytes,
      staleRemoved: this.staleRemoved,
    };
  }
}
