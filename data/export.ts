import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CatalogueIndexSchema,
  CatalogueServerSchema,
  CatalogueToolSchema,
  CategorySchema,
  McpRiskError,
  canonicalJson,
  changedPaths,
  maxRisk,
  versionChanges,
  VERSION_CHANGE_CHARS,
  VERSION_CHANGE_MAX,
  safeSlug,
  type CatalogueIndex,
  type CatalogueServer,
  type CatalogueTool,
  type Category,
  type Classification,
  type CrawlStatus,
  type Policy,
  type Risk,
} from '../core/index.js';
import type { CatalogueDb } from './db.js';
import { applyOverride, findOverride, type OverridesFile } from './overrides.js';
import {
  classificationOf,
  latestCrawl,
  latestOkCrawl,
  listServers,
  toolHistory,
  toolsOfCrawl,
} from './repository.js';

/**
 * The deterministic export the site reads (core/catalogue.ts): `index.json` plus one
 * `servers/<server-slug>.json` per server. Everything is sorted, keys are in canonical order, and
 * `generatedAt` is the newest crawl time rather than the clock, so the same database always
 * exports the same bytes. Policies come from the caller (data/ does not import the classifier).
 */

export interface ExportDeps {
  classifierVersion: string;
  /** The server's policy (classifier buildPolicy under the chosen profile). */
  serverPolicy: (classifications: readonly Classification[]) => Policy;
  /** One tool's policy (classifier toolPolicy). */
  toolPolicy: (classification: Classification) => Policy;
  overrides?: OverridesFile;
}

export interface BuiltCatalogue {
  index: CatalogueIndex;
  servers: Map<string, CatalogueTool[]>;
  /** Tools left out because they have no classification for this classifier version yet. */
  unclassified: { server: string; tool: string; hash: string }[];
  /** Tools left out because an earlier tool in the same list had the same name. */
  duplicates: { server: string; tool: string }[];
}

/** The change history of a tool version lists these paths (core/diff.ts). */
export { changedPaths };

const hasAnnotations = (annotations: unknown): boolean =>
  typeof annotations === 'object' &&
  annotations !== null &&
  ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'].some(
    (k) => typeof (annotations as Record<string, unknown>)[k] === 'boolean',
  );

export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The share of a server's tools that declare at least one behaviour hint, to three decimals. */
export function annotationCoverage(tools: readonly { annotations: unknown }[]): number {
  if (tools.length === 0) return 0;
  return Math.round((tools.filter((t) => hasAnnotations(t.annotations)).length / tools.length) * 1000) / 1000;
}

const infoString = (info: Record<string, unknown> | null, key: string, max = 2_000): string | null => {
  const v = info?.[key];
  return typeof v === 'string' && v.trim() !== '' ? Array.from(v).slice(0, max).join('') : null;
};

/**
 * What a server's `initialize` answer adds to its catalogue entry: the name it announced, its own
 * version (when it differs from the package's), its website, and a repository when the website is a
 * code host's project page. The package's npm metadata (data/npm-links.ts), when given, fills a
 * homepage or repository the server did not announce. Strings only, capped; the site decides what
 * becomes a link.
 */
export function serverInfoFields(
  info: Record<string, unknown> | null,
  packageVersion: string,
  npm?: { homepage: string | null; repository: string | null } | null,
): {
  serverInfoName: string | null;
  serverVersion: string | null;
  homepage: string | null;
  repository: string | null;
} {
  const version = infoString(info, 'version', 100);
  const homepage = infoString(info, 'websiteUrl') ?? npm?.homepage ?? null;
  const repo =
    (typeof info?.['repository'] === 'object' && info['repository'] !== null
      ? infoString(info['repository'] as Record<string, unknown>, 'url')
      : infoString(info, 'repository')) ??
    npm?.repository ??
    null;
  const codeHost =
    homepage &&
    /^https:\/\/(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[^/?#]+\/[^/?#]+/i.test(homepage);
  return {
    serverInfoName: infoString(info, 'name', 500),
    serverVersion: version && version !== packageVersion ? version : null,
    homepage,
    repository: repo ?? (codeHost ? homepage : null),
  };
}

/**
 * A tool's change history (oldest first) from its versions' definitions: each version after the first
 * with the paths that changed and the definition diff (core/diff.ts), for the database export and the
 * snapshot export alike.
 */
export function versionHistory(
  versions: readonly { hash: string; firstSeen: string; lastSeen: string; definition: unknown }[],
): CatalogueTool['history'] {
  return versions.map((v, i) => {
    if (i === 0) return { hash: v.hash, firstSeen: v.firstSeen, lastSeen: v.lastSeen, changedPaths: [] };
    const before = versions[i - 1]!.definition;
    return {
      hash: v.hash,
      firstSeen: v.firstSeen,
      lastSeen: v.lastSeen,
      changedPaths: changedPaths(before, v.definition),
      changes: versionChanges(before, v.definition, {
        max: VERSION_CHANGE_MAX,
        maxChars: VERSION_CHANGE_CHARS,
      }),
    };
  });
}

/** A tool's row in the catalogue index. */
export function indexEntry(
  slug: string,
  server: string,
  name: string,
  c: Classification,
): CatalogueIndex['tools'][number] {
  return {
    slug,
    server,
    name,
    risk: c.risk,
    category: c.category,
    access: c.access,
    flags: [...c.flags].sort(),
    summary: c.summary,
  };
}

/** A server's risk and category counts and its highest risk (null with no tools). */
export function serverCounts(classifications: readonly Classification[]): {
  riskCounts: Record<Risk, number>;
  categoryCounts: Record<Category, number>;
  maxRisk: Risk | null;
} {
  const riskCounts: Record<Risk, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  const categoryCounts = Object.fromEntries(CategorySchema.options.map((c) => [c, 0])) as Record<
    Category,
    number
  >;
  let top: Risk | null = null;
  for (const c of classifications) {
    riskCounts[c.risk]++;
    categoryCounts[c.category]++;
    top = top ? maxRisk(top, c.risk) : c.risk;
  }
  return { riskCounts, categoryCounts, maxRisk: top };
}

/** The catalogue index in its stable order (servers by slug, tools by server then slug). */
export function catalogueIndex(
  servers: CatalogueServer[],
  tools: CatalogueIndex['tools'],
  generatedAt: string,
  classifierVersion: string,
): CatalogueIndex {
  servers.sort((a, b) => byString(a.slug, b.slug));
  tools.sort((a, b) => byString(a.server, b.server) || byString(a.slug, b.slug));
  return CatalogueIndexSchema.parse({
    generatedAt: generatedAt || '1970-01-01T00:00:00.000Z',
    classifierVersion,
    servers,
    tools,
  });
}

/** Reads the database into the catalogue documents (nothing written). */
export function buildCatalogue(db: CatalogueDb, deps: ExportDeps): BuiltCatalogue {
  const servers: CatalogueServer[] = [];
  const indexTools: CatalogueIndex['tools'] = [];
  const files = new Map<string, CatalogueTool[]>();
  const unclassified: BuiltCatalogue['unclassified'] = [];
  const duplicates: BuiltCatalogue['duplicates'] = [];
  const serverSlugs = new Map<string, string>();
  let generatedAt = '';

  for (const server of listServers(db)) {
    const last = latestCrawl(db, server.id);
    if (!last) continue;
    const slug = safeSlug(server.name);
    const clash = serverSlugs.get(slug);
    if (clash !== undefined)
      throw new McpRiskError(
        'slug_collision',
        `servers "${clash}" and "${server.name}" have the same slug ${slug}`,
      );
    serverSlugs.set(slug, server.name);
    const ok = latestOkCrawl(db, server.id);
    if (last.finishedAt && last.finishedAt > generatedAt) generatedAt = last.finishedAt;

    const tools: CatalogueTool[] = [];
    const classifications: Classification[] = [];
    const names = new Set<string>();
    const toolSlugs = new Map<string, string>();
    for (const stored of ok ? toolsOfCrawl(db, ok.id) : []) {
      if (names.has(stored.name)) {
        duplicates.push({ server: server.name, tool: stored.name });
        continue;
      }
      names.add(stored.name);
      let classification = classificationOf(db, stored.toolVersionId, deps.classifierVersion);
      if (!classification) {
        unclassified.push({ server: server.name, tool: stored.name, hash: stored.hash });
        continue;
      }
      const override = deps.overrides
        ? findOverride(deps.overrides, server.name, stored.name, stored.hash)
        : undefined;
      if (override) classification = applyOverride(classification, override);
      classifications.push(classification);
      const toolSlug = safeSlug(stored.name);
      const slugClash = toolSlugs.get(toolSlug);
      if (slugClash !== undefined)
        throw new McpRiskError(
          'slug_collision',
          `tools "${slugClash}" and "${stored.name}" of ${server.name} have the same slug ${toolSlug}`,
        );
      toolSlugs.set(toolSlug, stored.name);
      const history = versionHistory(
        toolHistory(db, server.id, stored.name).map((v) => ({
          hash: v.hash,
          firstSeen: v.firstSeen,
          lastSeen: v.lastSeen,
          definition: JSON.parse(v.definitionJson) as unknown,
        })),
      );
      const def = stored.definition;
      tools.push(
        CatalogueToolSchema.parse({
          slug: toolSlug,
          server: slug,
          name: stored.name,
          title: typeof def.title === 'string' ? def.title : null,
          description: typeof def.description === 'string' ? def.description : '',
          inputSchema: def.inputSchema as Record<string, unknown>,
          annotations: (def.annotations as Record<string, unknown> | undefined) ?? null,
          hash: stored.hash,
          classification,
          policy: deps.toolPolicy(classification),
          history,
        }),
      );
      indexTools.push(indexEntry(toolSlug, slug, stored.name, classification));
    }
    tools.sort((a, b) => byString(a.slug, b.slug));

    const counts = serverCounts(classifications);
    const serverInfo = ok?.serverInfoJson ? (JSON.parse(ok.serverInfoJson) as Record<string, unknown>) : null;
    servers.push(
      CatalogueServerSchema.parse({
        slug,
        name: server.name,
        title: server.title ?? (typeof serverInfo?.title === 'string' ? serverInfo.title : null),
        ...serverInfoFields(serverInfo, server.version),
        package: server.package,
        version: server.version,
        description:
          server.description ?? (typeof serverInfo?.description === 'string' ? serverInfo.description : null),
        instructions: ok?.instructions ?? null,
        status: (last.status ?? 'startup_failed') as CrawlStatus,
        statusDetail: last.statusDetail,
        crawledAt: last.finishedAt,
        toolCount: tools.length,
        ...counts,
        annotationCoverage: annotationCoverage(tools),
        policy: deps.serverPolicy(classifications),
      }),
    );
    files.set(slug, tools);
  }

  const index = catalogueIndex(servers, indexTools, generatedAt, deps.classifierVersion);
  return { index, servers: files, unclassified, duplicates };
}

/** Pretty JSON with keys in canonical (sorted) order; a trailing newline. */
export const stableJson = (value: unknown): string =>
  `${JSON.stringify(JSON.parse(canonicalJson(value)), null, 2)}\n`;

/**
 * Writes `index.json` and `servers/<slug>.json` into `outDir`, replacing an earlier export: files
 * go to a temporary folder first and are swapped in, so a reader never sees half an export.
 * Slugs are safe single path segments (core/slug.ts), so nothing is written outside `outDir`.
 */
export async function writeCatalogue(outDir: string, built: BuiltCatalogue): Promise<{ files: number }> {
  const tmp = `${outDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(join(tmp, 'servers'), { recursive: true });
  await writeFile(join(tmp, 'index.json'), stableJson(built.index));
  const slugs = [...built.servers.keys()].sort(byString);
  for (const slug of slugs)
    await writeFile(join(tmp, 'servers', `${slug}.json`), stableJson(built.servers.get(slug)));
  const old = `${outDir}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  const hadOld = await readdir(outDir).then(
    () => true,
    () => false,
  );
  if (hadOld) await rename(outDir, old);
  await rename(tmp, outDir);
  if (hadOld) await rm(old, { recursive: true, force: true });
  return { files: slugs.length + 1 };
}
