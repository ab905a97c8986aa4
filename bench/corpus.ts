import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { AccessSchema, CategorySchema, RiskSchema, type ServerContext } from '../core/index.js';

const CORPUS = join(import.meta.dirname, '..', 'data', 'corpus');

export const CorpusServerSchema = z.object({
  package: z.string(),
  version: z.string(),
  serverInfo: z
    .object({ name: z.string(), title: z.string().optional(), version: z.string().optional() })
    .passthrough()
    .nullable()
    .optional(),
  instructions: z.string().nullable().optional(),
  tools: z.array(z.unknown()),
});
export const HandLabelSchema = z.object({
  access: AccessSchema.exclude(['unknown']),
  category: CategorySchema,
  risk: RiskSchema,
  note: z.string().optional(),
});
export const CorpusLabelsSchema = z.object({
  package: z.string(),
  version: z.string(),
  labels: z.record(z.string(), HandLabelSchema),
});
export type HandLabel = z.infer<typeof HandLabelSchema>;

export interface CorpusTool {
  package: string;
  version: string;
  server: ServerContext;
  tool: unknown;
  name: string;
  label: HandLabel;
}

/** The committed corpus: every tool of every server file joined with its hand label. Throws on a missing label. */
export function loadCorpus(dir = CORPUS): CorpusTool[] {
  const out: CorpusTool[] = [];
  const serversDir = join(dir, 'servers');
  if (!existsSync(serversDir)) return out;
  for (const file of readdirSync(serversDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const server = CorpusServerSchema.parse(JSON.parse(readFileSync(join(serversDir, file), 'utf8')));
    const labelFile = join(dir, 'labels', file);
    const labels = CorpusLabelsSchema.parse(JSON.parse(readFileSync(labelFile, 'utf8')));
    const ctx: ServerContext = {
      name: server.serverInfo?.name ?? server.package,
      package: server.package,
      version: server.version,
      ...(server.serverInfo?.title ? { title: server.serverInfo.title } : {}),
      ...(server.instructions ? { instructions: server.instructions } : {}),
    };
    for (const tool of server.tools) {
      const name = (tool as { name?: unknown }).name;
      if (typeof name !== 'string') continue;
      const label = labels.labels[name];
      if (!label) throw new Error(`${file}: no hand label for tool ${name}`);
      out.push({ package: server.package, version: server.version, server: ctx, tool, name, label });
    }
  }
  return out;
}
