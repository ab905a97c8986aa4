/**
 * Writes a catalogue export in the core/catalogue.ts format (index.json + servers/<slug>.json) from
 * tool definitions, labelled by the real classifier; and generates synthetic servers for the site
 * benchmark (N servers x M tools, deterministic).
 *
 *   tsx bench/synthetic-catalogue.ts --servers 10000 --tools 10 --out /tmp/export
 *
 * `writeCatalogueExport` is also what test/site/fixture-export.ts uses for the committed fixture.
 * The production export is data/export.ts (from SQLite); this one needs no database.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPolicy, classifyServer, toolPolicy } from '../classifier/index.js';
import {
  CategorySchema,
  changedPaths,
  contentHash,
  versionChanges,
  safeSlug,
  type CatalogueIndex,
  type CatalogueServer,
  type CatalogueTool,
  type Category,
  type CrawlStatus,
  type Risk,
} from '../core/index.js';

export interface ExportServerInput {
  name: string;
  title?: string | null;
  package: string;
  version: string;
  description?: string | null;
  instructions?: string | null;
  status?: CrawlStatus;
  statusDetail?: string | null;
  crawledAt?: string | null;
  tools: unknown[];
  /** earlier definitions of a tool, by tool name, oldest first: they become the change history */
  previous?: Record<string, Array<{ definition: unknown; seen: string }>>;
  /** what `initialize` announced: name, version, website */
  serverInfo?: Record<string, unknown>;
  homepage?: string | null;
  repository?: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const rec = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Labels one server's tools and returns its export records (nothing written). */
export function exportServer(
  input: ExportServerInput,
  generatedAt: string,
): { server: CatalogueServer; tools: CatalogueTool[] } {
  const slug = safeSlug(input.name);
  const ctx = {
    name: input.name,
    ...(input.title ? { title: input.title } : {}),
    version: input.version,
    ...(input.description ? { description: input.description } : {}),
    ...(input.instructions ? { instructions: input.instructions } : {}),
    package: input.package,
  };
  const result = classifyServer(input.tools, ctx);
  const crawledAt = input.crawledAt === undefined ? generatedAt : input.crawledAt;
  // a server with earlier crawls had its unchanged tools then too: they were first seen at the first crawl
  const firstCrawl =
    Object.values(input.previous ?? {})
      .flat()
      .map((v) => v.seen)
      .sort()[0] ?? null;
  const tools: CatalogueTool[] = result.tools.map((c, i) => {
    const def = rec(input.tools[i]) ?? {};
    const name = str(def['name']) ?? '';
    const hash = contentHash(input.tools[i] ?? null);
    const prev = input.previous?.[name] ?? [];
    const now = crawledAt ?? generatedAt;
    const versions = [
      ...prev,
      { definition: input.tools[i], seen: prev.length === 0 && firstCrawl ? firstCrawl : now },
    ];
    const history = versions.map((v, j) => ({
      hash: contentHash(v.definition ?? null),
      firstSeen: v.seen,
      lastSeen: j + 1 < versions.length ? versions[j + 1]!.seen : now,
      changedPaths: j === 0 ? [] : changedPaths(versions[j - 1]!.definition, v.definition),
      ...(j === 0 ? {} : { changes: versionChanges(versions[j - 1]!.definition, v.definition) }),
    }));
    return {
      slug: safeSlug(name),
      server: slug,
      name,
      title: str(def['title']),
      description: str(def['description']) ?? '',
      inputSchema: rec(def['inputSchema']) ?? {},
      annotations: rec(def['annotations']),
      hash,
      classification: c,
      policy: toolPolicy(c, 'balanced'),
      history,
    };
  });
  const riskCounts: Record<Risk, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  const categoryCounts = Object.fromEntries(CategorySchema.options.map((k) => [k, 0])) as Record<
    Category,
    number
  >;
  let annotated = 0;
  for (const t of tools) {
    riskCounts[t.classification.risk]++;
    categoryCounts[t.classification.category]++;
    const declared = t.annotations ?? {};
    if (
      ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'].some(
        (h) => typeof declared[h] === 'boolean',
      )
    )
      annotated++;
  }
  const server: CatalogueServer = {
    slug,
    name: input.name,
    title: input.title ?? null,
    serverInfoName: typeof input.serverInfo?.['name'] === 'string' ? input.serverInfo['name'] : null,
    serverVersion:
      typeof input.serverInfo?.['version'] === 'string' && input.serverInfo['version'] !== input.version
        ? input.serverInfo['version']
        : null,
    homepage: input.homepage ?? null,
    repository: input.repository ?? null,
    package: input.package,
    version: input.version,
    description: input.description ?? null,
    instructions: input.instructions ?? null,
    status: input.status ?? 'ok',
    statusDetail: input.statusDetail ?? null,
    crawledAt,
    toolCount: tools.length,
    riskCounts,
    categoryCounts,
    annotationCoverage: tools.length === 0 ? 0 : annotated / tools.length,
    maxRisk: result.maxRisk,
    policy: buildPolicy(result.tools, 'balanced'),
  };
  return { server, tools };
}

/**
 * Writes `dir/index.json` and `dir/servers/<slug>.json`, replacing what was there. Servers are sorted by
 * slug, tools keep the server's order; the same input always gives the same bytes.
 */
export function writeCatalogueExport(
  dir: string,
  servers: Iterable<ExportServerInput>,
  options: { generatedAt: string; classifierVersion: string },
): CatalogueIndex {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'servers'), { recursive: true });
  const index: CatalogueIndex = {
    generatedAt: options.generatedAt,
    classifierVersion: options.classifierVersion,
    servers: [],
    tools: [],
  };
  for (const input of servers) {
    const { server, tools } = exportServer(input, options.generatedAt);
    writeFileSync(join(dir, 'servers', `${server.slug}.json`), `${JSON.stringify(tools, null, 1)}\n`);
    index.servers.push(server);
    for (const t of tools) {
      index.tools.push({
        slug: t.slug,
        server: t.server,
        name: t.name,
        risk: t.classification.risk,
        category: t.classification.category,
        access: t.classification.access,
        flags: t.classification.flags,
        summary: t.classification.summary,
      });
    }
  }
  index.servers.sort((a, b) => byText(a.slug, b.slug));
  const order = new Map(index.servers.map((s, i) => [s.slug, i]));
  index.tools = index.tools
    .map((t, i) => ({ t, i }))
    .sort((a, b) => order.get(a.t.server)! - order.get(b.t.server)! || a.i - b.i)
    .map((x) => x.t);
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  return index;
}

// ------------------------------------------------------------------ synthetic servers

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = [
  ['github', 'repositories, issues and pull requests'],
  ['jira', 'projects, tickets and sprints'],
  ['postgres', 'a PostgreSQL database'],
  ['stripe', 'payments, customers and invoices'],
  ['slack', 'channels and messages'],
  ['kubernetes', 'clusters, deployments and pods'],
  ['s3', 'buckets and objects'],
  ['notion', 'pages and databases'],
  ['jenkins', 'build jobs and pipelines'],
  ['gmail', 'email threads and drafts'],
  ['filesystem', 'files and folders on the host'],
  ['browser', 'web pages in a headless browser'],
] as const;
const NOUNS = [
  'issue',
  'job',
  'file',
  'user',
  'invoice',
  'message',
  'table',
  'record',
  'deployment',
  'page',
  'comment',
  'report',
  'bucket',
  'workflow',
  'ticket',
];

type Maker = (
  noun: string,
  domain: string,
) => { name: string; description: string; properties: Record<string, unknown>; required: string[] };
const id = (noun: string): Record<string, unknown> => ({
  [`${noun}_id`]: { type: 'string', description: `Identifier of the ${noun}` },
});
const MAKERS: Maker[] = [
  (n, d) => ({
    name: `get_${n}`,
    description: `Get one ${n} from ${d} by its identifier.`,
    properties: id(n),
    required: [`${n}_id`],
  }),
  (n, d) => ({
    name: `list_${n}s`,
    description: `List ${n}s in ${d}, newest first.`,
    properties: { limit: { type: 'integer' }, cursor: { type: 'string' } },
    required: [],
  }),
  (n, d) => ({
    name: `search_${n}s`,
    description: `Search ${n}s in ${d} matching a text query.`,
    properties: { query: { type: 'string', description: 'Words to look for' } },
    required: ['query'],
  }),
  (n, d) => ({
    name: `create_${n}`,
    description: `Create a new ${n} in ${d}.`,
    properties: { title: { type: 'string' }, body: { type: 'string' } },
    required: ['title'],
  }),
  (n, d) => ({
    name: `update_${n}`,
    description: `Update fields of an existing ${n} in ${d}.`,
    properties: { ...id(n), fields: { type: 'object' } },
    required: [`${n}_id`],
  }),
  (n, d) => ({
    name: `delete_${n}`,
    description: `Permanently delete a ${n} from ${d}.`,
    properties: id(n),
    required: [`${n}_id`],
  }),
  (n, d) => ({
    name: `run_${n}`,
    description: `Run a ${n} in ${d} with optional parameters.`,
    properties: { ...id(n), params: { type: 'object' } },
    required: [`${n}_id`],
  }),
  (_n, d) => ({
    name: 'execute_sql',
    description: `Execute an SQL statement against ${d} and return the rows.`,
    properties: { sql: { type: 'string', description: 'The SQL to run' } },
    required: ['sql'],
  }),
  (n, d) => ({
    name: `send_${n}`,
    description: `Send a ${n} to a recipient through ${d}.`,
    properties: { to: { type: 'string' }, text: { type: 'string' } },
    required: ['to', 'text'],
  }),
  (_n, d) => ({
    name: 'refund_payment',
    description: `Refund a payment made through ${d}.`,
    properties: { payment_id: { type: 'string' }, amount: { type: 'number' } },
    required: ['payment_id'],
  }),
  (_n, d) => ({
    name: 'read_file',
    description: `Read a file from ${d} and return its text.`,
    properties: { path: { type: 'string', description: 'Path of the file' } },
    required: ['path'],
  }),
  (_n, _d) => ({
    name: 'fetch_url',
    description: 'Fetch a web page by URL and return its content as markdown.',
    properties: { url: { type: 'string', format: 'uri' } },
    required: ['url'],
  }),
  (n, d) => ({
    name: `manage_${n}s`,
    description: `Manage ${n}s in ${d}: list, get, create or delete them.`,
    properties: { action: { type: 'string', enum: ['list', 'get', 'create', 'delete'] }, ...id(n) },
    required: ['action'],
  }),
  (_n, d) => ({
    name: 'run_command',
    description: `Run a shell command on the ${d} host and return its output.`,
    properties: { command: { type: 'string' } },
    required: ['command'],
  }),
];

/** Deterministic synthetic servers: `servers` x `tools` distinct tool names per server. */
export function* syntheticServers(servers: number, tools: number, seed = 1): Generator<ExportServerInput> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  for (let s = 0; s < servers; s++) {
    const [domain, what] = pick(DOMAINS);
    const name = `${domain}-mcp-${s.toString(36)}`;
    const seen = new Set<string>();
    const list: unknown[] = [];
    for (let attempt = 0; list.length < tools && attempt < tools * 20; attempt++) {
      const made = pick(MAKERS)(pick(NOUNS), what);
      const toolName = seen.has(made.name) ? `${made.name}_${list.length}` : made.name;
      seen.add(toolName);
      const annotated = rnd() < 0.3;
      list.push({
        name: toolName,
        description: made.description,
        inputSchema: { type: 'object', properties: made.properties, required: made.required },
        ...(annotated
          ? { annotations: { readOnlyHint: toolName.startsWith('get_') || toolName.startsWith('list_') } }
          : {}),
      });
    }
    yield {
      name,
      title: `${domain[0]!.toUpperCase()}${domain.slice(1)} MCP server ${s}`,
      package: `@synthetic/${name}`,
      version: `1.${s % 7}.${s % 3}`,
      description: `Gives agents access to ${what}.`,
      tools: list,
    };
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      servers: { type: 'string', default: '1000' },
      tools: { type: 'string', default: '10' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) {
    process.stderr.write('usage: tsx bench/synthetic-catalogue.ts --servers N --tools M --out DIR\n');
    process.exit(2);
  }
  const { CLASSIFIER_VERSION } = await import('../classifier/index.js');
  const started = performance.now();
  const index = writeCatalogueExport(
    values.out,
    syntheticServers(Number(values.servers), Number(values.tools), Number(values.seed)),
    {
      generatedAt: '2026-01-01T00:00:00.000Z',
      classifierVersion: CLASSIFIER_VERSION,
    },
  );
  process.stderr.write(
    `wrote ${index.servers.length} servers, ${index.tools.length} tools to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
