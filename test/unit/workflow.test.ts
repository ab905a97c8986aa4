/**
 * The committed crawl workflow (.github/workflows/crawl.yml) parses, and its structure does what
 * the README says: bubblewrap installed, a matrix of shards whose count matches every --shard k/n,
 * each shard's database uploaded, and a merge job that downloads them all, runs mcp-risk merge,
 * refreshes the snapshot and uploads it. Every command it runs is a real CLI command and option.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../integration/crawl.helpers.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  'runs-on': string;
  strategy?: { 'fail-fast'?: boolean; matrix: { shard: number[] } };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  env: Record<string, string | number>;
  jobs: Record<string, Job>;
}

const text = readFileSync(join(ROOT, '.github/workflows/crawl.yml'), 'utf8');
const workflow = parse(text, { strict: true, uniqueKeys: true }) as Workflow;
const runs = (job: Job): string => job.steps.map((s) => s.run ?? '').join('\n');
const uses = (job: Job, action: string): Step[] => job.steps.filter((s) => s.uses?.startsWith(`${action}@`));

describe('.github/workflows/crawl.yml', () => {
  it('parses as YAML with the two jobs and a manual and a scheduled trigger', () => {
    expect(workflow.name).toBe('crawl');
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(Object.keys(workflow.jobs).sort()).toEqual(['crawl', 'merge']);
    for (const job of Object.values(workflow.jobs)) {
      expect(job['runs-on']).toMatch(/^ubuntu-/);
      expect(Array.isArray(job.steps) && job.steps.length > 0).toBe(true);
      for (const step of job.steps) expect(step.uses ?? step.run, JSON.stringify(step)).toBeTruthy();
    }
  });

  it('crawls a matrix of shards in bubblewrap, one --shard k/n per machine, and uploads each database', () => {
    const crawl = workflow.jobs.crawl!;
    const n = Number(workflow.env.SHARDS);
    expect(n).toBe(8);
    expect(crawl.strategy!.matrix.shard).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(crawl.strategy!['fail-fast']).toBe(false);
    const script = runs(crawl);
    expect(script).toMatch(/apt-get install [^\n]*\bbubblewrap\b/);
    expect(script).toMatch(/npm ci\b/);
    expect(script).toMatch(
      /cli\/main\.ts crawl\s+--shard \$\{\{ matrix\.shard \}\}\/\$\{\{ env\.SHARDS \}\}\s+--db shard\.sqlite/,
    );
    // where a count must be written out (job names and cache keys cannot read env), it agrees with SHARDS
    const written = [...text.matchAll(/-of-(\d+)-|matrix\.shard \}\}\/(\d+)/g)].map((m) =>
      Number(m[1] ?? m[2]),
    );
    expect(written.length).toBeGreaterThan(0);
    expect(new Set(written)).toEqual(new Set([n]));
    const upload = uses(crawl, 'actions/upload-artifact');
    expect(upload).toHaveLength(1);
    expect(upload[0]!.if).toBe('always()');
    expect(upload[0]!.with!.name).toBe('crawl-shard-${{ matrix.shard }}');
    expect(String(upload[0]!.with!.path)).toMatch(/shard\.sqlite/);
  });

  it('merges every shard, refreshes the snapshot and uploads it', () => {
    const merge = workflow.jobs.merge!;
    expect(merge.needs).toBe('crawl');
    expect(merge.if).toMatch(/!cancelled\(\)/);
    const download = uses(merge, 'actions/download-artifact');
    expect(download).toHaveLength(1);
    expect(download[0]!.with).toMatchObject({ pattern: 'crawl-shard-*', path: 'shards' });
    const script = runs(merge);
    const mergeAt = script.search(
      /cli\/main\.ts merge shards\/crawl-shard-\*\/shard\.sqlite --out \S+\.sqlite/,
    );
    const buildAt = script.search(/cli\/main\.ts snapshot build --db data\/catalogue\.sqlite/);
    expect(mergeAt).toBeGreaterThanOrEqual(0);
    expect(buildAt).toBeGreaterThan(mergeAt);
    const upload = uses(merge, 'actions/upload-artifact');
    expect(upload).toHaveLength(1);
    expect(String(upload[0]!.with!.path)).toContain('data/snapshot/catalogue.json.gz');
  });

  it('uses only options the CLI has', async () => {
    const { runCrawl } = await import('../../cli/commands/crawl.js');
    const crawlOptions = [...text.matchAll(/crawl\n((?:\s+--[a-z-]+[^\n]*\n)+)/g)]
      .flatMap((m) => [...m[1]!.matchAll(/--([a-z-]+)/g)].map((o) => o[1]!))
      .filter((o) => o !== 'json');
    expect(crawlOptions).toEqual(
      expect.arrayContaining(['shard', 'db', 'cache', 'cache-cap', 'max-age', 'progress-interval']),
    );
    // parseArgs is strict: an unknown option is a usage error before anything starts
    await expect(runCrawl(['--no-such-option'], {} as never)).rejects.toMatchObject({ code: 'usage' });
    const source = readFileSync(join(ROOT, 'cli/commands/crawl.ts'), 'utf8');
    for (const option of crawlOptions)
      expect(source, option).toMatch(new RegExp(`(\\s|')${option}'?: \\{ type: '(string|boolean)'`));
    const mergeSource = readFileSync(join(ROOT, 'cli/commands/merge.ts'), 'utf8');
    expect(mergeSource).toContain("out: { type: 'string'");
  });
});
