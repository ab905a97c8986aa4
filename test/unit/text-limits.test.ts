import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../classifier/index.js';
import { TEXT_LIMITS, boundedJson, buildView, headOf } from '../../classifier/view.js';
import { canonicalJson, contentHash, splitToolList } from '../../core/index.js';
import { countJsonValues } from '../../cli/input.js';

const obj = (properties: Record<string, unknown> = {}) => ({ type: 'object', properties });

describe('text limits: what one tool costs is bounded', () => {
  it('headOf never cuts a surrogate pair in half, and does not copy text that fits', () => {
    expect(headOf('ab😀', 3)).toBe('ab');
    expect(headOf('ab😀', 4)).toBe('ab😀');
    expect(headOf('abc', 10)).toBe('abc');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(50), (s, n) => {
        const h = headOf(s, n);
        expect(s.startsWith(h)).toBe(true);
        expect(h.length).toBeLessThanOrEqual(n);
        expect(h.length).toBeGreaterThanOrEqual(Math.min(s.length, n) - 1);
        expect(/[\ud800-\udbff]$/.test(h)).toBe(false);
      }),
    );
  });

  it('boundedJson is JSON.stringify(v).slice(0, max) for JSON data (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 300 }), (v, max) => {
        expect(boundedJson(v, max)).toBe(JSON.stringify(v).slice(0, max));
      }),
      { numRuns: 500 },
    );
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expect(boundedJson(a, 100)).toBeNull();
  });

  it('a field past 1 MiB is read only up to it: unknown, high, oversized; the hash still covers every byte', () => {
    const head = 'List the items of a folder. ';
    const tool = (tail: string) => ({
      name: 'list_items',
      description: `${head}${'x'.repeat(TEXT_LIMITS.maxFieldChars)}${tail}`,
      inputSchema: obj(),
    });
    const a = classifyTool(tool(' one ending'));
    const b = classifyTool(tool(' another ending'));
    expect(a.access).toBe('unknown');
    expect(a.risk).toBe('high');
    expect(a.flags).toContain('oversized');
    expect(a.evidence.find((e) => e.rule === 'hygiene.text-budget')?.path).toBe('description');
    // labels equal (the tails are past the budget), hashes not: the hash is over the raw definition
    expect({ ...a, hash: '', rationale: '' }).toEqual({ ...b, hash: '', rationale: '' });
    expect(a.hash).not.toBe(b.hash);
    expect(a.hash).toBe(contentHash(tool(' one ending')));
    const view = buildView(tool(' one ending'));
    expect(view.description!.lower.length).toBeLessThanOrEqual(TEXT_LIMITS.maxFieldChars);
    expect(view.agentTexts.every((t) => t.raw.length <= TEXT_LIMITS.maxFieldChars)).toBe(true);
  });

  it("the tool's total is bounded too: five 1 MiB parameter descriptions spend the 4 MiB", () => {
    const props = Object.fromEntries(
      [1, 2, 3, 4, 5].map((i) => [
        `p${i}`,
        { type: 'string', description: 'y'.repeat(TEXT_LIMITS.maxFieldChars) },
      ]),
    );
    const view = buildView({ name: 'list_items', description: 'List items.', inputSchema: obj(props) });
    const read = view.params.reduce((n, p) => n + (p.description?.lower.length ?? 0), 0);
    expect(read).toBeLessThanOrEqual(TEXT_LIMITS.maxToolChars);
    expect(view.textCut).toContain('inputSchema.properties.p5.description');
    expect(
      classifyTool({ name: 'list_items', description: 'List items.', inputSchema: obj(props) }).access,
    ).toBe('unknown');
  });

  it('a huge default array is hashed and scanned without queueing its members (linear, small stack)', () => {
    const tool = {
      name: 'list_items',
      description: 'List items.',
      inputSchema: { type: 'object', default: new Array<number>(2_000_000).fill(0) },
    };
    const started = performance.now();
    const list = splitToolList([tool]);
    const c = classifyTool(list.tools[0]!.tool);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(list.tools[0]!.hash).toBe(c.hash);
    expect(c.access).toBe('read');
    expect(canonicalJson([1, [2, { b: 1, a: [] }]])).toBe('[1,[2,{"a":[],"b":1}]]');
  });

  it('countJsonValues: an upper bound on the values of a JSON text, strings skipped', () => {
    expect(countJsonValues('1')).toBe(1);
    expect(countJsonValues('[1,2,3]')).toBe(4);
    // root, a, 1, {b}, 2, c: the commas and brackets inside the string are not counted
    expect(countJsonValues('{"a":[1,{"b":2}],"c":"x,[{\\",y"}')).toBe(6);
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        let values = 0;
        const walk = (x: unknown): void => {
          values++;
          if (Array.isArray(x)) x.forEach(walk);
          else if (x !== null && typeof x === 'object') Object.values(x).forEach(walk);
        };
        walk(v);
        expect(countJsonValues(JSON.stringify(v))).toBeGreaterThanOrEqual(values);
      }),
    );
    expect(countJsonValues(`[${'0,'.repeat(100)}0]`, 10)).toBe(11);
  });
});
