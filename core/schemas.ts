import * as z from 'zod';
import { ToolSchema, ToolAnnotationsSchema } from '@modelcontextprotocol/sdk/types.js';
import { parseArgPath } from './argpath.js';
import { AccessSchema, CategorySchema, FlagSchema, RiskSchema } from './labels.js';

/** The MCP SDK's tool shape, reused rather than redefined. */
export { ToolSchema, ToolAnnotationsSchema };
export type Tool = z.infer<typeof ToolSchema>;
export type ToolAnnotations = z.infer<typeof ToolAnnotationsSchema>;

/** What we know about the server a tool comes from; evidence for the classifier too. */
export const ServerContextSchema = z.object({
  name: z.string(),
  title: z.string().optional(),
  version: z.string().optional(),
  description: z.string().optional(),
  instructions: z.string().optional(),
  package: z.string().optional(),
});
export type ServerContext = z.infer<typeof ServerContextSchema>;

/** A tool definition as observed, with its content hash (see core/hash.ts). */
export const ToolSnapshotSchema = z.object({
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  tool: ToolSchema,
});
export type ToolSnapshot = z.infer<typeof ToolSnapshotSchema>;

/** One piece of evidence: which rule matched, where in the definition, what text, and what it implies. */
export const EvidenceSchema = z.object({
  rule: z.string(),
  path: z.string(),
  match: z.string(),
  effect: z.object({
    access: AccessSchema.optional(),
    flag: FlagSchema.optional(),
    minRisk: RiskSchema.optional(),
  }),
  /** 'strong' evidence decides access; 'weak' evidence only adds flags or raises risk. */
  strength: z.enum(['strong', 'weak']),
  note: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const SuggestedAnnotationsSchema = z.object({
  readOnlyHint: z.boolean(),
  destructiveHint: z.boolean(),
  idempotentHint: z.boolean(),
  openWorldHint: z.boolean(),
});
export type SuggestedAnnotations = z.infer<typeof SuggestedAnnotationsSchema>;

export const ActionLabelSchema = z.object({
  param: z.string(),
  value: z.string(),
  access: AccessSchema,
  category: CategorySchema,
  risk: RiskSchema,
  flags: z.array(FlagSchema),
});
export type ActionLabel = z.infer<typeof ActionLabelSchema>;

export const ClassificationSchema = z.object({
  tool: z.string(),
  hash: z.string(),
  access: AccessSchema,
  category: CategorySchema,
  risk: RiskSchema,
  flags: z.array(FlagSchema),
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema),
  /** Plain sentences written from the evidence; every claim points at the definition. */
  rationale: z.array(z.string()),
  summary: z.string(),
  annotations: z.object({
    declared: z.record(z.string(), z.unknown()).nullable(),
    suggested: SuggestedAnnotationsSchema,
    mismatches: z.array(z.string()),
  }),
  actions: z.array(ActionLabelSchema),
  source: z.enum(['rules', 'llm', 'override']),
  classifierVersion: z.string(),
});
export type Classification = z.infer<typeof ClassificationSchema>;

/** The quote a rationale rests on: verbatim from the definition (unless `decoded`), with its path. */
export const RationaleQuoteSchema = z.object({
  path: z.string(),
  text: z.string(),
  cutStart: z.boolean(),
  cutEnd: z.boolean(),
  /** hidden text (tag characters, an encoding) shown decoded: not a substring of the field */
  decoded: z.boolean(),
});
export type RationaleQuote = z.infer<typeof RationaleQuoteSchema>;

/**
 * One plain-words paragraph per tool (classifier/rationale.ts). `text` is display-safe plain text;
 * `segments` is the same paragraph with every string from the definition marked (`name`, `quote`), so
 * a renderer escapes it for its medium.
 */
export const RationaleSchema = z.object({
  text: z.string(),
  segments: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('text'), text: z.string() }),
      z.object({ kind: z.literal('name'), text: z.string() }),
      RationaleQuoteSchema.extend({ kind: z.literal('quote') }),
    ]),
  ),
  quote: RationaleQuoteSchema.nullable(),
});
export type Rationale = z.infer<typeof RationaleSchema>;
export type RationaleSegment = Rationale['segments'][number];

// ---------------------------------------------------------------- policy (native format, version "1")

export const ConditionOpSchema = z.enum([
  'eq',
  'neq',
  'in',
  'not_in',
  'lt',
  'lte',
  'gt',
  'gte',
  'regex',
  'contains',
  'starts_with',
  'exists',
]);
export const ConditionSchema = z
  .object({
    path: z
      .string()
      .regex(/^args(?:\.[^.[\]"\s]+|\["(?:[^"\\]|\\.)+"\])+$/)
      .refine(
        (p) => parseArgPath(p) !== null,
        'a path into the call arguments: args.query, args.filter.kind, or args["item.action"] for a key that is not a plain word',
      ),
    op: ConditionOpSchema,
    value: z.unknown().optional(),
  })
  .strict();
export type Condition = z.infer<typeof ConditionSchema>;

export const LimitSchema = z
  .object({
    counter: z.string().min(1),
    window: z.enum(['second', 'minute', 'hour', 'day']),
    max: z.number().int().positive(),
    scope: z.enum(['grant', 'session', 'global']),
  })
  .strict();
export type Limit = z.infer<typeof LimitSchema>;

export const ToolRuleSchema = z
  .object({
    approval: z.literal('required').optional(),
    limits: z.array(LimitSchema).optional(),
    require: z.array(ConditionSchema).optional(),
    deny_if: z.array(ConditionSchema).optional(),
  })
  .strict();
export type ToolRule = z.infer<typeof ToolRuleSchema>;

export const PolicySchema = z
  .object({
    version: z.literal('1'),
    default: z.literal('deny'),
    hide: z.array(z.string()).optional(),
    tools: z.record(z.string(), ToolRuleSchema),
  })
  .strict()
  .describe(
    'mcp-risk native policy: tools listed are allowed subject to their rules; everything else is denied.',
  );
export type Policy = z.infer<typeof PolicySchema>;

export const ProfileSchema = z.enum(['strict', 'balanced', 'permissive']);
export type Profile = z.infer<typeof ProfileSchema>;
