#!/usr/bin/env node
// Gather the catalogue crawl's listings into data/catalogue/: store each candidate's <slug>.json (the
// bytes scripts/corpus/collect.mjs wrote, unchanged) as listings/<slug>.json.gz, give every attempt an
// outcome and a reason, and write data/catalogue/index.json (with the counts) and run.json, formatted
// by the repository's prettier config. Deterministic for the same inputs: entries are sorted by
// package name, no time is added, and the gzip header carries no name or time.
//
// Usage:
//   node scripts/catalogue/summarize.mjs [--from /tmp/catalogue-run] [--candidates data/catalogue/candidates.json] \
//        [--to data/catalogue] [--retry /tmp/catalogue-retry]
//
// --from holds listings/<slug>.json, times.jsonl and run.json (scripts/catalogue/collect-all.mjs).
// --retry holds the retry round's listings/<slug>.json, times.jsonl and run.json
// (scripts/catalogue/retry.mjs): a retry listing replaces the first attempt's (it carries the first
// attempt's status and reason in `retry.firstAttempt`), except that a retry whose install failed leaves
// a first attempt that got further in place. Its run records go to retry-run.json.
// Only packages that are candidates and were not attempted before (data/corpus/attempts.json) are
// taken; a listing of anything else is ignored.
//
// Outcomes (collect.mjs's own `status` is kept beside it):
//   listed          tools/list answered with at least one tool whose definition is valid (a string
//                   `name` and an object `inputSchema` with type "object").
//   zero_tools      tools/list answered with no tools (collect.mjs: no_tools), or only with invalid
//                   definitions (collect.mjs: ok) — never "listed".
//   install_failed  npm install failed (collect.mjs: install_failed).
//   no_bin          installed, but the package has neither a bin nor a main (collect.mjs: no_bin).
//   timeout         no answer to initialize or tools/list within 20 s, or the collector was killed.
//   protocol_error  the server answered, but not as MCP expects (bad JSON, an error for tools/list …).
//   needs_network   it tried to reach the internet (the sandbox has no network: ENOTFOUND, fetch failed …).
//   needs_config    it stopped and said what it lacks: a variable, a key, a token, an argument, a
//                   config file, a running service (connection refused at the placeholder address) …
//   startup_crash   it stopped for any other reason: an exception, a module missing or not built
//                   (install scripts never run), or an exit without a word (often a library's main or
//                   a bin that wants a sub-command).
// The reason is one line drawn from the error and the last part of stderr.

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';

function parseArgs(argv) {
  const o = {
    from: '/tmp/catalogue-run',
    candidates: 'data/catalogue/candidates.json',
    to: 'data/catalogue',
    retry: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--from') o.from = argv[++i];
    else if (a === '--candidates') o.candidates = argv[++i];
    else if (a === '--to') o.to = argv[++i];
    else if (a === '--retry') o.retry = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const slugOf = (pkg) => pkg.toLowerCase().replace(/^@/, '').replace(/\//g, '__');

export function validTool(t) {
  return (
    t !== null &&
    typeof t === 'object' &&
    typeof t.name === 'string' &&
    t.name.length > 0 &&
    t.inputSchema !== null &&
    typeof t.inputSchema === 'object' &&
    !Array.isArray(t.inputSchema) &&
    t.inputSchema.type === 'object'
  );
}

const oneLine = (s) =>
  String(s ?? '')
    .replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*[A-Za-z]', 'g'), '')
    .replace(/\s+/g, ' ')
    .trim();

// The informative part of a startup failure: the stderr tail, else the client's error.
function reasonText(why) {
  const [err, ...rest] = String(why ?? '').split(' | ');
  const tail = oneLine(rest.join(' | '));
  return { err: oneLine(err), tail };
}

const TIMEOUT = /timeout after \d+ ?ms|timed out|-32001\b|collector killed/i;
const PROTOCOL =
  /Unexpected token|is not valid JSON|JSON\.parse|SyntaxError: .*JSON|invalid_type|invalid_union|ZodError|-3260[0-3]\b|-32700\b|Method not found|unsupported protocol version|protocol version/i;
const NETWORK =
  /ENOTFOUND|EAI_AGAIN|getaddrinfo|ENETUNREACH|EHOSTUNREACH|fetch failed|network (?:error|request failed)|socket hang up|request to https?:\/\/(?!127\.0\.0\.1)/i;
const CONFIG =
  /\brequired\b|\bmissing\b|not (?:set|provided|specified|configured|defined|found in (?:env|environment))|must (?:be )?(?:set|provided?|specif|configur)|please (?:set|provide|specify|configure|run|login|log in|authenticate)|api[ _-]?key|\btoken\b|credential|unauthori[sz]ed|\b40[13]\b|authenticat|\blogin\b|\blog in\b|\bconfig(?:uration)? (?:file|not|is|missing|error)|usage:|invalid (?:url|key|api|token|credentials?|configuration)|environment variable|ECONNREFUSED|connection refused|127\.0\.0\.1:9\b|no such file or directory, open .*(?:config|credentials|\.json|\.ya?ml|\.env)|unknown command|sub-?command|specify a command|expected (?:a|one) command|not a directory|cannot start:|is shorter than|display help for command|Options:|Flags:|--help\b/i;
const NATIVE =
  /\.node\b|bindings file|Could not locate the bindings|NODE_MODULE_VERSION|prebuild|node-gyp|was compiled against|better_sqlite3|sharp module|Cannot find module '.*\.node'/i;

// The most telling part of a stderr tail: its last "SomethingError: message" and any Node error code,
// else the tail's last 240 characters. (collect.mjs keeps only the last 300 characters of stderr, so
// a long stack can hide the message; the reason then says so.)
function pick(tail) {
  const msgs = [...tail.matchAll(/\b(?:[A-Z]\w*Error|Error)(?: \[[A-Z_]+\])?: .+?(?= at |$)/g)].map(
    (m) => m[0],
  );
  const code = tail.match(/code: '(ERR_[A-Z_]+|E[A-Z]+)'/)?.[1];
  if (msgs.length)
    return `${msgs[msgs.length - 1].slice(0, 200)}${code && !msgs[msgs.length - 1].includes(code) ? ` (${code})` : ''}`;
  if (code) return `${code}; stack tail only: ${tail.slice(-160)}`;
  if (
    /^\S*\s*at |\bat (?:async )?\S+ \(|node:internal/.test(tail) &&
    !/[a-z]{4,} [a-z]{4,} [a-z]{4,}/i.test(tail.replace(/at .*?\)/g, ''))
  )
    return `exception, message cut off; stack tail: ${tail.slice(-160)}`;
  return tail.slice(-240);
}

export function outcomeOf(r) {
  if (r.status === 'ok') {
    const tools = Array.isArray(r.tools) ? r.tools : [];
    const valid = tools.filter(validTool).length;
    if (valid > 0)
      return {
        outcome: 'listed',
        reason: valid < tools.length ? `${tools.length - valid} of ${tools.length} definitions invalid` : '',
        valid,
      };
    return { outcome: 'zero_tools', reason: `all ${tools.length} definitions invalid`, valid: 0 };
  }
  if (r.status === 'no_tools')
    return { outcome: 'zero_tools', reason: 'tools/list answered with no tools', valid: 0 };
  if (r.status === 'install_failed')
    return { outcome: 'install_failed', reason: oneLine(r.why).slice(0, 240), valid: 0 };
  if (r.status === 'no_bin') return { outcome: 'no_bin', reason: 'the package has no bin or main', valid: 0 };
  const { err, tail } = reasonText(r.why);
  const both = `${err} ${tail}`;
  const text = pick(tail || err);
  if (r.status === 'other') {
    if (TIMEOUT.test(both)) return { outcome: 'timeout', reason: oneLine(r.why).slice(0, 240), valid: 0 };
    return { outcome: 'startup_crash', reason: oneLine(r.why).slice(0, 240), valid: 0 };
  }
  if (TIMEOUT.test(err))
    return { outcome: 'timeout', reason: tail ? `${err}; stderr: ${text}` : err, valid: 0 };
  if (!/Connection closed/i.test(err) && NETWORK.test(err))
    return {
      outcome: 'needs_network',
      reason: `answered tools/list with an error: ${err.slice(0, 200)}`,
      valid: 0,
    };
  if (!/Connection closed/i.test(err) && PROTOCOL.test(err))
    return { outcome: 'protocol_error', reason: err.slice(0, 240), valid: 0 };
  if (PROTOCOL.test(tail) && /JSON|Unexpected token/i.test(tail) && !/\.json/i.test(tail))
    return { outcome: 'protocol_error', reason: text, valid: 0 };
  if (NATIVE.test(tail))
    return {
      outcome: 'startup_crash',
      reason: `native module not built (install scripts never run): ${text}`,
      valid: 0,
    };
  if (NETWORK.test(tail)) return { outcome: 'needs_network', reason: text, valid: 0 };
  if ((tail.match(/(?:^|\s)--[a-z][\w-]+/g) ?? []).length >= 3)
    return {
      outcome: 'needs_config',
      reason: `printed its usage (wants arguments or a sub-command): ${tail.slice(-160)}`,
      valid: 0,
    };
  if (CONFIG.test(tail)) return { outcome: 'needs_config', reason: text, valid: 0 };
  if (!tail) return { outcome: 'startup_crash', reason: `${err}; exited without a word on stderr`, valid: 0 };
  return { outcome: 'startup_crash', reason: text, valid: 0 };
}

export const OUTCOMES = [
  'listed',
  'zero_tools',
  'install_failed',
  'no_bin',
  'timeout',
  'protocol_error',
  'needs_network',
  'needs_config',
  'startup_crash',
];

/** The retry round in numbers: retried, by first outcome, recovered by heuristic, outcomes after. */
function retrySummary(entries, corpusRetries) {
  const retried = entries.filter((e) => e.retry && e.retry.attempts !== undefined);
  const count = (xs) => {
    const m = {};
    for (const x of xs) m[x] = (m[x] ?? 0) + 1;
    return Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  const recovered = retried.filter((e) => e.retry.recoveredBy);
  return {
    retried: retried.length,
    byFirstOutcome: count(retried.map((e) => e.retry.firstOutcome ?? 'not_attempted')),
    notReRun: retried.filter((e) => e.retry.attempts === 0).length,
    recovered: recovered.length,
    recoveredTools: recovered.reduce((s, e) => s + e.validToolCount, 0),
    recoveredBy: count(recovered.map((e) => e.retry.recoveredBy)),
    outcomesAfter: count(retried.map((e) => e.outcome)),
    corpus: {
      retried: corpusRetries.length,
      notReRun: corpusRetries.filter((e) => e.attempts === 0).length,
      recovered: corpusRetries.filter((e) => e.recoveredBy).length,
      recoveredTools: corpusRetries.filter((e) => e.recoveredBy).reduce((s, e) => s + e.validToolCount, 0),
      recoveredBy: count(corpusRetries.filter((e) => e.recoveredBy).map((e) => e.recoveredBy)),
      outcomesAfter: count(corpusRetries.map((e) => e.outcome)),
    },
  };
}

async function writeJson(file, value) {
  // formatted as the repository's prettier config wants it, so `npm run lint` passes
  // (the repository's config, wherever the file goes)
  const options = (await prettier.resolveConfig(new URL(import.meta.url).pathname)) ?? {};
  writeFileSync(
    file,
    await prettier.format(JSON.stringify(value), { ...options, parser: 'json', filepath: file }),
  );
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const cand = JSON.parse(readFileSync(o.candidates, 'utf8'));
  const wanted = new Map(cand.packages.filter((p) => p.attempted === null).map((p) => [slugOf(p.name), p]));
  const src = path.join(o.from, 'listings');
  const dst = path.join(o.to, 'listings');
  rmSync(dst, { recursive: true, force: true });
  mkdirSync(dst, { recursive: true });
  const readTimes = (file) => {
    const m = new Map();
    if (existsSync(file))
      for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
        const t = JSON.parse(line);
        m.set(t.package, t.ms);
      }
    return m;
  };
  const times = readTimes(path.join(o.from, 'times.jsonl'));
  const retrySrc = o.retry ? path.join(o.retry, 'listings') : null;
  const retryTimes = o.retry ? readTimes(path.join(o.retry, 'times.jsonl')) : new Map();
  const files = new Set(readdirSync(src).filter((f) => f.endsWith('.json')));
  if (retrySrc && existsSync(retrySrc))
    for (const f of readdirSync(retrySrc)) if (f.endsWith('.json')) files.add(f);
  const entries = [];
  const corpusRetries = [];
  const before = new Map(cand.packages.filter((p) => p.attempted !== null).map((p) => [slugOf(p.name), p]));
  let ignored = 0;
  for (const f of [...files].sort()) {
    const slug = f.slice(0, -5);
    const c = wanted.get(slug);
    const retryOnly = retrySrc && !existsSync(path.join(src, f)) ? path.join(retrySrc, f) : null;
    if (!c && retryOnly && before.has(slug)) {
      // a candidate attempted before (data/corpus/attempts.json) and retried: its listing joins
      // listings/ only when it listed tools (a failure keeps the corpus's own, hand-written reason)
      const r = JSON.parse(readFileSync(retryOnly, 'utf8'));
      const { outcome, reason, valid } = outcomeOf(r);
      const rt = r.retry;
      if (outcome === 'listed')
        writeFileSync(path.join(dst, `${f}.gz`), gzipSync(readFileSync(retryOnly), { level: 9 }));
      corpusRetries.push({
        package: r.package,
        version: r.version ?? before.get(slug).version,
        firstStatus: rt.firstAttempt?.status ?? null,
        firstOutcome: rt.firstAttempt?.outcome ?? null,
        outcome,
        reason,
        toolCount: r.toolCount ?? 0,
        validToolCount: valid,
        command: r.command ?? null,
        attempts: rt.attempts.length,
        tried: rt.attempts.map((a) => `${a.heuristic} ${JSON.stringify(a.args)}: ${a.outcome}`),
        recoveredBy: rt.recoveredBy,
        seconds: retryTimes.has(r.package) ? Math.round(retryTimes.get(r.package) / 1000) : null,
        file: outcome === 'listed' ? `listings/${f}.gz` : null,
        ...(rt.note ? { note: rt.note } : {}),
      });
      continue;
    }
    if (!c) {
      ignored++;
      continue;
    }
    const firstFile = path.join(src, f);
    const retryFile = retrySrc ? path.join(retrySrc, f) : null;
    let chosen = existsSync(firstFile) ? firstFile : retryFile;
    let retryNote = null;
    if (retryFile && existsSync(retryFile)) {
      const rr = JSON.parse(readFileSync(retryFile, 'utf8'));
      const first = existsSync(firstFile) ? JSON.parse(readFileSync(firstFile, 'utf8')) : null;
      if (rr.status === 'install_failed' && first && first.status !== 'install_failed')
        retryNote = `retry's install failed (${oneLine(rr.why).slice(0, 160)}); the first attempt stands`;
      else chosen = retryFile;
    }
    const r = JSON.parse(readFileSync(chosen, 'utf8'));
    // the listing's bytes unchanged, gzipped (no name or time in the header, so deterministic)
    writeFileSync(path.join(dst, `${f}.gz`), gzipSync(readFileSync(chosen), { level: 9 }));
    const { outcome, reason, valid } = outcomeOf(r);
    const rt = r.retry ?? null;
    entries.push({
      package: r.package,
      slug,
      version: r.version ?? c.version,
      downloads: c.downloads,
      reserved: c.reserved,
      status: r.status,
      outcome,
      reason,
      toolCount: r.toolCount ?? 0,
      validToolCount: valid,
      serverInfo: r.serverInfo ?? null,
      envPlaceholders: r.envPlaceholders ?? [],
      command: r.command ?? null,
      seconds: times.has(r.package) ? Math.round(times.get(r.package) / 1000) : null,
      file: `listings/${f}.gz`,
      ...(rt || retryNote
        ? {
            retry: rt
              ? {
                  firstOutcome: rt.firstAttempt?.outcome ?? null,
                  attempts: rt.attempts.length,
                  tried: rt.attempts.map((a) => `${a.heuristic} ${JSON.stringify(a.args)}: ${a.outcome}`),
                  recoveredBy: rt.recoveredBy,
                  seconds: retryTimes.has(r.package) ? Math.round(retryTimes.get(r.package) / 1000) : null,
                  ...(rt.note ? { note: rt.note } : {}),
                }
              : { note: retryNote },
          }
        : {}),
    });
  }
  entries.sort((a, b) => (a.package < b.package ? -1 : a.package > b.package ? 1 : 0));
  const byOutcome = Object.fromEntries(OUTCOMES.map((k) => [k, 0]));
  for (const e of entries) byOutcome[e.outcome]++;
  const listed = entries.filter((e) => e.outcome === 'listed');
  const notAttempted = cand.packages.filter(
    (p) => p.attempted === null && !entries.some((e) => e.package === p.name),
  );
  const runFile = path.join(o.from, 'run.json');
  const runs = existsSync(runFile) ? JSON.parse(readFileSync(runFile, 'utf8')).runs : [];
  const index = {
    candidates: cand.candidates,
    alreadyAttempted: cand.alreadyAttempted,
    toCollect: cand.toCollect,
    attempted: entries.length,
    notAttempted: notAttempted.length,
    byOutcome,
    listedServers: listed.length,
    listedTools: listed.reduce((s, e) => s + e.toolCount, 0),
    listedValidTools: listed.reduce((s, e) => s + e.validToolCount, 0),
    reservedAttempted: entries.filter((e) => e.reserved).length,
    reservedListed: listed.filter((e) => e.reserved).length,
    runs: runs.map((r) => ({
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      seconds: r.seconds,
      concurrency: r.concurrency,
      started: r.started,
      peakDiskUsedDeltaBytes: r.peakDiskUsedDeltaBytes,
      peakWorkDirBytes: r.peakWorkDirBytes,
      peakNpmCacheBytes: r.peakNpmCacheBytes,
      npmCacheCapBytes: r.npmCacheCapBytes,
      npmCacheCleans: r.npmCacheCleans,
      homeNpmGrowthBytes: r.homeNpmGrowthBytes,
      ...(r.note ? { note: r.note } : {}),
    })),
    ...(o.retry ? { retry: retrySummary(entries, corpusRetries) } : {}),
    notAttemptedPackages: notAttempted.map((p) => p.name),
    entries,
    ...(o.retry ? { corpusRetries } : {}),
  };
  await writeJson(path.join(o.to, 'index.json'), index);
  const retryRun = o.retry ? path.join(o.retry, 'run.json') : null;
  if (retryRun && existsSync(retryRun))
    await writeJson(path.join(o.to, 'retry-run.json'), JSON.parse(readFileSync(retryRun, 'utf8')));
  if (existsSync(runFile))
    await writeJson(path.join(o.to, 'run.json'), JSON.parse(readFileSync(runFile, 'utf8')));
  process.stderr.write(
    `${entries.length} attempted (${ignored} listings ignored: not candidates or attempted before), ${notAttempted.length} not attempted; ` +
      `${OUTCOMES.map((k) => `${k} ${byOutcome[k]}`).join(', ')}; ${index.listedTools} tools (${index.listedValidTools} valid)\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(1);
  });
