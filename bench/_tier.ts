import { loadCorpus } from './corpus.js';
import { classifyTool } from '../classifier/engine.js';
const cnt: Record<string, number> = {};
for (const t of loadCorpus()) {
  let tier = '';
  classifyTool(t.tool, t.server, { learned: false, inspect: (_v, r) => { tier = r.tier; } });
  const k = `${t.split} ${tier} ${t.label.access}`;
  cnt[k] = (cnt[k] ?? 0) + 1;
}
for (const [k, v] of Object.entries(cnt).sort()) console.log(v, k);
