#!/usr/bin/env node
// Runs the Astro CLI under the Node binary pinned by this workspace (the `node` npm package):
// Astro 7 needs Node >= 22.12 and the project's machines run Node 20.
import { spawn, spawnSync } from 'node:child_process';
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

/** Astro prints one line per page; these (and blank or timing-only lines) are dropped. */
const plain = (line) => line.replace(/\u001b\[[0-9;]*m/g, '').trim();
export const isPageLine = (line) => {
  const text = plain(line);
  return text === '' || /[├└]─/.test(text) || /^\(\+\d+m?s\)$/.test(text) || /^▶ /.test(text);
};

/**
 * Runs `astro <args>` with the pinned Node and prints one line per build phase, never one per page:
 * Astro's output is read line by line and the per-page lines are dropped (errors and warnings pass).
 * Resolves to the exit status.
 */
export function runAstroQuiet(args, env = process.env, prefix = 'site build: astro: ') {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(pinnedNode(), [astroCli(), ...args], {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const pipe = (stream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (!isPageLine(line)) process.stderr.write(`${prefix}${plain(line)}\n`);
      });
      stream.on('end', () => {
        if (rest && !isPageLine(rest)) process.stderr.write(`${prefix}${plain(rest)}\n`);
      });
    };
    pipe(child.stdout);
    pipe(child.stderr);
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(runAstro(process.argv.slice(2)));
}
