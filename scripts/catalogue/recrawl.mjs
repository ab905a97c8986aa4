#!/usr/bin/env node
// Second crawl round (issue 11 parts 3 and 7): list again, at the registry's newer version, servers
// whose earlier listing is in the catalogue, so the snapshot has two listings of them to compare.
//
// Usage:
//   node scripts/catalogue/recrawl.mjs [--out data/catalogue/recrawl] [--work /tmp/recrawl-work] \
//        [--concurrency 2] pkg@newVersion...
//
// For each package: the earlier listing (data/catalogue/listings/<slug>.json.gz, else
// data/corpus/servers/<slug>.json) gives the arguments it was started with; then
// scripts/corpus/collect.mjs's own functions do the rest exactly as in the first round: install with
// --ignore-scripts into a scratch folder, placeholders for every environment variable the package's
// files name, list inside `unshare -n` (no network) with a throw-away HOME and only PATH, HOME and the
// placeholders in its environment, delete the scratch folder. The result is written in collect.mjs's
// format plus `round` and `previousVersion`, gzipped (level 9, no name or time in the header), to
// <out>/<slug>.json.gz. Earlier listing files are never touched. `index.json` in <out> summarises the
// round (written by --summarize).

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  binOf,
  envNamesOf,
  installInto,
  listOnce,
  placeholderFor,
  slugOf,
  statusOfListing,
} from '../corpus/collect.mjs';

export const ROUND = 'recrawl-2026-12-02';

function parseArgs(argv) {
  const o = {
    out: 'data/catalogue/recrawl',
    work: '/tmp/recrawl-work',
    concurrency: 2,
    specs: [],
    summarize: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') o.out = argv[++i];
    else if (a === '--work') o.work = argv[++i];
    else if (a === '--concurrency') o.concurrency = Math.min(2, Number(argv[++i]));
    else if (a === '--summarize') o.summarize = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.specs.push(a);
  }
  return o;
}

/** The earlier listing of a package (catalogue listing first, then the corpus), or null. */
export function earlierListing(pkg) {
  const slug = slugOf(pkg);
  const listing = path.join('data/catalogue/listings', `${slug}.json.gz`);
  if (existsSync(listing)) return JSON.parse(gunzipSync(readFileSync(listing)).toString('utf8'));
  const corpus = path.join('data/corpus/servers', `${slug}.json`);
  if (existsSync(corpus)) return JSON.parse(readFileSync(corpus, 'utf8'));
  return null;
}

/** The arguments the earlier listing started the server with (after `npx -y <pkg>@<version>`). */
export function argsOf(doc) {
  if (Array.isArray(doc?.args)) return doc.args.filter((a) => typeof a === 'string');
  const command = Array.isArray(doc?.command) ? doc.command : [];
  return command[0] === 'npx' ? command.slice(3) : command.slice(1);
}

async function recrawlOne(spec, opts) {
  const at = spec.lastIndexOf('@');
  const pkg = spec.slice(0, at);
  const slug = slugOf(pkg);
  const earlier = earlierListing(pkg);
  const args = argsOf(earlier);
  const started = Date.now();
  const result = {
    package: pkg,
    spec,
    round: ROUND,
    previousVersion: typeof earlier?.version === 'string' ? earlier.version : null,
    status: 'other',
    why: '',
    collectedAt: new Date().toISOString(),
  };
  const inst = await installInto(spec, pkg, opts.work);
  const { dir, pkgDir } = inst;
  try {
    if (!inst.ok) {
      result.status = 'install_failed';
      result.why = inst.why;
      return result;
    }
    const { bin, file, version } = binOf(pkgDir, pkg);
    result.version = version;
    result.bin = bin;
    if (!file) {
      result.status = 'no_bin';
      result.why = 'the package has no bin or main';
      return result;
    }
    const envNames = envNamesOf(pkgDir);
    result.envPlaceholders = envNames;
    const home = path.join(opts.work, `home-${slug}`);
    rmSync(home, { recursive: true, force: true });
    mkdirSync(path.join(home, 'placeholder'), { recursive: true });
    const outFile = path.join(dir, 'listing.json');
    const env = Object.fromEntries(envNames.map((n) => [n, placeholderFor(n)]));
    const { listing, err } = await listOnce({ pkgDir, file, env, args, home, outFile });
    rmSync(home, { recursive: true, force: true });
    result.args = args;
    result.command = ['npx', '-y', `${pkg}@${version}`, ...args];
    const s = statusOfListing(listing, err);
    result.status = s.status;
    if (s.status === 'ok') {
      result.toolCount = s.toolCount;
      result.serverInfo = s.serverInfo;
      result.instructions = s.instructions;
      result.tools = s.tools;
    } else result.why = s.why;
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    result.seconds = Math.round((Date.now() - started) / 1000);
    writeFileSync(
      path.join(opts.out, `${slug}.json.gz`),
      gzipSync(Buffer.from(JSON.stringify(result, null, 2) + '\n', 'utf8'), { level: 9 }),
    );
    process.stderr.write(
      `${result.status.padEnd(15)} ${spec}${result.toolCount ? ` (${result.toolCount} tools)` : ''} ${result.seconds}s\n`,
    );
  }
}

/** index.json of the round: one entry per listing file, sorted by package. */
function summarize(out) {
  const entries = readdirSync(out)
    .filter((f) => f.endsWith('.json.gz'))
    .sort()
    .map((f) => {
      const d = JSON.parse(gunzipSync(readFileSync(path.join(out, f))).toString('utf8'));
      return {
        package: d.package,
        file: f,
        previousVersion: d.previousVersion,
        version: d.version ?? null,
        status: d.status,
        toolCount: Array.isArray(d.tools) ? d.tools.length : 0,
        listedAt: d.collectedAt,
        seconds: d.seconds ?? null,
        why: d.status === 'ok' ? null : String(d.why).slice(0, 300),
      };
    })
    .sort((a, b) => (a.package < b.package ? -1 : a.package > b.package ? 1 : 0));
  const index = {
    round: ROUND,
    how: 'scripts/catalogue/recrawl.mjs: collect.mjs install (--ignore-scripts), placeholders, unshare -n, throw-away HOME; the earlier listing’s arguments',
    listed: entries.filter((e) => e.status === 'ok').length,
    attempted: entries.length,
    entries,
  };
  writeFileSync(path.join(out, 'index.json'), JSON.stringify(index, null, 2) + '\n');
  process.stderr.write(`index.json: ${index.listed} of ${index.attempted} listed\n`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(opts.out, { recursive: true });
  if (opts.summarize) return summarize(opts.out);
  mkdirSync(opts.work, { recursive: true });
  const queue = [...opts.specs];
  await Promise.all(
    Array.from({ length: Math.max(1, opts.concurrency) }, async () => {
      while (queue.length) {
        const spec = queue.shift();
        try {
          await recrawlOne(spec, opts);
        } catch (e) {
          process.stderr.write(`error          ${spec}: ${e.message}\n`);
        }
      }
    }),
  );
  rmSync(opts.work, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(1);
  });
