#!/usr/bin/env node
// Retry round of the catalogue crawl (issue 12, breadth): try again the packages whose first attempt
// failed for a reason the package's own documentation can fix, and record per package what was tried.
//
// Usage:
//   node scripts/catalogue/retry.mjs [--index data/catalogue/index.json] [--out /tmp/catalogue-retry] \
//        [--work /tmp/catalogue-retry-work] [--concurrency 2] [--deadline <ISO time>] [--only pkg,...]
//
// Which packages (from index.json):
//   - the candidates never started (`notAttemptedPackages`);
//   - outcome `timeout` (many are MCP App examples or servers that serve HTTP unless told stdio);
//   - outcome `needs_config` (printed usage, want a sub-command or a required argument, or refused a
//     placeholder of the wrong shape);
//   - outcome `startup_crash` whose process exited at once without a word (often a bin that wants a
//     sub-command or a flag).
//   `zero_tools` and `protocol_error` are final; `install_failed`, `no_bin`, `needs_network` and the other
//   crashes are not retried (no cheap documented fix).
//
// How (scripts/corpus/collect.mjs's own functions: the same install with --ignore-scripts, the same
// placeholders, the same `unshare -n` listing with a throw-away HOME; nothing else reaches the server):
//   1. Install the package and read its evidence: its README, its package.json, its bin file, and the
//      output of `<bin> --help` (run like the listing: no network, throw-away HOME, placeholders, 8 s),
//      together with the first attempt's error.
//   2. Derive the attempts from that text only, in this order, each kept only when the text names it:
//        transport   `--transport stdio` / `--transport=stdio` / `--stdio` / `--mode stdio` (the flag as
//                    the text spells it)
//        subcommand  `<bin> stdio`, `<bin> mcp`, `<bin> start`, `<bin> serve`, `<bin> mcp start` … where
//                    the text shows the bin followed by that word, or lists it under "Commands:"
//        argument    a required option or positional argument the usage or error names, given a
//                    placeholder: a folder or file under the throw-away HOME, http://127.0.0.1:9, a
//                    database URL on 127.0.0.1:9, or the word "placeholder"
//        shape       a placeholder the first attempt refused for its shape, fixed as the error says: a
//                    required prefix ("must start with 'ffly_'"), a minimum length in bytes, one of the
//                    listed values ("must be either "production" or "sandbox""), or a file where a
//                    directory was given (every *_FILE variable gets a file under HOME holding "placeholder")
//        longer      for a timeout with none of the above, one more try with a 45 s budget
//      At most 5 attempts; the first that lists tools wins. A package never started before gets the
//      plain attempt (no arguments) first.
//   3. Write <out>/listings/<slug>.json in collect.mjs's format, from the best attempt (listed, else the
//      most telling failure), with top-level `args` (what the snapshot shows as target.args),
//      `envPlaceholders` (names), and `retry`: the first attempt's status and reason, every attempt
//      (args, the placeholder values that differ from collect.mjs's defaults, status, reason, seconds),
//      the evidence that named each attempt, and `recoveredBy` (the heuristic that listed tools, or null).
//   Then `node scripts/catalogue/summarize.mjs --retry <out>` merges them into data/catalogue/.
//
// Bounded like collect-all.mjs: two at a time, no new install after --deadline, the scratch folder and
// HOME deleted after each package, npm's own cache under --work (deleted at the end), free-space and
// work-folder peaks sampled every 10 s and written to <out>/run.json.

import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  appendFileSync,
  statfsSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  binOf,
  envNamesOf,
  installInto,
  listOnce,
  placeholderFor,
  run,
  slugOf,
  statusOfListing,
} from '../corpus/collect.mjs';
import { outcomeOf } from './summarize.mjs';

function parseArgs(argv) {
  const o = {
    index: 'data/catalogue/index.json',
    out: '/tmp/catalogue-retry',
    work: '/tmp/catalogue-retry-work',
    concurrency: 2,
    deadline: null,
    only: null,
    corpus: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--index') o.index = argv[++i];
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--work') o.work = argv[++i];
    else if (a === '--concurrency') o.concurrency = Math.min(2, Number(argv[++i]));
    else if (a === '--deadline') o.deadline = Date.parse(argv[++i]);
    else if (a === '--only') o.only = new Set(argv[++i].split(','));
    else if (a === '--corpus') o.corpus = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const readText = (f, max = 400_000) => {
  try {
    return readFileSync(f, 'utf8').slice(0, max);
  } catch {
    return '';
  }
};

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The package's own words: README, package.json, the bin file. */
function evidenceOf(pkgDir, file) {
  const readme = ['README.md', 'readme.md', 'Readme.md', 'README', 'README.markdown']
    .map((f) => readText(path.join(pkgDir, f)))
    .find(Boolean);
  return {
    readme: readme ?? '',
    pkgJson: readText(path.join(pkgDir, 'package.json'), 50_000),
    binText: readText(path.join(pkgDir, file), 2_000_000),
  };
}

const NUMERIC =
  /TIMEOUT|_MS$|MAX|MIN_|RETRIES|RETRY|LIMIT|SIZE|COUNT|THRESHOLD|INTERVAL|TTL|DELAY|CONCURRENCY|WORKERS|DAYS|HOURS|SECONDS|ENTRIES|RESET|PERCENT|RATE|DEPTH|BATCH|PAGE|ATTEMPTS|CACHE/;

const SUBCOMMANDS = ['stdio', 'mcp', 'start', 'serve', 'server', 'run'];

/**
 * The attempts the text names, in order: [{ heuristic, args, env?, evidence }].
 * `names` are the bin's names (bin key and package name) as a user would type them.
 */
export function attemptsFrom({ text, help, names, firstWhy, home, outcome, envNames }) {
  const out = [];
  const seen = new Set();
  const push = (heuristic, args, evidence, env) => {
    const key = JSON.stringify([args, env ?? {}]);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      heuristic,
      args,
      evidence: evidence.replace(/\s+/g, ' ').trim().slice(0, 160),
      ...(env ? { env } : {}),
    });
  };
  const all = `${text}\n${help}\n${firstWhy}`;
  const around = (m) => all.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);

  // shape: placeholders refused for their shape, fixed as the error says
  const shapeEnv = {};
  const keyish = envNames.filter((n) => placeholderFor(n) === 'placeholder');
  const prefix = firstWhy.match(/(?:must |should )?(?:start|begin)s? with ['"`]([A-Za-z0-9]+[_-])['"`]/i);
  if (prefix) for (const n of keyish) if (/KEY|TOKEN|SECRET/.test(n)) shapeEnv[n] = `${prefix[1]}placeholder`;
  const bytes = firstWhy.match(/\b([A-Z][A-Z0-9_]{2,}) is shorter than (\d+) bytes/);
  if (bytes) shapeEnv[bytes[1]] = '0'.repeat(Number(bytes[2]) * 2);
  const either = firstWhy.match(/\b([A-Z][A-Z0-9_]{2,}) must be (?:either |one of )?["'](\w+)["']/);
  if (either) shapeEnv[either[1]] = either[2];
  // a placeholder refused as a number or as a value from a list: leave the variable unset, so the
  // package's own default applies (numeric-looking names when the error speaks of NaN or numbers;
  // any variable the error names as invalid)
  if (
    /\bNaN\b|received nan|not a valid (?:positive )?(?:integer|number)|expected number|Invalid timeout/i.test(
      firstWhy,
    )
  )
    for (const n of envNames)
      if (NUMERIC.test(n) || new RegExp(`\\b${n}\\b`).test(firstWhy)) shapeEnv[n] = null;
  for (const m of firstWhy.matchAll(
    /\b([A-Z][A-Z0-9_]{2,})(?:=["']?placeholder["']?)? (?:is not a valid|must be a|has an invalid)|Invalid ([A-Z][A-Z0-9_]{2,}): Unknown/g,
  )) {
    const n = m[1] ?? m[2];
    if (envNames.includes(n) && !(n in shapeEnv)) shapeEnv[n] = null;
  }
  if (/EISDIR/.test(firstWhy))
    for (const n of envNames) if (/FILE/.test(n)) shapeEnv[n] = path.join(home, 'placeholder.txt');

  // transport: flags as the text spells them
  const flagRe = /(?<![\w-])(--(?:transport|transport-type|mode|server-type|type)|-t)(=| )["'`]?stdio\b/g;
  for (const m of all.matchAll(flagRe))
    push('transport', m[2] === '=' ? [`${m[1]}=stdio`] : [m[1], 'stdio'], around(m));
  for (const m of all.matchAll(/(?<![\w-])--stdio\b/g)) push('transport', ['--stdio'], around(m));

  // subcommands: "<bin> <word>" in the text, or the word listed under Commands:
  for (const name of names) {
    const re = new RegExp(
      `(?:^|[\\s\`'"/@])${esc(name)}(?:@[\\w.-]+)?["'\`,]?\\s+["'\`]?(${SUBCOMMANDS.join('|')})\\b(?:["'\`,]?\\s+["'\`]?(stdio|start|serve)\\b)?`,
      'gm',
    );
    for (const m of all.matchAll(re)) push('subcommand', m[2] ? [m[1], m[2]] : [m[1]], around(m));
  }
  const commands = all.match(/(?:^|\n)\s*Commands:\s*\n([\s\S]{0,2000}?)(?:\n\s*\n|$)/);
  const listedCmds = commands ? commands[1] : all;
  for (const sub of SUBCOMMANDS) {
    const m = listedCmds.match(new RegExp(`(?:^|\\n)\\s{0,6}${sub}(?: \\[options\\])?\\s{2,}[^\\n]*`));
    if (m && /mcp|server|stdio|start/i.test(m[0])) push('subcommand', [sub], m[0]);
  }

  // argument: required options and positional arguments the usage or error names
  const valueFor = (what) =>
    /url|uri|endpoint|host/i.test(what)
      ? 'http://127.0.0.1:9'
      : /file|config|schema|json|yaml/i.test(what)
        ? path.join(home, 'placeholder.json')
        : /dir|path|root|folder|project|workspace/i.test(what)
          ? path.join(home, 'placeholder')
          : 'placeholder';
  for (const m of firstWhy.matchAll(/required option '(--[\w-]+)(?: <([\w-]+)>)?'/g))
    push('argument', [m[1], valueFor(m[2] ?? m[1])], m[0]);
  for (const m of firstWhy.matchAll(/Missing (--[\w-]+) argument/gi))
    push('argument', [m[1], valueFor(m[1])], m[0]);
  for (const m of firstWhy.matchAll(/missing required argument '([\w-]+)'/g))
    push('argument', [valueFor(m[1])], m[0]);
  const usage = firstWhy.match(/Usage: (\S+)(?: \[options\])? <([\w-]+)>/);
  if (usage) push('argument', [valueFor(usage[2])], usage[0]);
  if (/allowed (?:path|director)/i.test(firstWhy))
    push('argument', [path.join(home, 'placeholder')], firstWhy);
  const redis = all.match(/redis:\/\/host:port|redis:\/\/localhost:\d+/);
  if (redis && /Redis URL/i.test(firstWhy)) push('argument', ['redis://127.0.0.1:9'], redis[0]);
  if (/database URL as a command-line argument/i.test(firstWhy))
    push('argument', ['postgresql://placeholder:placeholder@127.0.0.1:9/placeholder'], firstWhy);

  if (Object.keys(shapeEnv).length) {
    // the shape fix alone, then with each transport/subcommand attempt found above
    const before = [...out];
    push('shape', [], `${firstWhy}`, shapeEnv);
    for (const a of before) push(`shape+${a.heuristic}`, a.args, a.evidence, shapeEnv);
  }
  if (outcome === 'timeout' && out.length === 0)
    push('longer', [], 'timeout with no stdio flag or sub-command in the text');
  return out;
}

const RANK = [
  'listed',
  'zero_tools',
  'protocol_error',
  'needs_config',
  'needs_network',
  'startup_crash',
  'timeout',
];

function duBytes(p) {
  if (!existsSync(p)) return 0;
  try {
    return Number(
      execFileSync('du', ['-sb', p], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(
        '\t',
      )[0],
    );
  } catch (e) {
    return Number(String(e.stdout ?? '').split('\t')[0]) || 0;
  }
}
const usedBytes = (p) => {
  const s = statfsSync(p);
  return (s.blocks - s.bfree) * s.bsize;
};

async function retryOne(entry, o) {
  const t0 = Date.now();
  const pkg = entry.package;
  const slug = slugOf(pkg);
  const spec = `${pkg}@${entry.version}`;
  const record = { package: pkg, spec, status: 'other', why: '', collectedAt: new Date().toISOString() };
  const retry = {
    firstAttempt: entry.first
      ? { status: entry.first.status, outcome: entry.outcome, reason: entry.reason }
      : null,
    attempts: [],
    recoveredBy: null,
  };
  const inst = await installInto(spec, pkg, o.work);
  if (!inst.ok) {
    record.status = 'install_failed';
    record.why = inst.why;
    rmSync(inst.dir, { recursive: true, force: true });
    return write(record, retry, o, t0);
  }
  const { bin, file, version } = binOf(inst.pkgDir, pkg);
  record.version = version;
  record.bin = bin;
  if (!file) {
    record.status = 'no_bin';
    record.why = 'the package has no bin or main';
    rmSync(inst.dir, { recursive: true, force: true });
    return write(record, retry, o, t0);
  }
  const envNames = envNamesOf(inst.pkgDir);
  record.envPlaceholders = envNames;
  const home = path.join(o.work, `home-${slug}`);
  const freshHome = () => {
    rmSync(home, { recursive: true, force: true });
    mkdirSync(path.join(home, 'placeholder'), { recursive: true });
    writeFileSync(path.join(home, 'placeholder.txt'), 'placeholder\n');
    writeFileSync(path.join(home, 'placeholder.json'), '{}\n');
  };
  // collect.mjs's placeholders, but paths under this package's throw-away HOME
  const baseEnv = Object.fromEntries(
    envNames.map((n) => {
      const v = placeholderFor(n);
      return [n, v === '/tmp/corpus-home/placeholder' ? path.join(home, 'placeholder') : v];
    }),
  );
  freshHome();
  const ev = evidenceOf(inst.pkgDir, file);
  const help = await run('unshare', ['-n', process.execPath, path.join(inst.pkgDir, file), '--help'], {
    cwd: home,
    env: { PATH: process.env.PATH, HOME: home, ...baseEnv },
    timeoutMs: 8000,
  });
  const helpText = `${help.out}\n${help.err}`.slice(0, 20000);
  const names = [...new Set([bin, pkg, pkg.split('/').pop()].filter(Boolean))];
  const plan = attemptsFrom({
    text: `${ev.readme}\n${ev.pkgJson}\n${ev.binText.length < 200_000 ? ev.binText : ''}`,
    help: helpText,
    names,
    firstWhy: entry.first ? `${entry.reason} ${entry.first.why ?? ''}` : '',
    home,
    outcome: entry.outcome,
    envNames,
  });
  if (!entry.first)
    plan.unshift({ heuristic: 'plain', args: [], evidence: 'never started before: the plain attempt' });
  const outFile = path.join(inst.dir, 'listing.json');
  let best = null;
  for (const a of plan.slice(0, 5)) {
    freshHome();
    const ta = Date.now();
    const env = { ...baseEnv, ...(a.env ?? {}) };
    for (const [n, v] of Object.entries(env)) if (v === null) delete env[n];
    const { listing, err } = await listOnce({
      pkgDir: inst.pkgDir,
      file,
      env,
      args: a.args,
      home,
      outFile,
      timeoutMs: a.heuristic === 'longer' ? 45000 : 20000,
    });
    const s = statusOfListing(listing, err);
    const { outcome, reason } = outcomeOf(s);
    const changed = Object.fromEntries([
      ...Object.entries(env).filter(([n, v]) => v !== placeholderFor(n)),
      ...envNames.filter((n) => !(n in env)).map((n) => [n, '(unset)']),
    ]);
    retry.attempts.push({
      heuristic: a.heuristic,
      args: a.args,
      placeholders: changed,
      evidence: a.evidence,
      status: s.status,
      outcome,
      reason: reason.slice(0, 240),
      toolCount: s.toolCount ?? 0,
      seconds: Math.round((Date.now() - ta) / 1000),
    });
    const cand = { a, s, outcome, rank: RANK.indexOf(outcome) };
    if (!best || cand.rank < best.rank) best = cand;
    if (outcome === 'listed') break;
  }
  rmSync(home, { recursive: true, force: true });
  rmSync(inst.dir, { recursive: true, force: true });
  if (!best) {
    // nothing the text names to try: the first attempt stands
    record.status = entry.first?.status ?? 'other';
    record.why = entry.first?.why ?? 'no attempt derived';
    record.args = [];
    record.command = ['npx', '-y', `${pkg}@${version}`];
    retry.note =
      'no stdio flag, sub-command, argument or shape fix named in the package or its error; not re-run';
    return write(record, retry, o, t0);
  }
  record.args = best.a.args;
  record.command = ['npx', '-y', `${pkg}@${version}`, ...best.a.args];
  if (best.a.env)
    record.envPlaceholders = [...new Set([...envNames, ...Object.keys(best.a.env)])]
      .filter((n) => best.a.env[n] !== null)
      .sort();
  Object.assign(record, best.s);
  if (best.outcome === 'listed') retry.recoveredBy = best.a.heuristic;
  return write(record, retry, o, t0);
}

function write(record, retry, o, t0) {
  const doc = { ...record, retry };
  writeFileSync(
    path.join(o.out, 'listings', `${slugOf(record.package)}.json`),
    JSON.stringify(doc, null, 2) + '\n',
  );
  const ms = Date.now() - t0;
  appendFileSync(
    path.join(o.out, 'times.jsonl'),
    JSON.stringify({ package: record.package, status: record.status, ms }) + '\n',
  );
  return { ...doc, ms };
}

/** Crashes that refused a placeholder's shape (a number, a value from a list). */
const SHAPE_CRASH =
  /\bNaN\b|received nan|not a valid (?:positive )?(?:integer|number)|Invalid [A-Z][A-Z0-9_]{2,}: Unknown/i;

/**
 * --corpus data/corpus/attempts.json: the candidates attempted before the catalogue crawl (by the
 * corpus collection) that failed there, except failed installs; retried with the same heuristics,
 * from that attempt's status and reason. Their retry listings are summarised apart (summarize.mjs).
 */
function corpusFailures(o, cand) {
  const byName = new Map(cand.packages.map((p) => [p.name, p]));
  const attempts = JSON.parse(readFileSync(o.corpus, 'utf8'));
  const out = [];
  const seen = new Set();
  for (const r of attempts) {
    const c = byName.get(r.package);
    if (
      !c ||
      c.attempted === null ||
      r.status === 'ok' ||
      r.status === 'install_failed' ||
      seen.has(r.package)
    )
      continue;
    if (attempts.some((x) => x.package === r.package && x.status === 'ok')) continue;
    seen.add(r.package);
    const why = String(r.why ?? r.error ?? '');
    const first = { status: r.status, why };
    const { outcome, reason } = outcomeOf({ status: r.status === 'other' ? 'other' : 'startup_failed', why });
    out.push({
      package: r.package,
      version: c.version,
      downloads: c.downloads,
      outcome,
      reason,
      first,
      corpus: true,
    });
  }
  return out;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(path.join(o.out, 'listings'), { recursive: true });
  mkdirSync(path.join(o.work, '.npm-home'), { recursive: true });
  writeFileSync(
    path.join(o.work, '.npm-home', '.npmrc'),
    'prefer-offline=true\npackage-lock=false\naudit=false\nfund=false\nupdate-notifier=false\n',
  );
  const index = JSON.parse(readFileSync(o.index, 'utf8'));
  const cand = JSON.parse(readFileSync(path.join(path.dirname(o.index), 'candidates.json'), 'utf8'));
  const versionOf = new Map(cand.packages.map((p) => [p.name, p.version]));
  const firstOf = (e) => {
    const f = path.join(path.dirname(o.index), e.file);
    try {
      return JSON.parse(gunzipSync(readFileSync(f)).toString('utf8'));
    } catch {
      return { status: e.status, why: e.reason };
    }
  };
  const order = { timeout: 1, needs_config: 2, startup_crash: 3 };
  const todo = [
    ...index.entries
      .filter(
        (e) =>
          e.outcome === 'timeout' ||
          e.outcome === 'needs_config' ||
          (e.outcome === 'startup_crash' &&
            (/exited without a word/.test(e.reason) || SHAPE_CRASH.test(e.reason))),
      )
      .map((e) => ({ ...e, first: firstOf(e) }))
      // MCP App examples first (their README names --stdio), then by outcome, then by downloads
      .sort(
        (a, b) =>
          Number(!a.package.startsWith('@modelcontextprotocol/')) -
            Number(!b.package.startsWith('@modelcontextprotocol/')) ||
          order[a.outcome] - order[b.outcome] ||
          b.downloads - a.downloads,
      ),
    ...index.notAttemptedPackages.map((name) => ({
      package: name,
      version: versionOf.get(name),
      outcome: null,
      reason: '',
      first: null,
    })),
    ...(o.corpus ? corpusFailures(o, cand) : []),
  ].filter((e) => !o.only || o.only.has(e.package));
  const queue = todo.filter((e) => !existsSync(path.join(o.out, 'listings', `${slugOf(e.package)}.json`)));
  const started = Date.now();
  const deadline = o.deadline ?? started + 60 * 60000;
  const base = usedBytes(o.work);
  const peak = { usedDelta: 0, work: 0 };
  let ticks = 0;
  const sampler = setInterval(() => {
    peak.usedDelta = Math.max(peak.usedDelta, usedBytes(o.work) - base);
    if (ticks++ % 3 === 0) peak.work = Math.max(peak.work, duBytes(o.work));
  }, 10000);
  process.stderr.write(
    `retry: ${todo.length} packages, ${queue.length} to run; deadline ${new Date(deadline).toISOString()}\n`,
  );
  let done = 0;
  const total = queue.length;
  const worker = async () => {
    while (queue.length && Date.now() < deadline && !existsSync(path.join(o.out, 'STOP'))) {
      const e = queue.shift();
      let r;
      try {
        r = await retryOne(e, o);
      } catch (err) {
        process.stderr.write(`error ${e.package}: ${err.stack ?? err}\n`);
        continue;
      }
      done++;
      const el = (Date.now() - started) / 1000;
      process.stderr.write(
        `[${String(done).padStart(3)}/${total}] ${String(r.status).padEnd(14)} ${e.package}` +
          `${r.toolCount ? ` (${r.toolCount} tools, ${r.retry.recoveredBy} ${JSON.stringify(r.args)})` : ''}` +
          ` ${r.retry.attempts.length} attempts ${Math.round(r.ms / 1000)} s; elapsed ${(el / 60).toFixed(1)} min, eta ${((queue.length * el) / done / 60).toFixed(0)} min\n`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, worker));
  clearInterval(sampler);
  peak.usedDelta = Math.max(peak.usedDelta, usedBytes(o.work) - base);
  peak.work = Math.max(peak.work, duBytes(o.work));
  const runFile = path.join(o.out, 'run.json');
  const prev = existsSync(runFile) ? JSON.parse(readFileSync(runFile, 'utf8')) : { runs: [] };
  prev.runs.push({
    startedAt: new Date(started).toISOString(),
    endedAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    concurrency: o.concurrency,
    started: done,
    notStarted: queue.map((e) => e.package),
    peakDiskUsedDeltaBytes: peak.usedDelta,
    peakWorkDirBytes: peak.work,
    npmCacheAtEndBytes: duBytes(path.join(o.work, '.npm-cache')),
  });
  writeFileSync(runFile, JSON.stringify(prev, null, 2) + '\n');
  process.stderr.write(
    `retry done: ${done} in ${((Date.now() - started) / 60000).toFixed(1)} min, ${queue.length} not started; ` +
      `peak disk +${(peak.usedDelta / 1e9).toFixed(2)} GB (work folder ${(peak.work / 1e9).toFixed(2)} GB)\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(1);
  });
