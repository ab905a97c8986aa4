// npx tsx bench/poisoning-fp.ts [--no-siblings]: every tool of every benign server in data/corpus/servers/ through the
// classifier; lists each one flagged tool_poisoning or injection_attempt with the evidence that did it.
// The corpus holds real servers' listings, none written to attack: every flag here is a false positive.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classifyTool } from '../classifier/engine.js';
import type { ServerContext } from '../core/index.js';

const DIR = join(import.meta.dirname, '..', 'data', 'corpus', 'servers');
// --no-siblings: each tool alone, as a single-tool classify or the eval sees it
const alone = process.argv.includes('--no-siblings');
const POISON = new Set(['tool_poisoning', 'injection_attempt']);
let tools = 0;
const hits: string[] = [];
for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const server = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as {
    package: string;
    version: string;
    serverInfo?: { name?: string; title?: string } | null;
    instructions?: string | null;
    tools: unknown[];
  };
  const ctx: ServerContext = {
    name: server.serverInfo?.name ?? server.package,
    package: server.package,
    version: server.version,
    ...(server.serverInfo?.title ? { title: server.serverInfo.title } : {}),
    ...(server.instructions ? { instructions: server.instructions } : {}),
  };
  // as classifyServer does: every tool sees the names of the others
  const siblings = new Set(
    server.tools.map((t) => (t as { name?: unknown }).name).filter((n): n is string => typeof n === 'string'),
  );
  for (const tool of server.tools) {
    tools++;
    const c = classifyTool(tool, ctx, alone ? { learned: false } : { learned: false, siblings });
    if (!c.flags.some((f) => POISON.has(f))) continue;
    const why = c.evidence
      .filter((e) => e.effect.flag && POISON.has(e.effect.flag))
      .map((e) => `${e.rule} @ ${e.path}: "${e.match}"`)
      .join('; ');
    hits.push(`${file.slice(0, -5)} / ${c.tool}: ${why}`);
  }
}
for (const h of hits) console.log(h);
console.log(
  `\n${hits.length} of ${tools} benign tools flagged tool_poisoning or injection_attempt (${((hits.length / tools) * 100).toFixed(2)}%)`,
);
