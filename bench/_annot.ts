import { loadCorpus } from './corpus.js';
const c = loadCorpus().filter((t) => t.split === 'tuning');
const cnt: Record<string, number> = {};
for (const t of c) {
  const a = (t.tool as { annotations?: Record<string, unknown> }).annotations;
  const ro = a?.readOnlyHint; const de = a?.destructiveHint;
  const k = `ro=${String(ro)} de=${String(de)} -> ${t.label.access}/${t.label.category}`;
  cnt[k] = (cnt[k] ?? 0) + 1;
}
for (const [k, v] of Object.entries(cnt).sort()) console.log(v, k);
