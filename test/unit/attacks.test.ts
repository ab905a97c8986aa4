// The attack corpus of data/attacks/ (issue 10): its shape, its labels and its split. Recall is printed by
// `npm run eval`, not asserted here.
import { describe, expect, it } from 'vitest';
import {
  ATTACK_CLASSES,
  carrierValue,
  loadAttackSplit,
  loadAttacks,
  loadHardNegatives,
  spanInCarrier,
  splitOf,
  targetTool,
} from '../../bench/attacks.js';
import { ToolSchema } from '../../core/schemas.js';

describe('attack corpus', () => {
  const attacks = loadAttacks();
  const negatives = loadHardNegatives();
  const split = loadAttackSplit();

  it('holds at least 300 attacks with unique ids', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(300);
    expect(new Set(attacks.map((a) => a.id)).size).toBe(attacks.length);
  });

  it('covers every class, each with at least 12 held out', () => {
    for (const cls of ATTACK_CLASSES) {
      const held = attacks.filter((a) => a.class === cls && splitOf(a.id) === 'heldout');
      expect(held.length, cls).toBeGreaterThanOrEqual(12);
    }
  });

  it('every span occurs, raw, in its carrier field', () => {
    for (const a of attacks) {
      expect(carrierValue(a), `${a.id} ${a.carrier}`).toBeDefined();
      expect(spanInCarrier(a), `${a.id} ${a.carrier}`).toBe(true);
    }
  });

  it('every encoded or invisible attack records what its span decodes to', () => {
    for (const a of attacks.filter((x) => x.class === 'encoded' || x.class === 'invisible')) {
      expect(a.decoded, a.id).toBeTruthy();
      expect(a.decoded).not.toBe(a.span);
    }
  });

  it('a listing names its attacking tool, except for server instructions', () => {
    for (const a of attacks) {
      expect(Boolean(a.tool) !== Boolean(a.server), a.id).toBe(true);
      if (a.carrier === 'server.instructions') expect(a.server?.instructions, a.id).toBeTruthy();
      else expect(targetTool(a), a.id).toBeDefined();
    }
  });

  it('every definition is a valid MCP tool, so an attack is not caught merely for being malformed', () => {
    for (const entry of [...attacks, ...negatives])
      for (const t of entry.tool ? [entry.tool] : entry.server!.tools)
        expect(ToolSchema.safeParse(t).success, entry.id).toBe(true);
  });

  it('the committed split is the hash split, deterministic, about 40% tuning', () => {
    const tuning = attacks.filter((a) => splitOf(a.id) === 'tuning').map((a) => a.id);
    const heldout = attacks.filter((a) => splitOf(a.id) === 'heldout').map((a) => a.id);
    expect(split.tuning).toEqual(tuning);
    expect(split.heldout).toEqual(heldout);
    for (const a of attacks) expect(splitOf(a.id)).toBe(splitOf(a.id));
    const share = tuning.length / attacks.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.5);
  });

  it('holds about 40 hard negatives with unique ids', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(35);
    expect(new Set(negatives.map((n) => n.id)).size).toBe(negatives.length);
  });
});
