import { describe, expect, it } from 'vitest';
import { ALL_RULES, classifyTool } from '../../classifier/index.js';
import { RULE_FIXTURES } from '../fixtures/rule-fixtures.js';

const fired = (tool: unknown, server?: Parameters<typeof classifyTool>[1]) =>
  new Set(classifyTool(tool, server).evidence.map((e) => e.rule));

describe('rule fixtures', () => {
  it('every rule has at least one positive and one negative fixture (meta-test)', () => {
    const missing = ALL_RULES.filter((r) => {
      const f = RULE_FIXTURES[r.id];
      return !f || f.positive.length === 0 || f.negative.length === 0;
    }).map((r) => r.id);
    expect(missing).toEqual([]);
    const stale = Object.keys(RULE_FIXTURES).filter((id) => !ALL_RULES.some((r) => r.id === id));
    expect(stale).toEqual([]);
  });

  it('rule ids are unique and every rule is fully described', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.title.length, r.id).toBeGreaterThan(3);
      expect(r.rationale.length, r.id).toBeGreaterThan(10);
      expect(r.id.startsWith(''), r.id).toBe(true);
    }
  });

  for (const rule of ALL_RULES) {
    const f = RULE_FIXTURES[rule.id];
    if (!f) continue;
    it(`${rule.id}: fires on its positive fixtures and not on its negatives`, () => {
      for (const p of f.positive)
        expect(fired(p.tool, p.server).has(rule.id), `positive ${JSON.stringify(p.tool).slice(0, 120)}`).toBe(
          true,
        );
      for (const n of f.negative)
        expect(fired(n.tool, n.server).has(rule.id), `negative ${JSON.stringify(n.tool).slice(0, 120)}`).toBe(
          false,
        );
    });
  }
});
