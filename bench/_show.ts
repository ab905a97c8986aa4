import { readFileSync } from 'node:fs';
import { classifyTool } from '../classifier/engine.js';
const [slug, ...names] = process.argv.slice(2);
const s = JSON.parse(readFileSync(`/work/main/data/corpus/servers/${slug}.json`, 'utf8'));
const ctx = { name: s.serverInfo?.name ?? s.package, package: s.package, version: s.version };
for (const t of s.tools) if (names.length === 0 || names.includes(t.name)) {
  for (const learned of [false, true]) {
  const c = classifyTool(t, ctx, { learned });
  console.log(learned ? 'model' : 'rules', t.name, c.access, c.category, c.risk, c.flags.join(','), '\n   ', c.evidence.map(e => `${e.rule}@${e.path}=${e.match.slice(0,30)}`).join(' | '));
  }
}
