import * as z from 'zod';
import { RiskSchema, CategorySchema } from './labels.js';
import { ClassificationSchema, PolicySchema } from './schemas.js';

/** Crawl outcome of one server (see ../shared/HOSTILE.md). */
export const CrawlStatusSchema = z.enum([
  'ok',
  'needs_config',
  'auth_required',
  'startup_failed',
  'timeout',
  'protocol_error',
  'resource_limit',
  'blocked_target',
  /** Answered tools/list with no tools at all. */
  'no_tools',
  /** Listed tools, but not one of them is a valid MCP tool definition. */
  'invalid_tools',
]);
export type CrawlStatus = z.infer<typeof CrawlStatusSchema>;

export const RiskCountsSchema = z.object({
  low: z.number(),
  medium: z.number(),
  high: z.number(),
  critical: z.number(),
});

/** One version of a tool definition, for the change history on the tool page. */
export const ToolVersionSchema = z.object({
  hash: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** Paths in the definition that differ from the previous version (empty for the first). */
  changedPaths: z.array(z.string()),
});

export const CatalogueToolSchema = z.object({
  slug: z.string(),
  server: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  description: z.string(),
  inputSchema: z.record(z.string(), z.unknown()),
  annotations: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
  classification: ClassificationSchema,
  policy: PolicySchema,
  history: z.array(ToolVersionSchema),
});
export type CatalogueTool = z.infer<typeof CatalogueToolSchema>;

export const CatalogueServerSchema = z.object({
  slug: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  package: z.string(),
  version: z.string(),
  description: z.string().nullable(),
  instructions: z.string().nullable(),
  status: CrawlStatusSchema,
  statusDetail: z.string().nullable(),
  crawledAt: z.string().nullable(),
  toolCount: z.number(),
  riskCounts: RiskCountsSchema,
  categoryCounts: z.record(CategorySchema, z.number()),
  /** Share of tools that declare at least one behaviour annotation, 0..1. */
  annotationCoverage: z.number(),
  maxRisk: RiskSchema.nullable(),
  policy: PolicySchema,
});
export type CatalogueServer = z.infer<typeof CatalogueServerSchema>;

/**
 * The deterministic export the site reads: `index.json` (this schema, servers and tool summaries)
 * plus one `servers/<server-slug>.json` per server holding its CatalogueTool[] — so a 100k-tool
 * catalogue never has to be one giant document.
 */
export const CatalogueIndexSchema = z.object({
  generatedAt: z.string(),
  classifierVersion: z.string(),
  servers: z.array(CatalogueServerSchema),
  tools: z.array(
    z.object({
      slug: z.string(),
      server: z.string(),
      name: z.string(),
      risk: RiskSchema,
      category: CategorySchema,
      flags: z.array(z.string()),
      summary: z.string(),
    }),
  ),
});
export type CatalogueIndex = z.infer<typeof CatalogueIndexSchema>;
