#!/usr/bin/env node
// Collect tools/list results for many npm MCP server packages, for the hand-labelled corpus.
//
// Usage:
//   node scripts/corpus/collect.mjs --out <dir> [--work /tmp/collect] [--concurrency 4] pkg[@version]...
//
// For each package: install it with --ignore-scripts into its own scratch folder, find its bin,
// read the environment variable names its own files mention (process.env.X) and give each an
// obviously fake placeholder value, then list its tools with list-tools.mjs inside a fresh network
// namespace (`unshare -n`: no network at all, loopback only) with a throw-away HOME. The scratch
// folder is deleted afterwards (disk stays bounded). One `<slug>.json` per package is written to
// --out, ok or not, with the attempt's details; nothing is labelled here.
//
// Never pass real secrets: the child sees PATH, HOME and the placeholders only.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const o = { out: null, work: '/tmp/collect', concurrency: 4, pkgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') o.out = argv[++i];
    else if (a === '--work') o.work = argv[++i];
    else if (a === '--concurrency') o.concurrency = Number(argv[++i]);
    else o.pkgs.push(a);
  }
  if (!o.out) throw new Error('--out is required');
  return o;
}

export function slugOf(pkg) {
  return pkg.toLowerCase().replace(/^@/, '').replace(/\//g, '__');
}

export function run(cmd, args, { cwd, env, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out = (out + d).slice(-8000)));
    child.stderr.on('data', (d) => (err = (err + d).slice(-8000)));
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(t);
      resolve({ code, signal, out, err });
    });
  });
}

const SKIP_ENV =
  /^(PATH|HOME|USER|SHELL|TERM|PWD|TMPDIR|TMP|TEMP|LANG|TZ|NODE_.*|npm_.*|DEBUG|CI|PORT|HOST|HOSTNAME|LOG.*|.*_LOG_LEVEL|.*READ_?ONLY.*|.*DISABLE.*|.*ENABLE.*|.*_MODE|MODE|TRANSPORT|.*TRANSPORT.*|.*_PORT|XDG_.*|APPDATA|LOCALAPPDATA|USERPROFILE|FORCE_COLOR|NO_COLOR|VERBOSE|.*_DEBUG|.*ALLOW.*|.*DANGEROUS.*|.*TOOLSETS?|.*_TOOLS|TOOLS|.*SSE.*|.*HTTP_SERVER.*|.*DOCKER.*|.*CONTAINER.*|VSCODE.*|CURSOR.*|MCP_SERVER_NAME)$/;

export function placeholderFor(name) {
  if (/URL|URI|ENDPOINT|BASE|HOST|DOMAIN|INSTANCE|SERVER/.test(name)) return 'http://127.0.0.1:9';
  if (/EMAIL/.test(name)) return 'placeholder@example.invalid';
  if (/PATH|DIR|FILE/.test(name)) return '/tmp/corpus-home/placeholder';
  if (/ID$|_ID_/.test(name)) return 'placeholder-id';
  return 'placeholder';
}

function* walk(dir, depth = 0) {
  if (depth > 6) return;
  let entries = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, depth + 1);
    else if (/\.(c|m)?js$/.test(e.name)) yield p;
  }
}

export function envNamesOf(pkgDir) {
  const names = new Set();
  let budget = 40 * 1024 * 1024;
  for (const f of walk(pkgDir)) {
    let text;
    try {
      if (statSync(f).size > 8 * 1024 * 1024) continue;
      text = readFileSync(f, 'utf8');
    } catch {
      continue;
    }
    budget -= text.length;
    for (const m of text.matchAll(
      /process\.env(?:\.([A-Z][A-Z0-9_]{2,})|\[\s*['"]([A-Z][A-Z0-9_]{2,})['"]\s*\])/g,
    ))
      names.add(m[1] ?? m[2]);
    if (budget < 0) break;
  }
  return [...names].filter((n) => !SKIP_ENV.test(n)).sort();
}

export function binOf(pkgDir, pkg) {
  const pj = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  let bin = pj.bin;
  if (typeof bin === 'string') return { bin: pj.name, file: bin, version: pj.version };
  if (bin && typeof bin === 'object') {
    const keys = Object.keys(bin);
    const base = pkg.split('/').pop();
    const key = keys.find((k) => k === base) ?? keys.find((k) => /mcp|server/.test(k)) ?? keys[0];
    if (key) return { bin: key, file: bin[key], version: pj.version };
  }
  if (pj.main) return { bin: null, file: pj.main, version: pj.version };
  return { bin: null, file: null, version: pj.version };
}

/** npm's environment for the scratch installs: its own HOME (with the collector's .npmrc) and cache. */
export const npmEnv = (work) => ({
  PATH: process.env.PATH,
  HOME: path.join(work, '.npm-home'),
  npm_config_cache: path.join(work, '.npm-cache'),
});

/**
 * Install `spec` with --ignore-scripts into a fresh scratch folder <work>/<slug>.
 * Returns { dir, pkgDir, ok, why }.
 */
export async function installInto(spec, pkg, work) {
  const dir = path.join(work, slugOf(pkg));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"name":"collect-scratch","private":true}');
  const inst = await run(
    'npm',
    ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', spec],
    { cwd: dir, env: npmEnv(work), timeoutMs: 240000 },
  );
  const pkgDir = path.join(dir, 'node_modules', pkg);
  if (inst.code !== 0 || !existsSync(pkgDir))
    return {
      dir,
      pkgDir,
      ok: false,
      why: (inst.err || inst.out).trim().split('\n').slice(-3).join(' ').slice(0, 400),
    };
  return { dir, pkgDir, ok: true, why: '' };
}

/**
 * List the tools of <pkgDir>/<file> once: inside `unshare -n` (no network), with a throw-away HOME,
 * the environment `env` (NAME -> placeholder value) and the arguments `args`. Returns list-tools.mjs's
 * result (or null when it wrote none) and the listing process's stderr.
 */
export async function listOnce({ pkgDir, file, env, args = [], home, outFile, timeoutMs = 20000 }) {
  const a = [
    '-n',
    process.execPath,
    path.join(here, 'list-tools.mjs'),
    '--timeout',
    String(timeoutMs),
    '--home',
    home,
    '--out',
    outFile,
  ];
  for (const [n, v] of Object.entries(env)) a.push('--env', `${n}=${v}`);
  a.push('--', process.execPath, path.join(pkgDir, file), ...args);
  rmSync(outFile, { force: true });
  const listed = await run('unshare', a, {
    cwd: home,
    env: { PATH: process.env.PATH },
    timeoutMs: timeoutMs + 20000,
  });
  let listing = null;
  try {
    listing = JSON.parse(readFileSync(outFile, 'utf8'));
  } catch {
    /* none */
  }
  return { listing, err: listed.err };
}

/** collect.mjs's status and fields for one listing result. */
export function statusOfListing(listing, listedErr) {
  if (listing && listing.ok && Array.isArray(listing.tools) && listing.tools.length > 0)
    return {
      status: 'ok',
      toolCount: listing.tools.length,
      serverInfo: listing.serverInfo ?? null,
      instructions: listing.instructions ?? null,
      tools: listing.tools,
    };
  if (listing && listing.ok) return { status: 'no_tools', why: 'tools/list answered with no tools' };
  return {
    status: 'startup_failed',
    why:
      ((listing && listing.error) || '') +
      ' | ' +
      ((listing && listing.stderrTail) || listedErr || '').slice(-300),
  };
}

async function collectOne(spec, opts) {
  const at = spec.lastIndexOf('@');
  const pkg = at > 0 ? spec.slice(0, at) : spec;
  const slug = slugOf(pkg);
  const result = { package: pkg, spec, status: 'other', why: '', collectedAt: new Date().toISOString() };
  const inst = await installInto(spec, pkg, opts.work);
  const { dir, pkgDir } = inst;
  if (!inst.ok) {
    result.status = 'install_failed';
    result.why = inst.why;
    return finish(result, dir, opts);
  }
  const { bin, file, version } = binOf(pkgDir, pkg);
  result.version = version;
  result.bin = bin;
  if (!file) {
    result.status = 'no_bin';
    result.why = 'the package has no bin or main';
    return finish(result, dir, opts);
  }
  const envNames = envNamesOf(pkgDir);
  result.envPlaceholders = envNames;
  const home = path.join(opts.work, `home-${slug}`);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(path.join(home, 'placeholder'), { recursive: true });
  const outFile = path.join(dir, 'listing.json');
  const env = Object.fromEntries(envNames.map((n) => [n, placeholderFor(n)]));
  const { listing, err } = await listOnce({ pkgDir, file, env, home, outFile });
  rmSync(home, { recursive: true, force: true });
  result.command = ['npx', '-y', `${pkg}@${version}`];
  const s = statusOfListing(listing, err);
  result.status = s.status;
  if (s.status === 'ok') {
    result.toolCount = s.toolCount;
    result.serverInfo = s.serverInfo;
    result.instructions = s.instructions;
    result.tools = s.tools;
  } else result.why = s.why;
  return finish(result, dir, opts);
}

function finish(result, dir, opts) {
  rmSync(dir, { recursive: true, force: true });
  writeFileSync(
    path.join(opts.out, `${slugOf(result.package)}.json`),
    JSON.stringify(result, null, 2) + '\n',
  );
  process.stderr.write(
    `${result.status.padEnd(15)} ${result.package}${result.toolCount ? ` (${result.toolCount} tools)` : ''}\n`,
  );
  return result;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(opts.out, { recursive: true });
  mkdirSync(opts.work, { recursive: true });
  const queue = [...opts.pkgs];
  const workers = Array.from({ length: Math.max(1, opts.concurrency) }, async () => {
    while (queue.length) {
      const spec = queue.shift();
      try {
        await collectOne(spec, opts);
      } catch (e) {
        process.stderr.write(`error          ${spec}: ${e.message}\n`);
      }
    }
  });
  await Promise.all(workers);
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(1);
  });
