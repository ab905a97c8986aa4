// The eval targets of issue 2, held by a test: a rule change that costs accuracy on the corpus fails CI.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../bench/corpus.js';
import { evaluate, TARGETS } from '../../bench/eval-lib.js';

describe('hand-labelled corpus', () => {
  const corpus = loadCorpus();
  const report = evaluate(corpus);

  it('has at least 20 real servers and 300 labelled tools', () => {
    expect(report.servers).toBeGreaterThanOrEqual(20);
    expect(report.tools).toBeGreaterThanOrEqual(300);
  });

  it(`access accuracy >= ${TARGETS.accessAccuracy * 100}%`, () => {
    expect(report.accessAccuracy).toBeGreaterThanOrEqual(TARGETS.accessAccuracy);
  });

  it(`false-read rate <= ${TARGETS.falseReadRate * 100}% (over predicted read and over truly unsafe)`, () => {
    expect(report.falseReadRate).toBeLessThanOrEqual(TARGETS.falseReadRate);
    expect(report.falseReadShareOfUnsafe).toBeLessThanOrEqual(TARGETS.falseReadRate);
  });

  it(`risk within one level >= ${TARGETS.riskWithinOne * 100}%`, () => {
    expect(report.riskWithinOne).toBeGreaterThanOrEqual(TARGETS.riskWithinOne);
  });
});
