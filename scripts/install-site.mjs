#!/usr/bin/env node
// Root postinstall: installs the site's own dependencies into site/node_modules.
// The site is deliberately not an npm workspace: it pins Node 22 through the `node` npm package
// (Astro 7 needs it), and a workspace would hoist that binary into the root node_modules/.bin,
// where it would shadow the machine's Node 20 for every script and test of the root package.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = join(dirname(fileURLToPath(import.meta.url)), '..', 'site');
const lock = join(site, 'package-lock.json');
const installed = join(site, 'node_modules', '.package-lock.json');
if (!existsSync(lock)) process.exit(0);
if (
  existsSync(installed) &&
  statSync(installed).mtimeMs >= statSync(lock).mtimeMs &&
  process.env.MCP_RISK_FORCE_SITE_INSTALL !== '1'
) {
  process.exit(0);
}
const npm = process.env.npm_execpath;
const [command, args] = npm ? [process.execPath, [npm]] : ['npm', []];
// `npm ci`, never `npm install`: the lockfile lists Astro's compiler binding for every platform (the
// optional per-platform packages, as `npm install --package-lock-only` writes them), so npm installs only
// this platform's binding and never rewrites site/package-lock.json: a fresh clone stays clean.
// Regenerate the lockfile with `npm install --package-lock-only` in site/, never by hand.
const result = spawnSync(command, [...args, 'ci', '--no-audit', '--no-fund'], {
  cwd: site,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
