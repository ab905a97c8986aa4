import { McpRiskError, sha256Hex } from '../core/index.js';

/**
 * `mcp-risk crawl --shard k/n`: a deterministic slice of the servers. A server's shard is a function
 * of its catalogue name and n only (the first 48 bits of SHA-256 of the name, modulo n), so the
 * assignment does not depend on the order of the list, on which other servers are in it, or on
 * which machine computes it; for a given n every server is in exactly one shard.
 */

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export const MAX_SHARDS = 1024;

/** Parses `k/n` (1 <= k <= n <= 1024); anything else is a usage error that says what is wanted. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/.exec(text);
  const bad = (why: string): McpRiskError =>
    new McpRiskError('usage', `--shard ${JSON.stringify(text.slice(0, 40))}: ${why}`, {
      hint: 'write --shard k/n with 1 <= k <= n, for example --shard 2/8',
    });
  if (!m) throw bad('expected k/n');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) throw bad(`n must be from 1 to ${MAX_SHARDS}`);
  if (index < 1 || index > count) throw bad(`k must be from 1 to n (${count}); shards are numbered from 1`);
  return { index, count };
}

/** The 1-based shard of `name` among `count` shards. */
export function shardOf(name: string, count: number): number {
  const bits = Number.parseInt(sha256Hex(name).slice(0, 12), 16);
  return (bits % count) + 1;
}

export const inShard = (name: string, shard: Shard | null): boolean =>
  shard === null || shardOf(name, shard.count) === shard.index;

export const formatShard = (shard: Shard): string => `${shard.index}/${shard.count}`;
