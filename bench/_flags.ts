import { loadCorpus } from './corpus.js';
import { classifyTool } from '../classifier/engine.js';
const flag = process.argv[2]!;
const mode = process.argv[3] ?? 'fp';
for (const t of loadCorpus().filter((x) => x.split === 'tuning')) {
  if (!t.label.flags) continue;
  const c = classifyTool(t.tool, t.server);
  const truth = (t.label.flags as string[]).includes(flag);
  const pred = (c.flags as string[]).includes(flag);
  if ((mode === 'fp' && pred && !truth) || (mode === 'fn' && truth && !pred)) {
    const e = c.evidence.filter((x) => x.effect.flag === flag).map((x) => `${x.rule}@${x.path}=${x.match.slice(0, 40)}`);
    console.log(`${t.package} ${t.name}: ${e.join(' | ')}`);
  }
}
