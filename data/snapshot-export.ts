import {
  CatalogueServerSchema,
  CatalogueToolSchema,
  McpRiskError,
  contentHash,
  safeSlug,
  type CatalogueIndex,
  type CatalogueServer,
  type CatalogueTool,
  type Classification,
} from '../core/index.js';
import {
  annotationCoverage,
  byString,
  serverInfoFields,
  catalogueIndex,
  indexEntry,
  serverCounts,
  versionHistory,
  type BuiltCatalogue,
  type ExportDeps,
} from './export.js';
import { npmLinksKey } from './npm-links.js';
import { applyOverride, findOverride } from './overrides.js';
import type { Snapshot, SnapshotServer } from './snapshot.js';

/**
 * The catalogue export (core/catalogue.ts) straight from the committed snapshot, no database: what
 * `npm start` builds the site from. Every entry a server listed is labelled, valid or not (`classify`
 * labels an invalid entry from its name and description, flagged `invalid_definition`, and the policy
 * hides it); entries without a string name cannot have a page and are counted in the server's detail.
 */
export interface SnapshotExportDeps extends Omit<ExportDeps, 'classifierVersion'> {
  classifierVersion: string;
  /** One classification per entry of `server.tools`, in order (the classifier lives outside data/). */
  classify: (server: SnapshotServer) => Classification[];
  /** npm metadata links by `package@version` (data/npm-links.ts `npmLinksMap`). */
  npmLinks?: ReadonlyMap<string, { homepage: string | null; repository: string | null }>;
}

const plainObject = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const nameOfEntry = (entry: unknown): string | null => {
  const def = plainObject(entry);
  return def && typeof def.name === 'string' ? def.name : null;
};

const hashOfEntry = (entry: unknown): string => {
  try {
    return contentHash(entry);
  } catch {
    return contentHash({ unhashable: typeof entry });
  }
};

/** The previous listing's entries by name (the first of each name; unnamed entries left out). */
function previousByName(server: SnapshotServer): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const entry of server.previous?.tools ?? []) {
    const name = nameOfEntry(entry);
    if (name !== null && !out.has(name)) out.set(name, entry);
  }
  return out;
}

export function buildCatalogueFromSnapshot(snapshot: Snapshot, deps: SnapshotExportDeps): BuiltCatalogue {
  const servers: CatalogueServer[] = [];
  const indexTools: CatalogueIndex['tools'] = [];
  const files = new Map<string, CatalogueTool[]>();
  const duplicates: BuiltCatalogue['duplicates'] = [];
  const serverSlugs = new Map<string, string>();
  let generatedAt = '';

  for (const server of snapshot.servers) {
    const slug = safeSlug(server.name);
    const clash = serverSlugs.get(slug);
    if (clash !== undefined)
      throw new McpRiskError(
        'slug_collision',
        `servers "${clash}" and "${server.name}" have the same slug ${slug}`,
      );
    serverSlugs.set(slug, server.name);
    if (server.listedAt && server.listedAt > generatedAt) generatedAt = server.listedAt;

    const labels = server.tools.length > 0 ? deps.classify(server) : [];
    if (labels.length !== server.tools.length)
      throw new McpRiskError(
        'internal',
        `${server.name}: ${labels.length} classifications for ${server.tools.length} tools`,
      );
    const tools: CatalogueTool[] = [];
    const classifications: Classification[] = [];
    const names = new Set<string>();
    const before = previousByName(server);
    const prevAt = server.previous?.listedAt ?? null;
    let unnamed = 0;
    server.tools.forEach((entry, i) => {
      const def = plainObject(entry);
      const name = def && typeof def.name === 'string' ? def.name : null;
      if (name === null) {
        unnamed++;
        return;
      }
      if (names.has(name)) {
        duplicates.push({ server: server.name, tool: name });
        return;
      }
      names.add(name);
      let classification = labels[i]!;
      const override = deps.overrides
        ? findOverride(deps.overrides, server.name, name, classification.hash)
        : undefined;
      if (override) classification = applyOverride(classification, override);
      classifications.push(classification);
      const toolSlug = safeSlug(name);
      const at = server.listedAt ?? '1970-01-01T00:00:00.000Z';
      // with a previous listing: an unchanged tool was first seen then, a changed one has two versions
      const old = prevAt === null ? undefined : before.get(name);
      const oldHash = old === undefined ? null : hashOfEntry(old);
      const history =
        old === undefined || prevAt === null
          ? [{ hash: classification.hash, firstSeen: at, lastSeen: at, changedPaths: [] }]
          : oldHash === hashOfEntry(entry)
            ? [{ hash: classification.hash, firstSeen: prevAt, lastSeen: at, changedPaths: [] }]
            : versionHistory([
                { hash: oldHash!, firstSeen: prevAt, lastSeen: prevAt, definition: old },
                { hash: classification.hash, firstSeen: at, lastSeen: at, definition: entry },
              ]);
      tools.push(
        CatalogueToolSchema.parse({
          slug: toolSlug,
          server: slug,
          name,
          title: typeof def!.title === 'string' ? def!.title : null,
          description: typeof def!.description === 'string' ? def!.description : '',
          inputSchema: plainObject(def!.inputSchema) ?? {},
          annotations: plainObject(def!.annotations),
          hash: classification.hash,
          classification,
          policy: deps.toolPolicy(classification),
          history,
        }),
      );
      indexTools.push(indexEntry(toolSlug, slug, name, classification));
    });
    tools.sort((a, b) => byString(a.slug, b.slug));

    const counts = serverCounts(classifications);
    const details = [server.statusDetail, unnamed > 0 ? `${unnamed} listed entries have no name` : null]
      .filter(Boolean)
      .join('; ');
    const info = server.serverInfo;
    servers.push(
      CatalogueServerSchema.parse({
        slug,
        name: server.name,
        title: typeof info?.title === 'string' ? info.title : null,
        ...serverInfoFields(
          info,
          server.target.version,
          deps.npmLinks?.get(npmLinksKey(server.target.package, server.target.version)),
        ),
        package: server.target.package,
        version: server.target.version,
        description: typeof info?.description === 'string' ? info.description : null,
        instructions: server.instructions,
        status: tools.length === 0 && server.status === 'ok' ? 'no_tools' : server.status,
        statusDetail: details || null,
        crawledAt: server.listedAt,
        toolCount: tools.length,
        ...counts,
        annotationCoverage: annotationCoverage(tools),
        policy: deps.serverPolicy(classifications),
        ...(server.previous
          ? {
              previousCrawl: { crawledAt: server.previous.listedAt, version: server.previous.version },
              removedTools: [...before.entries()]
                .filter(([name]) => !names.has(name))
                .map(([name, entry]) => ({
                  name,
                  hash: hashOfEntry(entry),
                  lastSeen: server.previous!.listedAt,
                }))
                .sort((a, b) => byString(a.name, b.name)),
            }
          : {}),
      }),
    );
    files.set(slug, tools);
  }

  const index = catalogueIndex(servers, indexTools, generatedAt, deps.classifierVersion);
  return { index, servers: files, unclassified: [], duplicates };
}
