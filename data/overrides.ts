import * as z from 'zod';
import { AccessSchema, CategorySchema, FlagSchema, RiskSchema, type Classification } from '../core/index.js';
import { parseConfigJson } from './servers.js';

/**
 * A curated correction of a label. It names the server and tool, optionally pins the definition
 * hash it was reviewed against (so a changed definition is re-reviewed rather than silently
 * overridden), and always says why.
 */
export const OverrideSchema = z
  .object({
    server: z.string().min(1),
    tool: z.string().min(1),
    hash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .optional(),
    set: z
      .object({
        access: AccessSchema.optional(),
        category: CategorySchema.optional(),
        risk: RiskSchema.optional(),
        addFlags: z.array(FlagSchema).optional(),
        removeFlags: z.array(FlagSchema).optional(),
      })
      .strict()
      .refine((s) => Object.keys(s).length > 0, 'set at least one field'),
    reason: z.string().min(10, 'say why, in a sentence'),
    reviewedBy: z.string().optional(),
    reviewedAt: z.string().optional(),
  })
  .strict();
export type Override = z.infer<typeof OverrideSchema>;

export const OverridesFileSchema = z
  .object({ $schema: z.string().optional(), version: z.literal(1), overrides: z.array(OverrideSchema) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.overrides.forEach((o, i) => {
      const key = `${o.server}\u0000${o.tool}\u0000${o.hash ?? ''}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['overrides', i], message: 'duplicate override' });
      seen.add(key);
    });
  });
export type OverridesFile = z.infer<typeof OverridesFileSchema>;

export const parseOverridesFile = (text: string, source = 'overrides.json'): OverridesFile =>
  parseConfigJson(OverridesFileSchema, text, source);

/** The override for this server's tool and definition, if any (a hash-pinned one wins over an unpinned one). */
export function findOverride(
  file: OverridesFile,
  server: string,
  tool: string,
  hash: string,
): Override | undefined {
  const candidates = file.overrides.filter(
    (o) => o.server === server && o.tool === tool && (o.hash === undefined || o.hash === hash),
  );
  return candidates.find((o) => o.hash !== undefined) ?? candidates[0];
}

/** The classification with the override applied; the reason joins the rationale and the source becomes `override`. */
export function applyOverride(classification: Classification, override: Override): Classification {
  const flags = new Set(classification.flags);
  for (const f of override.set.addFlags ?? []) flags.add(f);
  for (const f of override.set.removeFlags ?? []) flags.delete(f);
  return {
    ...classification,
    access: override.set.access ?? classification.access,
    category: override.set.category ?? classification.category,
    risk: override.set.risk ?? classification.risk,
    flags: [...flags].sort(),
    rationale: [...classification.rationale, `Curated override: ${override.reason}`],
    source: 'override',
  };
}
