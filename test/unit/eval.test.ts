// The corpus and its split, and regression floors for the classifier measured on it. The floors sit just
// under the figures measured when they were set (docs/figures.md): a rule or model change that costs
// accuracy on the held-out servers fails CI. The targets are printed by `npm run eval`; the ones
// not met yet are listed in docs/figures.md rather than asserted here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadSplit } from '../../bench/corpus.js';
import { evaluateSplits } from '../../bench/eval-lib.js';
import { evaluateAttacks, loadAttacks, loadHardNegatives } from '../../bench/attacks.js';
import { MODEL_DATA } from '../../classifier/model.generated.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'data', 'corpus');

describe('hand-labelled corpus', () => {
  const corpus = loadCorpus();
  const { tuning, heldout } = evaluateSplits(corpus);

  it('holds at least 150 servers and 2,500 labelled tools, every tool with a label', () => {
    expect(new Set(corpus.map((t) => t.slug)).size).toBeGreaterThanOrEqual(150);
    expect(corpus.length).toBeGreaterThanOrEqual(2500);
  });

  it('holds out at least 40 servers and 600 tools, none of them from the first round the rules were tuned on', () => {
    expect(heldout.servers).toBeGreaterThanOrEqual(40);
    expect(heldout.tools).toBeGreaterThanOrEqual(600);
    const first = new Set(
      (JSON.parse(readFileSync(join(CORPUS, 'first-round.json'), 'utf8')) as { servers: string[] }).servers,
    );
    for (const slug of loadSplit()) expect(first.has(slug), slug).toBe(false);
  });

  it('the shipped model was trained on the tuning servers only', () => {
    expect(MODEL_DATA).not.toBeNull();
    expect(MODEL_DATA!.trainedOn).toBe(
      `${tuning.tools} tools from ${tuning.servers} tuning servers of data/corpus`,
    );
  });

  it('every tool of every corpus server gets a label (no unknown)', () => {
    expect(tuning.unknown + heldout.unknown).toBe(0);
  });

  // set on the 196 held-out servers of 2026-12-03 (the split grew from 79 when 188 servers from the
  // catalogue snapshot were labelled by hand and split by the hash of their slug, before the
  // classifier ran on them; the new held-out servers brought 44 financial tools where there were 5;
  // it grew again by 21 servers and 583 tools on 2026-12-03, eBay's seller API among them, which
  // brought 26 more financial and 18 more mass-destruction tools)
  it('held-out floors: access, false reads, risk', () => {
    expect(heldout.accessAccuracy).toBeGreaterThanOrEqual(0.87);
    expect(heldout.falseReadShareOfUnsafe).toBeLessThanOrEqual(0.052);
    expect(heldout.riskWithinOne).toBeGreaterThanOrEqual(0.965);
    expect(heldout.riskExact).toBeGreaterThanOrEqual(0.69);
  });

  it('held-out floors: flag precision', () => {
    const p = (f: string) => heldout.flags.find((x) => x.label === f)!.precision;
    expect(p('financial')).toBeGreaterThanOrEqual(0.38);
    expect(p('multi_action')).toBeGreaterThanOrEqual(0.88);
    expect(p('destructive')).toBeGreaterThanOrEqual(0.82);
    expect(p('untrusted_content')).toBeGreaterThanOrEqual(0.66);
    expect(p('mass_destruction')).toBeGreaterThanOrEqual(0.68);
  });

  it('tuning floors (the fit, kept so a change that breaks it is noticed)', () => {
    expect(tuning.accessAccuracy).toBeGreaterThanOrEqual(0.925);
    expect(tuning.falseReadShareOfUnsafe).toBeLessThanOrEqual(0.022);
    expect(tuning.riskExact).toBeGreaterThanOrEqual(0.85);
  });
});

// Floors for the poisoning detection on the attack corpus (data/attacks), under the figures measured when
// they were set (docs/figures.md); the targets (90 % held out) are printed by `npm run eval`.
describe('attack corpus detection floors', () => {
  const report = evaluateAttacks(loadAttacks(), loadHardNegatives(), loadCorpus());
  it('keeps its tuning and held-out recall', () => {
    expect(report.tuning.recall).toBeGreaterThanOrEqual(0.85);
    expect(report.heldout.recall).toBeGreaterThanOrEqual(0.5);
  });
  it('keeps benign false positives and flagged hard negatives low', () => {
    expect(report.benign.rate).toBeLessThanOrEqual(0.005);
    expect(report.hardNegatives.falsePositives.length / report.hardNegatives.n).toBeLessThanOrEqual(0.12);
  });
});
