/**
 * The site's only door to the data: the deterministic export written by data/export.ts
 * (`index.json` per CatalogueIndexSchema + `servers/<server-slug>.json` holding CatalogueTool[]).
 *
 * Tool pages are fed from here in getStaticPaths() (params only); each page loads its server's file
 * on demand through a small cache, so a 100k-tool catalogue is never held in memory as whole documents.
 * Slugs come from the export and are checked: unsafe or colliding slugs stop the build with a list.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  AccuracySchema,
  CatalogueIndexSchema,
  CatalogueToolSchema,
  CategorySchema,
  RiskSchema,
  McpRiskError,
  isSafeSlug,
  riskRank,
  type Accuracy,
  type CatalogueIndex,
  type CatalogueServer,
  type CatalogueTool,
  type Category,
  type Risk,
} from '@core';
import * as z from 'zod';
import { RelatedIndex } from './related';

export type ToolSummary = CatalogueIndex['tools'][number];

export const RISKS: readonly Risk[] = RiskSchema.options;
export const CATEGORIES: readonly Category[] = CategorySchema.options;

/** Where the export is read from: $MCP_RISK_EXPORT, else <repo>/data/export (the site runs with cwd = site/). */
export const exportDir = (): string =>
  resolve(process.env.MCP_RISK_EXPORT ?? join(process.cwd(), '..', 'data', 'export'));

function readJson(file: string): unknown {
  if (!existsSync(file)) {
    throw new McpRiskError('input_invalid', `catalogue export not found: ${file}`, {
      hint: 'set MCP_RISK_EXPORT to a folder holding index.json and servers/ (npm run site:build does it)',
    });
  }
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

function describeZod(error: z.ZodError, file: string): McpRiskError {
  const first = error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
  return new McpRiskError('input_invalid', `${file} does not match the catalogue export schema: ${first}`, {
    cause: error,
  });
}

export interface Catalogue {
  index: CatalogueIndex;
  servers: CatalogueServer[];
  serverBySlug: Map<string, CatalogueServer>;
  /** tools of each server (summaries), in export order */
  toolsByServer: Map<string, ToolSummary[]>;
  /** sorted for listings: risk (critical first), then server, then name */
  toolsByRisk: Map<Risk, ToolSummary[]>;
  toolsByCategory: Map<Category, ToolSummary[]>;
  riskCounts: Record<Risk, number>;
  categoryCounts: Record<Category, number>;
}

let cached: Catalogue | null = null;

/** Checks slugs and returns every problem found (all of them, so one build run shows the whole list). */
export function slugProblems(index: CatalogueIndex): string[] {
  const problems: string[] = [];
  const servers = new Map<string, string>();
  for (const s of index.servers) {
    if (!isSafeSlug(s.slug))
      problems.push(`server ${JSON.stringify(s.name)} has an unsafe slug ${JSON.stringify(s.slug)}`);
    const other = servers.get(s.slug);
    if (other !== undefined)
      problems.push(
        `servers ${JSON.stringify(other)} and ${JSON.stringify(s.name)} share the slug ${s.slug}`,
      );
    servers.set(s.slug, s.name);
  }
  const tools = new Map<string, string>();
  for (const t of index.tools) {
    if (!servers.has(t.server))
      problems.push(
        `tool ${JSON.stringify(t.name)} names an unknown server slug ${JSON.stringify(t.server)}`,
      );
    if (!isSafeSlug(t.slug))
      problems.push(
        `tool ${JSON.stringify(t.name)} on ${t.server} has an unsafe slug ${JSON.stringify(t.slug)}`,
      );
    const key = `${t.server}/${t.slug}`;
    const other = tools.get(key);
    if (other !== undefined)
      problems.push(
        `tools ${JSON.stringify(other)} and ${JSON.stringify(t.name)} on ${t.server} share the slug ${t.slug}`,
      );
    tools.set(key, t.name);
  }
  return problems;
}

const byListingOrder = (a: ToolSummary, b: ToolSummary): number =>
  riskRank(b.risk) - riskRank(a.risk) ||
  (a.server < b.server ? -1 : a.server > b.server ? 1 : 0) ||
  (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

export function loadCatalogue(): Catalogue {
  if (cached) return cached;
  const file = join(exportDir(), 'index.json');
  const parsed = CatalogueIndexSchema.safeParse(readJson(file));
  if (!parsed.success) throw describeZod(parsed.error, file);
  const index = parsed.data;
  const problems = slugProblems(index);
  if (problems.length > 0) {
    throw new McpRiskError(
      'slug_collision',
      `the export has ${problems.length} slug problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`,
      {
        hint: 'slugs must be unique (servers) and unique per server (tools), made by core safeSlug',
      },
    );
  }
  const servers = [...index.servers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const serverBySlug = new Map(servers.map((s) => [s.slug, s]));
  const toolsByServer = new Map<string, ToolSummary[]>();
  const riskCounts = Object.fromEntries(RISKS.map((r) => [r, 0])) as Record<Risk, number>;
  const categoryCounts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const toolsByRisk = new Map<Risk, ToolSummary[]>(RISKS.map((r) => [r, []]));
  const toolsByCategory = new Map<Category, ToolSummary[]>(CATEGORIES.map((c) => [c, []]));
  for (const t of index.tools) {
    let list = toolsByServer.get(t.server);
    if (!list) toolsByServer.set(t.server, (list = []));
    list.push(t);
    riskCounts[t.risk] += 1;
    categoryCounts[t.category] += 1;
    toolsByRisk.get(t.risk)!.push(t);
    toolsByCategory.get(t.category)!.push(t);
  }
  for (const list of toolsByRisk.values()) list.sort(byListingOrder);
  for (const list of toolsByCategory.values()) list.sort(byListingOrder);
  cached = {
    index,
    servers,
    serverBySlug,
    toolsByServer,
    toolsByRisk,
    toolsByCategory,
    riskCounts,
    categoryCounts,
  };
  return cached;
}

// ------------------------------------------------------------------ per-server tool files

const ServerFileSchema = z.array(CatalogueToolSchema);
const SERVER_CACHE_SIZE = 8;
const serverCache = new Map<string, Map<string, CatalogueTool>>();
/** Files already validated once in this build: later reads (other routes) only parse. */
const validated = new Set<string>();

/** The full tools of one server, keyed by tool slug. Pages are rendered server by server, so a tiny LRU suffices. */
export function serverTools(serverSlug: string): Map<string, CatalogueTool> {
  const hit = serverCache.get(serverSlug);
  if (hit) {
    serverCache.delete(serverSlug);
    serverCache.set(serverSlug, hit);
    return hit;
  }
  if (!isSafeSlug(serverSlug))
    throw new McpRiskError('input_invalid', `unsafe server slug ${JSON.stringify(serverSlug)}`);
  const file = join(exportDir(), 'servers', `${serverSlug}.json`);
  const raw = readJson(file);
  let list: CatalogueTool[];
  if (validated.has(serverSlug)) list = raw as CatalogueTool[];
  else {
    const parsed = ServerFileSchema.safeParse(raw);
    if (!parsed.success) throw describeZod(parsed.error, file);
    list = parsed.data;
    validated.add(serverSlug);
  }
  const tools = new Map<string, CatalogueTool>();
  for (const tool of list) {
    if (tools.has(tool.slug))
      throw new McpRiskError('slug_collision', `${file}: two tools share the slug ${tool.slug}`);
    if (tool.server !== serverSlug)
      throw new McpRiskError(
        'input_invalid',
        `${file}: tool ${tool.slug} names server ${JSON.stringify(tool.server)}`,
      );
    tools.set(tool.slug, tool);
  }
  serverCache.set(serverSlug, tools);
  if (serverCache.size > SERVER_CACHE_SIZE) serverCache.delete(serverCache.keys().next().value!);
  return tools;
}

export function getTool(
  serverSlug: string,
  toolSlug: string,
): { server: CatalogueServer; tool: CatalogueTool } {
  const server = loadCatalogue().serverBySlug.get(serverSlug);
  const tool = serverTools(serverSlug).get(toolSlug);
  if (!server || !tool)
    throw new McpRiskError('input_invalid', `no tool ${toolSlug} on server ${serverSlug} in the export`);
  return { server, tool };
}

/** Params for every tool page, grouped by server so the per-server cache is hit. */
export function toolParams(): Array<{ params: { server: string; tool: string } }> {
  const out: Array<{ params: { server: string; tool: string } }> = [];
  for (const [server, tools] of loadCatalogue().toolsByServer)
    for (const t of tools) out.push({ params: { server, tool: t.slug } });
  return out;
}

// ------------------------------------------------------------------ related tools

let relatedIndex: RelatedIndex | null = null;

/** Up to `limit` tools on other servers that do something similar (lib/related.ts), best first. */
export function relatedTools(tool: ToolSummary, limit = 6): ToolSummary[] {
  const all = loadCatalogue().index.tools;
  relatedIndex ??= new RelatedIndex(all);
  return relatedIndex.related(tool, limit) as ToolSummary[];
}

export function toolSummary(serverSlug: string, toolSlug: string): ToolSummary {
  const t = loadCatalogue()
    .toolsByServer.get(serverSlug)
    ?.find((x) => x.slug === toolSlug);
  if (!t)
    throw new McpRiskError('input_invalid', `tool ${serverSlug}/${toolSlug} is missing from index.json`);
  return t;
}

/**
 * The accuracy document beside the export (`accuracy.json`, written by `bench/eval.ts --site`, which
 * npm start runs after the export), or null when the build has none: the page then says how to make it.
 */
export function loadAccuracy(): Accuracy | null {
  const file = join(exportDir(), 'accuracy.json');
  if (!existsSync(file)) return null;
  const parsed = AccuracySchema.safeParse(readJson(file));
  if (!parsed.success) throw describeZod(parsed.error, file);
  return parsed.data;
}
