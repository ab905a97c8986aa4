import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sha256, canonicalJson, contentHash, isSafeSlug, safeSlug, sha256Hex } from '../../core/index.js';

describe('sha256', () => {
  it('matches node:crypto on known vectors and random input', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('incremental: any split of the input into updates gives the same digest', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.array(fc.nat(400), { maxLength: 6 }),
        (bytes, cuts) => {
          const sha = new Sha256();
          let at = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const end = Math.min(cut, bytes.length);
            if (end < at) continue;
            sha.update(bytes.subarray(at, end));
            at = end;
          }
          sha.update(bytes.subarray(at));
          expect(sha.hex()).toBe(createHash('sha256').update(bytes).digest('hex'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('long strings are encoded slice by slice without splitting a surrogate pair', () => {
    // pairs and lone surrogates across every 64 Ki boundary: the same bytes as encoding the whole string
    const s = `${'a'.repeat(65_535)}😀${'b'.repeat(65_534)}\ud800${'c'.repeat(70_000)}😀\udc00`;
    expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });
});

describe('canonical JSON and content hash', () => {
  const tool = {
    name: 'get_x',
    description: 'Get x',
    inputSchema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number' } } },
  };
  const reordered = {
    inputSchema: { properties: { b: { type: 'number' }, a: { type: 'string' } }, type: 'object' },
    description: 'Get x',
    name: 'get_x',
  };

  it('is stable under key order', () => {
    expect(canonicalJson(tool)).toBe(canonicalJson(reordered));
    expect(contentHash(tool)).toBe(contentHash(reordered));
    expect(contentHash(tool)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('changes with any semantic change, including one parameter description', () => {
    const changed = structuredClone(tool) as typeof tool & {
      inputSchema: { properties: { a: { description?: string } } };
    };
    changed.inputSchema.properties.a.description = 'now described';
    expect(contentHash(changed)).not.toBe(contentHash(tool));
    expect(contentHash({ ...tool, name: 'get_X' })).not.toBe(contentHash(tool));
    expect(contentHash({ ...tool, inputSchema: { ...tool.inputSchema, required: ['a'] } })).not.toBe(
      contentHash(tool),
    );
  });

  it('agrees with JSON.stringify on key-sorted data (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const parsed: unknown = JSON.parse(canonicalJson(v));
        expect(canonicalJson(parsed)).toBe(canonicalJson(v));
      }),
      { numRuns: 200 },
    );
  });

  it('the streamed content hash is the SHA-256 of the canonical JSON, large strings included', () => {
    const hashOf = (v: unknown) =>
      `sha256:${createHash('sha256').update(canonicalJson(v), 'utf8').digest('hex')}`;
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(contentHash(v)).toBe(hashOf(v));
      }),
      { numRuns: 200 },
    );
    const big = {
      name: 'x',
      description: `${'"quoted"\n'.repeat(20_000)}😀${'é'.repeat(65_535)}😀\ud800 end`,
      inputSchema: {
        type: 'object',
        properties: { ['k'.repeat(70_000)]: { description: 'y'.repeat(200_000) } },
      },
    };
    expect(canonicalJson(big)).toBe(canonicalJson(JSON.parse(JSON.stringify(big))));
    expect(JSON.parse(canonicalJson(big))).toEqual(big);
    expect(contentHash(big)).toBe(hashOf(big));
  });

  it('survives 10,000 levels of nesting without overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 10_000; i++) node = { type: 'object', properties: { c: node } };
    expect(contentHash(node)).toMatch(/^sha256:/);
  });

  it('rejects cycles with a typed error', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(/cycle/);
  });
});

describe('safeSlug', () => {
  const hostile = [
    'Delete',
    'delete',
    'caf\u00e9',
    'cafe\u0301',
    '..',
    '.',
    'a/b',
    'a\\b',
    '',
    'x'.repeat(10_000),
    '<script>alert(1)</script>',
    'CON',
    'delete-0123456789',
    '__proto__',
    ' ',
    '\u202etxt.exe',
  ];

  it('is safe, bounded and collision-free on hostile names', () => {
    const slugs = hostile.map(safeSlug);
    for (const s of slugs) {
      expect(isSafeSlug(s), s).toBe(true);
      expect(s.length).toBeLessThanOrEqual(70);
      expect(s).not.toMatch(/[/\\.]/);
    }
    expect(new Set(slugs).size).toBe(hostile.length);
  });

  it('keeps plain names readable and is deterministic', () => {
    expect(safeSlug('run_job')).toBe('run_job');
    expect(safeSlug('get-file')).toBe('get-file');
    expect(safeSlug('Delete')).toBe(safeSlug('Delete'));
    expect(safeSlug('Delete')).toMatch(/^delete-[0-9a-f]{10}$/);
  });

  it('never collides on random names (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 20 }), { minLength: 2, maxLength: 30 }), (names) => {
        expect(new Set(names.map(safeSlug)).size).toBe(names.length);
      }),
      { numRuns: 300 },
    );
  });
});
