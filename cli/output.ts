import * as z from 'zod';
import {
  ClassificationSchema,
  CrawlStatusSchema,
  InvalidToolSchema,
  PolicySchema,
  ProfileSchema,
  RationaleSchema,
  RiskCountsSchema,
  RiskSchema,
} from '../core/index.js';

/** Where a server's tools came from, for display and for SARIF locations. */
export const SourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('command'), command: z.string(), args: z.array(z.string()) }),
  z.object({ kind: z.literal('url'), url: z.string() }),
  z.object({ kind: z.literal('tools'), file: z.string() }),
  z.object({ kind: z.literal('config'), file: z.string(), server: z.string() }),
]);
export type Source = z.infer<typeof SourceSchema>;

export const ToolChangeSchema = z.object({
  path: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type ToolChange = z.infer<typeof ToolChangeSchema>;

export const DriftSchema = z.object({
  lockFile: z.string(),
  /** `written`: no lock existed (or --update-lock), it was written; `checked`: compared with the lock. */
  mode: z.enum(['written', 'checked']),
  added: z.array(z.object({ server: z.string(), tool: z.string(), hash: z.string() })),
  removed: z.array(z.object({ server: z.string(), tool: z.string(), hash: z.string() })),
  changed: z.array(
    z.object({
      server: z.string(),
      tool: z.string(),
      before: z.string(),
      after: z.string(),
      changes: z.array(ToolChangeSchema),
      moreChanges: z.number().int(),
    }),
  ),
});
export type Drift = z.infer<typeof DriftSchema>;

/** A classification as the CLI prints it: with its paragraph for the output's profile. */
export const LabelledToolSchema = ClassificationSchema.extend({
  /** the tool in one paragraph: what it acts on, why that label, what a misuse costs, what the policy does */
  why: RationaleSchema,
});
export type LabelledTool = z.infer<typeof LabelledToolSchema>;

export const ServerResultSchema = z.object({
  /** The name used in policies (`mcp__<name>__<tool>`): the config key, `--name`, or the server's own name. */
  name: z.string(),
  source: SourceSchema,
  status: CrawlStatusSchema,
  statusDetail: z.string().nullable(),
  serverInfo: z
    .object({ name: z.string(), version: z.string(), title: z.string().optional() })
    .loose()
    .nullable(),
  protocolVersion: z.string().nullable(),
  instructions: z.string().nullable(),
  capabilities: z.record(z.string(), z.unknown()).nullable(),
  transport: z.string(),
  tools: z.array(LabelledToolSchema),
  /**
   * Entries that are not valid MCP tools. Each still gets a `label` from what it says (its name and
   * description), flagged `invalid_definition` and low-confidence; the policy hides it and `--fail-on`
   * counts it as high whatever the label says.
   */
  invalidTools: z.array(InvalidToolSchema.extend({ label: LabelledToolSchema.nullable() })),
  totalOffered: z.number().int(),
  truncated: z.boolean(),
  riskCounts: RiskCountsSchema,
  maxRisk: RiskSchema.nullable(),
  /** The native policy for this server under `profile`; null when the server could not be listed. */
  policy: PolicySchema.nullable(),
});
export type ServerResult = z.infer<typeof ServerResultSchema>;

export const ClassifyOutputSchema = z
  .object({
    mcpRisk: z.string(),
    classifierVersion: z.string(),
    profile: ProfileSchema,
    servers: z.array(ServerResultSchema),
    summary: z.object({
      servers: z.number().int(),
      tools: z.number().int(),
      invalidTools: z.number().int(),
      riskCounts: RiskCountsSchema,
      maxRisk: RiskSchema.nullable(),
      failOn: RiskSchema.nullable(),
      /** Tools at or above `failOn` (invalid tools count as high). */
      failing: z.number().int(),
      exitCode: z.number().int(),
    }),
    drift: DriftSchema.nullable(),
  })
  .describe('Output of `mcp-risk classify --format json`: exactly one document on stdout.');
export type ClassifyOutput = z.infer<typeof ClassifyOutputSchema>;

/** The committed schemas/classify-output.schema.json is this, generated (a test keeps them equal). */
export function classifyOutputJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/mcp-risk/mcp-risk/schemas/classify-output.schema.json',
    title: 'mcp-risk classify output',
    ...z.toJSONSchema(ClassifyOutputSchema, { target: 'draft-7', io: 'output' }),
  };
}
