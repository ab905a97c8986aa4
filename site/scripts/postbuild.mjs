// After `astro build`: the Pagefind index (built from the export, not by parsing 100k HTML files),
// the dataset downloads (streamed, never one giant string) and the sitemap.
import { createWriteStream, readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { FEED_ENTRIES, byNewest, serverEntries, writeFeeds } from './feeds.mjs';

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Writes to a stream and waits when the buffer is full. */
async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}
async function end(stream) {
  stream.end();
  await once(stream, 'finish');
}

/** A CSV cell: quoted, and defused against spreadsheet formulas (=, +, -, @ at the start). */
export function csvCell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

const toolUrl = (server, tool) => `/tools/${server}/${tool}/`;

/** Records per Pagefind index. Above this the index is sharded (merged again in the browser), which bounds memory. */
export const SHARD_RECORDS = Number(process.env.MCP_RISK_SEARCH_SHARD ?? 25_000);

const serverRecord = (s) => ({
  url: `/servers/${s.slug}/`,
  content: clip([s.title, s.name, s.package, s.description].filter(Boolean).join('\n'), 1000),
  language: 'en',
  meta: {
    title: clip(s.title ?? s.name, 200),
    kind: 'server',
    summary: clip(`${s.toolCount} tools, highest risk ${s.maxRisk ?? 'none'}`, 200),
  },
  filters: { server: [s.slug] },
});

/** What pays in the search index: the tool's name, title and description (clipped), its server's name, and its labels as filters. */
const toolRecord = (t, def, serverName) => ({
  url: toolUrl(t.server, t.slug),
  content: clip([t.name, def?.title, def?.description, serverName].filter(Boolean).join('\n'), 1000),
  language: 'en',
  meta: {
    title: clip(t.name || '(unnamed tool)', 200),
    kind: 'tool',
    server: t.server,
    risk: t.risk,
    category: t.category,
    summary: clip(t.summary, 200),
  },
  filters: {
    risk: [t.risk],
    category: [t.category],
    flags: t.flags.length ? t.flags : ['none'],
    server: [t.server],
  },
});

/** One Pagefind index being filled; at most one batch in flight, so reading and writing go on meanwhile. */
class Shard {
  constructor(dir) {
    this.dir = dir;
    this.batch = [];
    this.pending = Promise.resolve();
    this.count = 0;
  }
  async open() {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    this.index = index;
  }
  async add(record) {
    this.batch.push(record);
    this.count++;
    if (this.batch.length >= 500) await this.flush();
  }
  async flush() {
    const batch = this.batch;
    this.batch = [];
    await this.pending;
    this.pending = Promise.all(batch.map((r) => this.index.addCustomRecord(r))).then((results) => {
      for (const r of results) if (r.errors.length) throw new Error(`pagefind: ${r.errors.join('; ')}`);
    });
  }
  async close() {
    await this.flush();
    await this.pending;
    const written = await this.index.writeFiles({ outputPath: this.dir });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    await pagefind.close();
  }
}

/**
 * One pass over the export, server by server: the JSON twins of server and tool pages, the dataset
 * downloads (streamed) and the search records. Each server file is read once.
 */
async function exportPass(exportDir, outDir, index, site) {
  const dir = join(outDir, 'downloads');
  mkdirSync(dir, { recursive: true });
  const json = createWriteStream(join(dir, 'catalogue.json'));
  const csv = createWriteStream(join(dir, 'catalogue.csv'));
  await write(
    json,
    `{"generatedAt":${JSON.stringify(index.generatedAt)},"classifierVersion":${JSON.stringify(index.classifierVersion)},"servers":${JSON.stringify(index.servers)},"tools":[`,
  );
  await write(csv, 'server,tool,risk,category,access,flags,confidence,summary,hash,page\n');

  const byServer = new Map();
  for (const t of index.tools) {
    if (!byServer.has(t.server)) byServer.set(t.server, []);
    byServer.get(t.server).push(t);
  }
  const shardDirs = [];
  let shard = null;
  let first = true;
  let twins = 0;
  let records = 0;
  let recent = [];
  let changes = 0;
  for (const s of index.servers) {
    const summaries = byServer.get(s.slug) ?? [];
    if (!shard || shard.count + summaries.length + 1 > SHARD_RECORDS) {
      if (shard) await shard.close();
      const name = shardDirs.length === 0 ? 'pagefind' : `pagefind-${shardDirs.length}`;
      shardDirs.push(`/${name}/`);
      shard = new Shard(join(outDir, name));
      await shard.open();
    }
    const page = `/servers/${s.slug}/`;
    const serverName = s.title ?? s.name;
    writeFileSync(
      join(outDir, 'servers', `${s.slug}.json`),
      `${JSON.stringify({ page, server: s, tools: summaries.map((t) => ({ ...t, url: toolUrl(t.server, t.slug) })) })}\n`,
    );
    twins++;
    await shard.add(serverRecord(s));
    const tools = readJson(join(exportDir, 'servers', `${s.slug}.json`));
    const full = new Map(tools.map((t) => [t.slug, t]));
    if (tools.length > 0) mkdirSync(join(outDir, 'tools', s.slug), { recursive: true });
    const serverRef = {
      slug: s.slug,
      name: s.name,
      title: s.title,
      package: s.package,
      version: s.version,
      url: page,
    };
    for (const t of tools) {
      writeFileSync(
        join(outDir, 'tools', s.slug, `${t.slug}.json`),
        `${JSON.stringify({ page: toolUrl(s.slug, t.slug), server: serverRef, tool: t })}\n`,
      );
      twins++;
      await write(json, `${first ? '' : ','}\n${JSON.stringify(t)}`);
      first = false;
      const c = t.classification;
      await write(
        csv,
        `${[s.name, t.name, c.risk, c.category, c.access, c.flags.join(' '), c.confidence, c.summary, t.hash, toolUrl(t.server, t.slug)].map(csvCell).join(',')}\n`,
      );
    }
    for (const t of summaries) await shard.add(toolRecord(t, full.get(t.slug), serverName));
    const entries = serverEntries(s, tools, site);
    changes += entries.length;
    writeFeeds(join(outDir, 'servers', s.slug), `/servers/${s.slug}/`, {
      title: `mcp-risk: tool definition changes on ${clip(serverName, 100)}`,
      homePath: page,
      site,
      entries,
      fallbackUpdated: s.crawledAt ?? index.generatedAt,
    });
    if (entries.length > 0) {
      recent.push(...entries.slice(0, FEED_ENTRIES));
      if (recent.length > 4 * FEED_ENTRIES) recent = recent.sort(byNewest).slice(0, FEED_ENTRIES);
    }
    records += summaries.length + 1;
  }
  if (shard) await shard.close();
  else {
    shard = new Shard(join(outDir, 'pagefind'));
    await shard.open();
    await shard.close();
    shardDirs.push('/pagefind/');
  }
  writeFeeds(join(outDir, 'feeds'), '/feeds/', {
    title: 'mcp-risk: tool definition changes',
    homePath: '/',
    site,
    entries: recent.sort(byNewest).slice(0, FEED_ENTRIES),
    fallbackUpdated: index.generatedAt,
  });
  // the search page merges the other shards into the first
  writeFileSync(join(outDir, 'pagefind', 'shards.json'), `${JSON.stringify(shardDirs.slice(1))}\n`);
  await write(json, '\n]}\n');
  await end(json);
  await end(csv);

  const servers = createWriteStream(join(dir, 'servers.csv'));
  await write(
    servers,
    'server,slug,package,version,status,crawled_at,tools,critical,high,medium,low,max_risk,annotation_coverage,page\n',
  );
  for (const s of index.servers) {
    const r = s.riskCounts;
    await write(
      servers,
      `${[s.name, s.slug, s.package, s.version, s.status, s.crawledAt, s.toolCount, r.critical, r.high, r.medium, r.low, s.maxRisk, s.annotationCoverage, `/servers/${s.slug}/`].map(csvCell).join(',')}\n`,
    );
  }
  await end(servers);
  return { twins, records, shards: shardDirs.length, changes };
}

function* htmlPages(dir, base = '') {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (
        base === '' &&
        (entry.name === '_astro' || entry.name.startsWith('pagefind') || entry.name === 'scripts')
      )
        continue;
      yield* htmlPages(join(dir, entry.name), `${base}${entry.name}/`);
    } else if (entry.name === 'index.html') yield `/${base}`;
  }
}

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sitemap(outDir, site) {
  const urls = [...htmlPages(outDir)].sort();
  const CHUNK = 45_000;
  const files = [];
  for (let i = 0; i * CHUNK < urls.length || i === 0; i++) {
    const name = `sitemap-${i}.xml`;
    const body = urls
      .slice(i * CHUNK, (i + 1) * CHUNK)
      .map((u) => `<url><loc>${xml(new URL(u, site).href)}</loc></url>`)
      .join('\n');
    writeFileSync(
      join(outDir, name),
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    );
    files.push(name);
  }
  writeFileSync(
    join(outDir, 'sitemap-index.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.map((f) => `<sitemap><loc>${xml(new URL(`/${f}`, site).href)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`,
  );
  writeFileSync(
    join(outDir, 'robots.txt'),
    `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`,
  );
  return urls.length;
}

/**
 * The JSON twin of every server and tool page, written straight from the export (one read per server
 * file) rather than rendered as 100k Astro endpoints.
 */
function jsonTwins(exportDir, outDir, index) {
  const byServer = new Map();
  for (const t of index.tools) {
    if (!byServer.has(t.server)) byServer.set(t.server, []);
    byServer.get(t.server).push(t);
  }
  let written = 0;
  for (const s of index.servers) {
    const page = `/servers/${s.slug}/`;
    const summaries = (byServer.get(s.slug) ?? []).map((t) => ({ ...t, url: toolUrl(t.server, t.slug) }));
    writeFileSync(
      join(outDir, 'servers', `${s.slug}.json`),
      `${JSON.stringify({ page, server: s, tools: summaries }, null, 2)}\n`,
    );
    written++;
    const tools = readJson(join(exportDir, 'servers', `${s.slug}.json`));
    if (tools.length === 0) continue;
    const serverRef = {
      slug: s.slug,
      name: s.name,
      title: s.title,
      package: s.package,
      version: s.version,
      url: page,
    };
    mkdirSync(join(outDir, 'tools', s.slug), { recursive: true });
    for (const tool of tools) {
      const body = { page: toolUrl(s.slug, tool.slug), server: serverRef, tool };
      writeFileSync(join(outDir, 'tools', s.slug, `${tool.slug}.json`), `${JSON.stringify(body, null, 2)}\n`);
      written++;
    }
  }
  return written;
}

export async function postBuild({ exportDir, outDir, site }) {
  const steps = [];
  let t = performance.now();
  const step = (name) => {
    const now = performance.now();
    steps.push(`${name} ${((now - t) / 1000).toFixed(1)} s`);
    t = now;
  };
  const index = readJson(join(exportDir, 'index.json'));
  const { twins, records, shards, changes } = await exportPass(exportDir, outDir, index, site);
  step(`twins + datasets + search (${shards} shard${shards === 1 ? '' : 's'}) + feeds (${changes} changes)`);
  const sitemapUrls = sitemap(outDir, site);
  step('sitemap');
  return { searchRecords: records, sitemapUrls, twins, steps: steps.join(', ') };
}
