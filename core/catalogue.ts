import * as z from 'zod';
import { AccessSchema, RiskSchema, CategorySchema } from './labels.js';
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
  /**
   * The definition diff against the previous version: per changed path the value before and after, as
   * JSON text clipped to VERSION_CHANGE_CHARS (null where the path is absent on that side). Absent in
   * exports written before it was added, and for the first version.
   */
  changes: z
    .array(z.object({ path: z.string(), before: z.string().nullable(), after: z.string().nullable() }))
    .optional(),
});

/** How much of each side of a changed value the export keeps. */
export const VERSION_CHANGE_CHARS = 600;
/** How many changed paths per version the export keeps. */
export const VERSION_CHANGE_MAX = 50;

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
  /** `serverInfo.name` as the server announced it (untrusted text). */
  serverInfoName: z.string().nullable().optional(),
  /** `serverInfo.version`, when it differs from the package version or there is no package version. */
  serverVersion: z.string().nullable().optional(),
  /**
   * Links as given (serverInfo.websiteUrl, a curated entry): any string. The site makes a link only of
   * an http(s) URL and shows anything else as text.
   */
  homepage: z.string().nullable().optional(),
  repository: z.string().nullable().optional(),
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
  /**
   * The crawl the last one is compared with (when the catalogue has an earlier listing with other
   * tools): when, and at which package version. Absent when there is none, and in older exports.
   */
  previousCrawl: z.object({ crawledAt: z.string(), version: z.string() }).optional(),
  /**
   * Tools the previous crawl listed that the last one no longer lists (by name, sorted), each with
   * the hash of its last definition and when it was last seen. Absent with no previous crawl.
   */
  removedTools: z.array(z.object({ name: z.string(), hash: z.string(), lastSeen: z.string() })).optional(),
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
      /** absent in exports written before it was added */
      access: AccessSchema.optional(),
      flags: z.array(z.string()),
      summary: z.string(),
    }),
  ),
});
export type CatalogueIndex = z.infer<typeof CatalogueIndexSchema>;

const PRSchema = z.object({
  label: z.string(),
  tp: z.number(),
  fp: z.number(),
  fn: z.number(),
  precision: z.number(),
  recall: z.number(),
  support: z.number(),
});
const ConfusionSchema = z.object({
  truth: z.array(z.string()),
  predicted: z.array(z.string()),
  counts: z.array(z.array(z.number())),
});
const FiguresSchema = z.object({
  servers: z.number(),
  tools: z.number(),
  accessAccuracy: z.number(),
  categoryAccuracy: z.number(),
  riskExact: z.number(),
  riskWithinOne: z.number(),
  falseReadRate: z.number(),
  falseReadShareOfUnsafe: z.number(),
  falseReads: z.number(),
  unknown: z.number(),
});

/**
 * `accuracy.json` beside the export (bench/eval.ts --site): the classifier against the hand-labelled
 * corpus, held-out split first. Weakness examples come from the tuning split only.
 */
export const AccuracySchema = z.object({
  version: z.literal(1),
  classifierVersion: z.string(),
  split: z.object({
    note: z.string(),
    tuning: z.object({ servers: z.number(), tools: z.number() }),
    heldout: z.object({ servers: z.number(), tools: z.number() }),
  }),
  heldout: FiguresSchema.extend({
    access: z.array(PRSchema),
    risk: z.array(PRSchema),
    flags: z.array(PRSchema),
    accessConfusion: ConfusionSchema,
    riskConfusion: ConfusionSchema,
  }),
  tuning: FiguresSchema.extend({ flags: z.array(PRSchema) }),
  targets: z.array(z.object({ what: z.string(), ok: z.boolean() })),
  weaknesses: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      what: z.string(),
      tuning: z.number(),
      heldout: z.number(),
      example: z
        .object({
          split: z.literal('tuning'),
          package: z.string(),
          tool: z.string(),
          description: z.string(),
          expected: z.string(),
          got: z.string(),
          summary: z.string(),
        })
        .nullable(),
    }),
  ),
});
export type Accuracy = z.infer<typeof AccuracySchema>;
