/**
 * `npm run bench:site`: builds the site from a synthetic catalogue (default 100,000 tools over 10,000
 * servers, labelled by the real classifier), search index and datasets included, and in the same run a
 * bare Astro project rendering the same number of trivial pages. Prints build time, pages per second,
 * peak memory (RSS summed over the whole process tree, sampled every 200 ms) and the ratios.
 *
 *   npm run bench:site -- --servers 10000 --tools 10
 * Targets: >= 0.6x the bare pages per second, <= 1.5x the bare peak memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CLASSIFIER_VERSION } from '../classifier/index.js';
import { syntheticServers, writeCatalogueExport } from './synthetic-catalogue.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: '10000' },
    tools: { type: 'string', default: '10' },
    work: { type: 'string', default: join(REPO, '.cache', 'bench-site') },
    'keep-export': { type: 'boolean', default: false },
  },
});
const nServers = Number(values.servers);
const nTools = Number(values.tools);
const WORK = values.work;

/** RSS of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) total += Number(m[1]) * 1024;
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        if (children) for (const c of children.split(/\s+/)) stack.push(Number(c));
      }
    } catch {
      /* the process ended between reads */
    }
  }
  return total;
}

interface Run {
  seconds: number;
  peakBytes: number;
  status: number;
  tail: string;
}

function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let tail = '';
    const keep = (b: Buffer): void => {
      tail = (tail + b.toString()).slice(-6000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 200);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      done({ seconds: (performance.now() - started) / 1000, peakBytes: peak, status: code ?? 1, tail });
    });
  });
}

const countFiles = (dir: string, test: (name: string) => boolean): number => {
  let n = 0;
  const go = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (
          e.name !== '_astro' &&
          !e.name.startsWith('pagefind') &&
          e.name !== 'downloads' &&
          e.name !== 'scripts'
        )
          go(join(d, e.name));
      } else if (test(e.name)) n++;
    }
  };
  go(dir);
  return n;
};

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const log = (line: string): void => void process.stdout.write(`${line}\n`);

mkdirSync(WORK, { recursive: true });
const exportDir = join(WORK, `export-${nServers}x${nTools}`);
if (!existsSync(join(exportDir, 'index.json')) || !values['keep-export']) {
  const t0 = performance.now();
  writeCatalogueExport(exportDir, syntheticServers(nServers, nTools), {
    generatedAt: '2026-01-01T00:00:00.000Z',
    classifierVersion: CLASSIFIER_VERSION,
  });
  log(
    `synthetic export: ${nServers} servers x ${nTools} tools, labelled by the classifier, in ${((performance.now() - t0) / 1000).toFixed(1)} s (not counted)`,
  );
}

// ---- our site
const siteOut = join(WORK, 'site-dist');
rmSync(siteOut, { recursive: true, force: true });
const ours = await measure(process.execPath, [join(REPO, 'site', 'scripts', 'build.mjs')], {
  cwd: join(REPO, 'site'),
  env: {
    ...process.env,
    MCP_RISK_EXPORT: exportDir,
    MCP_RISK_SITE_OUT: siteOut,
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
if (ours.status !== 0) {
  process.stderr.write(ours.tail);
  throw new Error(`site build failed (exit ${ours.status})`);
}
const htmlPages = countFiles(siteOut, (n) => n.endsWith('.html'));
const jsonPages = countFiles(siteOut, (n) => n.endsWith('.json'));
const pages = htmlPages + jsonPages;
const timing = /site build: .*$/m.exec(ours.tail)?.[0] ?? '';

// ---- bare Astro project with the same number of trivial pages
// inside site/ so it resolves the same dependencies as the site
const bare = join(REPO, 'site', '.cache', 'bench-bare');
rmSync(bare, { recursive: true, force: true });
mkdirSync(join(bare, 'src', 'pages'), { recursive: true });
writeFileSync(
  join(bare, 'package.json'),
  '{ "name": "bare-astro-bench", "private": true, "type": "module" }\n',
);
writeFileSync(
  join(bare, 'astro.config.mjs'),
  "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', build: { format: 'directory' } });\n",
);
writeFileSync(
  join(bare, 'src', 'pages', '[n].astro'),
  `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`,
);
// the site's own install (site/node_modules, see scripts/install-site.mjs): Node 22 and Astro
const pinnedNode = join(REPO, 'site', 'node_modules', '.bin', 'node');
const astroCli = join(REPO, 'site', 'node_modules', 'astro', 'bin', 'astro.mjs');
const baseline = await measure(pinnedNode, [astroCli, 'build'], {
  cwd: bare,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (baseline.status !== 0) {
  process.stderr.write(baseline.tail);
  throw new Error(`bare build failed (exit ${baseline.status})`);
}

const oursRate = pages / ours.seconds;
const bareRate = pages / baseline.seconds;
log(
  `catalogue: ${nServers} servers, ${nServers * nTools} tools -> ${htmlPages} HTML pages + ${jsonPages} JSON twins = ${pages} pages`,
);
log(
  `site build (astro + search index + datasets + sitemap): ${ours.seconds.toFixed(1)} s, ${oursRate.toFixed(0)} pages/s, peak ${mb(ours.peakBytes)}`,
);
if (timing) log(`  ${timing}`);
log(
  `bare Astro, ${pages} trivial pages: ${baseline.seconds.toFixed(1)} s, ${bareRate.toFixed(0)} pages/s, peak ${mb(baseline.peakBytes)}`,
);
const speed = oursRate / bareRate;
const memory = ours.peakBytes / baseline.peakBytes;
log(`ratio pages/s: ${speed.toFixed(2)}x bare (target >= 0.60) ${speed >= 0.6 ? 'ok' : 'MISSED'}`);
log(`ratio peak memory: ${memory.toFixed(2)}x bare (target <= 1.50) ${memory <= 1.5 ? 'ok' : 'MISSED'}`);
