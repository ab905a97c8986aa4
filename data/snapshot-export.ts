import {
  CatalogueServerSchema,
  CatalogueToolSchema,
  McpRiskError,
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
  type BuiltCatalogue,
  type ExportDeps,
} from './export.js';
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
}

const plainObject = (v: unknown): Record<string, unknown> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

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
          history: [{ hash: classification.hash, firstSeen: at, lastSeen: at, changedPaths: [] }],
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
        ...serverInfoFields(info, server.target.version),
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
      }),
    );
    files.set(slug, tools);
  }

  const index = catalogueIndex(servers, indexTools, generatedAt, deps.classifierVersion);
  return { index, servers: files, unclassified: [], duplicates };
}
