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
/** The flags a hand label records (docs/labelling.md section 5); the eval measures each one's precision. */
export const LABELLED_FLAGS = [
  'destructive',
  'mass_destruction',
  'financial',
  'untrusted_content',
  'multi_action',
] as const;
export type LabelledFlag = (typeof LABELLED_FLAGS)[number];

export const HandLabelSchema = z.object({
  access: AccessSchema,
  category: CategorySchema,
  risk: RiskSchema,
  flags: z.array(z.enum(LABELLED_FLAGS)).optional(),
  note: z.string().optional(),
});
/** `split.json`: the servers (by slug) held out from rule tuning; every other server is tuning data. */
export const CorpusSplitSchema = z.object({
  heldout: z.array(z.string()),
  note: z.string().optional(),
});
export type Split = 'tuning' | 'heldout';
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
  /** the names of every tool of the same server (the listing a classify of the whole server sees) */
  siblings: ReadonlySet<string>;
  /** the server file's slug */
  slug: string;
  split: Split;
}

/** The held-out slugs named in `split.json` (none when the file is missing). */
export function loadSplit(dir = CORPUS): Set<string> {
  const file = join(dir, 'split.json');
  if (!existsSync(file)) return new Set();
  return new Set(CorpusSplitSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).heldout);
}

/** The committed corpus: every tool of every server file joined with its hand label. Throws on a missing label. */
/** The corpus's tools grouped by server (slug), each server's tools in corpus order. */
export function bySlug(tools: readonly CorpusTool[]): Map<string, CorpusTool[]> {
  const out = new Map<string, CorpusTool[]>();
  for (const t of tools) {
    const list = out.get(t.slug);
    if (list) list.push(t);
    else out.set(t.slug, [t]);
  }
  return out;
}

export function loadCorpus(dir = CORPUS): CorpusTool[] {
  const out: CorpusTool[] = [];
  const serversDir = join(dir, 'servers');
  if (!existsSync(serversDir)) return out;
  const heldout = loadSplit(dir);
  for (const file of readdirSync(serversDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const server = CorpusServerSchema.parse(JSON.parse(readFileSync(join(serversDir, file), 'utf8')));
    const labelFile = join(dir, 'labels', file);
    // while a labelling round is in progress: CORPUS_PARTIAL=1 skips servers with no labels yet
    if (process.env.CORPUS_PARTIAL === '1' && !existsSync(labelFile)) continue;
    const labels = CorpusLabelsSchema.parse(JSON.parse(readFileSync(labelFile, 'utf8')));
    const slug = file.slice(0, -'.json'.length);
    const split: Split = heldout.has(slug) ? 'heldout' : 'tuning';
    const ctx: ServerContext = {
      name: server.serverInfo?.name ?? server.package,
      package: server.package,
      version: server.version,
      ...(server.serverInfo?.title ? { title: server.serverInfo.title } : {}),
      ...(server.instructions ? { instructions: server.instructions } : {}),
    };
    const siblings = new Set<string>();
    for (const tool of server.tools) {
      const name = (tool as { name?: unknown }).name;
      if (typeof name === 'string') siblings.add(name);
    }
    for (const tool of server.tools) {
      const name = (tool as { name?: unknown }).name;
      if (typeof name !== 'string') continue;
      const label = labels.labels[name];
      if (!label) throw new Error(`${file}: no hand label for tool ${name}`);
      out.push({
        package: server.package,
        version: server.version,
        server: ctx,
        tool,
        name,
        label,
        siblings,
        slug,
        split,
      });
    }
  }
  return out;
}
