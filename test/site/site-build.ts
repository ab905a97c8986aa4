/**
 * Builds the site once per test run from the committed fixture export (test/fixtures/export/) into
 * .cache/site-test-dist. Test files run in separate forks: the first takes a lock (mkdir), builds and
 * stamps the output with the run's id; the others wait for the stamp.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_EXPORT = join(REPO, 'test', 'fixtures', 'export');
export const SITE_OUT = join(REPO, '.cache', 'site-test-dist');
export const RESULTS = join(REPO, 'test-results');
const STAMP = join(SITE_OUT, '.test-run');
const LOCK = `${SITE_OUT}.lock`;
/** The vitest main process: the same for every fork of one run. */
const RUN_ID = process.env['MCP_RISK_SITE_REUSE'] ?? String(process.ppid);

const stampOk = (): boolean => existsSync(STAMP) && readFileSync(STAMP, 'utf8') === RUN_ID;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs site/scripts/build.mjs; returns status and output (used by the collision test too). */
export function runSiteBuild(exportDir: string, outDir: string): { status: number; output: string } {
  const result = spawnSync(process.execPath, [join(REPO, 'site', 'scripts', 'build.mjs')], {
    env: {
      ...process.env,
      MCP_RISK_EXPORT: exportDir,
      MCP_RISK_SITE_OUT: outDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

export async function buildFixtureSite(): Promise<string> {
  mkdirSync(join(REPO, '.cache'), { recursive: true });
  for (let waited = 0; !stampOk(); waited += 250) {
    try {
      mkdirSync(LOCK);
    } catch {
      if (waited > 240_000) throw new Error(`timed out waiting for another fork to build the site (${LOCK})`);
      await sleep(250);
      continue;
    }
    try {
      if (stampOk()) break;
      rmSync(SITE_OUT, { recursive: true, force: true });
      const { status, output } = runSiteBuild(FIXTURE_EXPORT, SITE_OUT);
      if (status !== 0) throw new Error(`site build failed (exit ${status}):\n${output.slice(-4000)}`);
      writeFileSync(STAMP, RUN_ID);
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
  return SITE_OUT;
}

/** Every file under dir, as paths relative to it with forward slashes. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const go = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) go(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  go(dir);
  return out.sort();
}
