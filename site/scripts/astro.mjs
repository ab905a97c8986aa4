#!/usr/bin/env node
// Runs the Astro CLI under the Node binary pinned by this workspace (the `node` npm package):
// Astro 7 needs Node >= 22.12 and the project's machines run Node 20.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The first `node_modules/<rel>` found walking up from the site folder (npm workspaces hoist). */
export function findModule(rel) {
  for (let dir = siteDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', rel);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir)
      throw new Error(
        `cannot find node_modules/${rel} above ${siteDir}; run npm install at the repository root`,
      );
  }
}

export const pinnedNode = () => findModule('.bin/node');
export const astroCli = () => findModule('astro/bin/astro.mjs');

/** Runs `astro <args>` with the pinned Node; returns the exit status. */
export function runAstro(args, env = process.env) {
  const result = spawnSync(pinnedNode(), [astroCli(), ...args], { cwd: siteDir, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(runAstro(process.argv.slice(2)));
}
