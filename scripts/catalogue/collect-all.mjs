#!/usr/bin/env node
// Run scripts/corpus/collect.mjs over every catalogue candidate not yet attempted, bounded in time and
// disk, resumable. One collect.mjs process per package (a crash or a kill loses that package only);
// its <slug>.json lands in --out, in the format collect.mjs writes.
//
// Usage:
//   node scripts/catalogue/collect-all.mjs [--candidates data/catalogue/candidates.json] \
//        [--out /tmp/catalogue-run/listings] [--work /tmp/catalogue-work] [--concurrency 2] \
//        [--minutes 70 | --deadline <ISO time>] [--cache-cap-gb 5] [--limit N]
//
// - Order: the candidates file's order (downloads, most first). A package whose <slug>.json is already
//   in --out is skipped, so a restart goes on where the last run stopped.
// - Time: no new install starts after --minutes; the ones running finish (collect.mjs bounds each one:
//   install 240 s, listing 40 s). A collect.mjs that outlives 420 s is killed with its process group
//   and recorded as status "other", why "collector killed after 420 s".
// - Disk: every 10 s the free space of the work folder's file system, the size of the work folder and
//   of ~/.npm are sampled and their peaks recorded. When the npm cache collect.mjs uses
//   (<work>/.npm-cache) passes --cache-cap-gb, no new package starts until the running ones end, then
//   the cache is deleted. collect.mjs deletes each scratch folder itself. (Free space is read every
//   10 s, the work folder's size every 30 s, the cache's every 60 s: du over node_modules costs CPU.)
// - Stop: a file STOP beside --out makes the run start nothing new; --deadline <ISO time> keeps the
//   first run's deadline across a restart.
// - npm: collect.mjs runs npm with HOME=<work>/.npm-home; an .npmrc there sets prefer-offline (cached
//   metadata is reused instead of being revalidated for every package), no lock file, no audit, no fund.
// - At the end <out>/../run.json records the run: start, end, seconds, counts, peaks, what was left.
//
// The child sees PATH, HOME and npm's cache setting only (collect.mjs builds its own environment);
// no secret is ever passed.

import { spawn, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  appendFileSync,
  statfsSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const collect = path.join(here, '..', 'corpus', 'collect.mjs');

function parseArgs(argv) {
  const o = {
    candidates: 'data/catalogue/candidates.json',
    out: '/tmp/catalogue-run/listings',
    work: '/tmp/catalogue-work',
    concurrency: 2,
    minutes: 70,
    cacheCapGb: 5,
    limit: Infinity,
    deadline: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--candidates') o.candidates = argv[++i];
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--work') o.work = argv[++i];
    else if (a === '--concurrency') o.concurrency = Math.min(2, Number(argv[++i]));
    else if (a === '--minutes') o.minutes = Number(argv[++i]);
    else if (a === '--cache-cap-gb') o.cacheCapGb = Number(argv[++i]);
    else if (a === '--limit') o.limit = Number(argv[++i]);
    else if (a === '--deadline') o.deadline = Date.parse(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const slugOf = (pkg) => pkg.toLowerCase().replace(/^@/, '').replace(/\//g, '__');

function duBytes(p) {
  if (!existsSync(p)) return 0;
  try {
    return Number(
      execFileSync('du', ['-sb', p], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(
        '\t',
      )[0],
    );
  } catch (e) {
    // du exits 1 when a file vanishes under it (scratch folders come and go); it still prints a total
    const out = String(e.stdout ?? '');
    return Number(out.split('\t')[0]) || 0;
  }
}

function usedBytes(p) {
  const s = statfsSync(p);
  return (s.blocks - s.bfree) * s.bsize;
}

const gb = (b) => `${(b / 1e9).toFixed(2)} GB`;

async function main() {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(o.out, { recursive: true });
  mkdirSync(path.join(o.work, '.npm-home'), { recursive: true });
  writeFileSync(
    path.join(o.work, '.npm-home', '.npmrc'),
    'prefer-offline=true\npackage-lock=false\naudit=false\nfund=false\nupdate-notifier=false\n',
  );
  const doc = JSON.parse(readFileSync(o.candidates, 'utf8'));
  const todo = doc.packages.filter((p) => p.attempted === null);
  const queue = todo.filter((p) => !existsSync(path.join(o.out, `${slugOf(p.name)}.json`))).slice(0, o.limit);
  const runFile = path.join(path.dirname(o.out), 'run.json');
  const timesFile = path.join(path.dirname(o.out), 'times.jsonl');
  const started = Date.now();
  const deadline = o.deadline ?? started + o.minutes * 60000;
  const stopFile = path.join(path.dirname(o.out), 'STOP');
  const cacheDir = path.join(o.work, '.npm-cache');
  const npmHome = path.join(os.homedir(), '.npm');
  const base = { used: usedBytes(o.work), npmHome: duBytes(npmHome) };
  const peak = { usedDelta: 0, work: 0, npmHomeDelta: 0, cache: 0 };
  let cacheCleans = 0;
  let pausing = false;
  let active = 0;
  let done = 0;
  const statuses = {};
  process.stderr.write(
    `${todo.length} candidates not yet attempted, ${queue.length} to run now; deadline ${o.minutes} min; ` +
      `disk used at start ${gb(base.used)}, ~/.npm ${gb(base.npmHome)}\n`,
  );

  let ticks = 0;
  const sample = () => {
    ticks++;
    const used = usedBytes(o.work);
    peak.usedDelta = Math.max(peak.usedDelta, used - base.used);
    if (ticks % 3 === 1) peak.work = Math.max(peak.work, duBytes(o.work));
    if (ticks % 6 === 1) {
      const cache = duBytes(cacheDir);
      peak.cache = Math.max(peak.cache, cache);
      if (cache > o.cacheCapGb * 1e9) pausing = true;
    }
  };
  const sampler = setInterval(sample, 10000);
  let npmSamples = 0;
  const npmSampler = setInterval(() => {
    npmSamples++;
    peak.npmHomeDelta = Math.max(peak.npmHomeDelta, duBytes(npmHome) - base.npmHome);
  }, 60000);

  const runOne = (p) =>
    new Promise((resolve) => {
      const spec = `${p.name}@${p.version}`;
      const t0 = Date.now();
      const child = spawn(
        process.execPath,
        [collect, '--out', o.out, '--work', o.work, '--concurrency', '1', spec],
        { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: { PATH: process.env.PATH } },
      );
      let err = '';
      child.stderr.on('data', (d) => (err = (err + d).slice(-2000)));
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 420000);
      child.on('close', (code, signal) => {
        clearTimeout(killer);
        const file = path.join(o.out, `${slugOf(p.name)}.json`);
        if (!existsSync(file)) {
          const why =
            signal === 'SIGKILL'
              ? 'collector killed after 420 s'
              : `collector exited ${code}: ${err.trim().slice(-300)}`;
          writeFileSync(
            file,
            JSON.stringify(
              { package: p.name, spec, status: 'other', why, collectedAt: new Date().toISOString() },
              null,
              2,
            ) + '\n',
          );
          rmSync(path.join(o.work, slugOf(p.name)), { recursive: true, force: true });
          rmSync(path.join(o.work, `home-${slugOf(p.name)}`), { recursive: true, force: true });
        }
        let status = 'other';
        let tools = 0;
        try {
          const r = JSON.parse(readFileSync(file, 'utf8'));
          status = r.status;
          tools = r.toolCount ?? 0;
        } catch {
          /* keep other */
        }
        statuses[status] = (statuses[status] ?? 0) + 1;
        appendFileSync(timesFile, JSON.stringify({ package: p.name, status, ms: Date.now() - t0 }) + '\n');
        done++;
        const elapsed = (Date.now() - started) / 1000;
        const left = Math.max(0, (deadline - Date.now()) / 1000);
        const eta = Math.min(left, ((queue.length + active - 1) * elapsed) / done);
        process.stderr.write(
          `[${String(done).padStart(3)}/${queue.length + done + active - 1}] ${status.padEnd(14)} ${p.name}` +
            `${tools ? ` (${tools} tools)` : ''} ${((Date.now() - t0) / 1000).toFixed(0)} s; elapsed ${(elapsed / 60).toFixed(1)} min, eta ${(eta / 60).toFixed(0)} min\n`,
        );
        resolve();
      });
    });

  const worker = async () => {
    for (;;) {
      if (Date.now() >= deadline || !queue.length || existsSync(stopFile)) return;
      if (pausing) {
        if (active === 0) {
          process.stderr.write(`npm cache ${gb(duBytes(cacheDir))} over the cap: cleaning it\n`);
          rmSync(cacheDir, { recursive: true, force: true });
          cacheCleans++;
          pausing = false;
        } else {
          await new Promise((r) => setTimeout(r, 1000));
          continue;
        }
      }
      const p = queue.shift();
      active++;
      await runOne(p);
      active--;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, worker));
  clearInterval(sampler);
  clearInterval(npmSampler);
  sample();
  peak.npmHomeDelta = Math.max(peak.npmHomeDelta, duBytes(npmHome) - base.npmHome);
  const cacheAtEnd = duBytes(cacheDir);
  const prev = existsSync(runFile) ? JSON.parse(readFileSync(runFile, 'utf8')) : { runs: [] };
  const run = {
    startedAt: new Date(started).toISOString(),
    endedAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    concurrency: o.concurrency,
    minutes: o.minutes,
    started: done,
    statuses,
    notStarted: queue.map((p) => p.name),
    peakDiskUsedDeltaBytes: peak.usedDelta,
    peakWorkDirBytes: peak.work,
    peakNpmCacheBytes: peak.cache,
    npmCacheAtEndBytes: cacheAtEnd,
    npmCacheCapBytes: o.cacheCapGb * 1e9,
    npmCacheCleans: cacheCleans,
    homeNpmGrowthBytes: peak.npmHomeDelta,
    npmSamples,
  };
  prev.runs.push(run);
  writeFileSync(runFile, JSON.stringify(prev, null, 2) + '\n');
  process.stderr.write(
    `done: ${done} started in ${(run.seconds / 60).toFixed(1)} min, ${queue.length} not started; ` +
      `${Object.entries(statuses)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; peak disk +${gb(peak.usedDelta)} (work folder ${gb(peak.work)}), ` +
      `npm cache ${gb(cacheAtEnd)} at the end (cap ${o.cacheCapGb} GB, cleaned ${cacheCleans}x), ~/.npm +${gb(peak.npmHomeDelta)}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
