import * as z from 'zod';
import { ClassificationSchema, PolicySchema } from '../core/index.js';

const ID_BASE = 'urn:mcp-risk:schema';

function render(schema: z.ZodType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `${ID_BASE}:${id}`, title, ...json }, null, 2)}\n`;
}

/** Every published schema, by file name. */
export function renderSchemas(): Record<string, string> {
  return {
    'policy.schema.json': render(PolicySchema, 'policy.schema.json', 'mcp-risk native policy, version 1'),
    'classification.schema.json': render(
      ClassificationSchema,
      'classification.schema.json',
      'mcp-risk classification of one tool',
    ),
  };
}
