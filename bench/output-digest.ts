// Output invariance check for performance work: classifies every tool of every corpus server (as a
// listing with classifyServer, and each tool alone with classifyTool), every attack and hard negative
// of data/attacks, and the bench's synthetic variants, then prints one SHA-256 over the JSON of all the
// classifications. A speed change must leave the digest unchanged. Usage: npx tsx bench/output-digest.ts
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Classification, ServerContext } from '../core/index.js';
import { classifyServer, classifyTool } from '../classifier/engine.js';
import { contextOf, loadAttacks, loadHardNegatives } from './attacks.js';
import { CorpusServerSchema } from './corpus.js';

const hash = createHash('sha256');
let n = 0;
const parts: Record<string, number> = {};
const add = (part: string, c: Classification): void => {
  hash.update(JSON.stringify(c));
  hash.update('\n');
  n++;
  parts[part] = (parts[part] ?? 0) + 1;
};

const serversDir = join(import.meta.dirname, '..', 'data', 'corpus', 'servers');
const SUFFIXES = [
  '',
  ' Returns JSON.',
  ' Results are paginated.',
  ' Requires an API key.',
  ' (beta)',
  ' See the docs.',
];
for (const file of readdirSync(serversDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const server = CorpusServerSchema.parse(JSON.parse(readFileSync(join(serversDir, file), 'utf8')));
  const ctx: ServerContext = {
    name: server.serverInfo?.name ?? server.package,
    package: server.package,
    version: server.version,
    ...(server.serverInfo?.title ? { title: server.serverInfo.title } : {}),
    ...(server.instructions ? { instructions: server.instructions } : {}),
  };
  for (const c of classifyServer(server.tools, ctx).tools) add('server', c);
  for (const t of server.tools) add('alone', classifyTool(t, ctx));
  for (const t of server.tools) add('alone, no server', classifyTool(t));
  // the bench's variants: a renamed copy with a description tail, classified alone
  server.tools.forEach((t, i) => {
    const tool = t as Record<string, unknown>;
    const copy = {
      ...tool,
      name: `${String(tool.name)}_${i + 7}`,
      description: `${typeof tool.description === 'string' ? tool.description : ''}${SUFFIXES[i % SUFFIXES.length]}`,
    };
    add('bench variant', classifyTool(copy, ctx));
  });
}
for (const a of loadAttacks()) {
  const tools = a.tool ? [a.tool] : a.server!.tools;
  const ctx = contextOf(a);
  for (const c of classifyServer(tools, ctx).tools) add('attack', c);
  for (const t of tools) add('attack alone', classifyTool(t, ctx));
}
for (const h of loadHardNegatives()) {
  const tools = h.tool ? [h.tool] : h.server!.tools;
  const ctx = contextOf(h);
  for (const c of classifyServer(tools, ctx).tools) add('hard negative', c);
  for (const t of tools) add('hard negative alone', classifyTool(t, ctx));
}
console.log(JSON.stringify(parts));
console.log(`${n} classifications  sha256 ${hash.digest('hex')}`);
