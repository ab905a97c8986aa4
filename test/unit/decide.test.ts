import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatArgPath, parseArgPath, PolicySchema, type Policy } from '../../core/index.js';
import {
  buildPolicy,
  classifyTool,
  compileNativeRegex,
  conditionHolds,
  decide,
  limitKey,
} from '../../classifier/index.js';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 30);

const policy: Policy = PolicySchema.parse({
  version: '1',
  default: 'deny',
  hide: ['drop_everything'],
  tools: {
    read_file: {},
    run_sql: { deny_if: [{ path: 'args.sql', op: 'regex', value: '(?i)\\bdrop\\b' }] },
    node_management: { deny_if: [{ path: 'args["item.action"]', op: 'in', value: ['drain', 'delete'] }] },
    nested: { deny_if: [{ path: 'args.filter.kind', op: 'eq', value: 'all' }] },
    needs_mode: { require: [{ path: 'args.mode', op: 'eq', value: 'dry-run' }] },
    pay: { approval: 'required', limits: [{ counter: 'pay_rate', window: 'hour', max: 2, scope: 'grant' }] },
    capped: { limits: [{ counter: 'capped_rate', window: 'minute', max: 1, scope: 'grant' }] },
  },
});

const at = (now = NOW, counts: Record<string, number> = {}) => ({ now, counts });

describe('decide(): the reference meaning of a native policy', () => {
  it('allows a listed tool, denies an unlisted one, hides a hidden one', () => {
    expect(decide(policy, { name: 'read_file', arguments: { path: 'a' } }, at()).decision).toBe('allow');
    expect(decide(policy, { name: 'write_file' }, at()).decision).toBe('deny');
    expect(decide(policy, { name: 'drop_everything' }, at()).decision).toBe('hide');
  });

  it('matches names exactly: case, trailing space, zero-width and NFD variants are other tools', () => {
    for (const name of ['Read_File', 'read_file ', 'read\u200bfile', 'read.file', 'read file'])
      expect(decide(policy, { name }, at()).decision, name).toBe('deny');
    const p = PolicySchema.parse({ version: '1', default: 'deny', tools: { 'caf\u00e9': {} } });
    expect(decide(p, { name: 'cafe\u0301' }, at()).decision).toBe('deny');
    expect(decide(p, { name: 'caf\u00e9' }, at()).decision).toBe('allow');
  });

  it('denies a call whose name or arguments are not usable', () => {
    for (const name of [undefined, null, 3, '', ['read_file']])
      expect(decide(policy, { name }, at()).decision).toBe('deny');
    for (const args of [[], 'x', 3, null])
      expect(decide(policy, { name: 'read_file', arguments: args }, at()).decision).toBe('deny');
  });

  it('never treats an inherited property as a listed tool or an argument', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(decide(policy, { name }, at()).decision).toBe('deny');
    const args = JSON.parse('{"__proto__": {"mode": "dry-run"}}') as unknown;
    expect(decide(policy, { name: 'needs_mode', arguments: args }, at()).decision).toBe('deny');
  });

  it('reads a bracketed key as one literal key, dot and all', () => {
    const call = (args: unknown) => decide(policy, { name: 'node_management', arguments: args }, at());
    expect(call({ 'item.action': 'drain' }).decision).toBe('deny');
    expect(call({ item: { action: 'drain' } }).decision).toBe('allow');
    expect(call({ 'item.action': 'list' }).decision).toBe('allow');
    expect(call({}).decision).toBe('allow');
  });

  it('walks nested objects for a dotted path, and fails closed when the walk meets a non-object', () => {
    const call = (args: unknown) => decide(policy, { name: 'nested', arguments: args }, at());
    expect(call({ filter: { kind: 'all' } }).decision).toBe('deny');
    expect(call({ filter: { kind: 'one' } }).decision).toBe('allow');
    expect(call({}).decision).toBe('allow');
    expect(call({ filter: 'all' }).decision).toBe('deny');
    expect(call({ filter: ['all'] }).decision).toBe('deny');
  });

  it('fails closed on a value of the wrong type for the rule', () => {
    const sql = (v: unknown) => decide(policy, { name: 'run_sql', arguments: { sql: v } }, at()).decision;
    expect(sql('select 1')).toBe('allow');
    expect(sql('DROP TABLE x')).toBe('deny');
    expect(sql(['DROP TABLE x'])).toBe('deny');
    expect(sql({ text: 'DROP TABLE x' })).toBe('deny');
    expect(sql(42)).toBe('deny');
    const node = (v: unknown) =>
      decide(policy, { name: 'node_management', arguments: { 'item.action': v } }, at()).decision;
    expect(node(['drain'])).toBe('deny');
    expect(node(1)).toBe('deny');
  });

  it('require holds only when the condition is true', () => {
    const call = (args: unknown) => decide(policy, { name: 'needs_mode', arguments: args }, at()).decision;
    expect(call({ mode: 'dry-run' })).toBe('allow');
    expect(call({ mode: 'apply' })).toBe('deny');
    expect(call({})).toBe('deny');
    expect(call({ mode: 1 })).toBe('deny');
  });

  it('counts calls per fixed UTC window and asks approval only within the limit', () => {
    const first = decide(policy, { name: 'pay', arguments: {} }, at());
    expect(first.decision).toBe('approval');
    expect(first.consume).toEqual([limitKey(policy.tools.pay!.limits![0]!, NOW)]);
    const key = first.consume[0]!;
    expect(decide(policy, { name: 'pay' }, at(NOW, { [key]: 1 })).decision).toBe('approval');
    const spent = decide(policy, { name: 'pay' }, at(NOW, { [key]: 2 }));
    expect(spent.decision).toBe('deny');
    expect(spent.reason).toMatch(/rate limit/);
    // the next hour is a new window
    expect(decide(policy, { name: 'pay' }, at(NOW + 3_600_000, { [key]: 2 })).decision).toBe('approval');
    const capped = limitKey(policy.tools.capped!.limits![0]!, NOW);
    expect(capped).toBe(limitKey(policy.tools.capped!.limits![0]!, Date.UTC(2026, 11, 1, 12, 0, 59)));
    expect(capped).not.toBe(limitKey(policy.tools.capped!.limits![0]!, Date.UTC(2026, 11, 1, 12, 1, 0)));
  });

  it('gives a reason that names the tool and the rule', () => {
    const r = decide(policy, { name: 'run_sql', arguments: { sql: 'drop table t' } }, at());
    expect(r.reason).toContain('args.sql');
    expect(r.condition?.op).toBe('regex');
  });
});

describe('native regular expressions', () => {
  it('reads RE2 syntax with a leading (?i), and fails closed outside the portable dialect', () => {
    expect(compileNativeRegex('(?i)abc')?.test('ABC')).toBe(true);
    expect(compileNativeRegex('a(?=b)')).toBeNull();
    expect(compileNativeRegex('(a)\\1')).toBeNull();
    expect(compileNativeRegex('x(?i)y')).toBeNull();
    const cond = { path: 'args.q', op: 'regex' as const, value: 'a(?=b)' };
    expect(conditionHolds(cond, { q: 'zzz' })).toBeUndefined();
  });

  it('gives . and \\s the meaning RE2 gives them', () => {
    expect(compileNativeRegex('a.b')?.test('a\rb')).toBe(true);
    expect(compileNativeRegex('a.b')?.test('a\nb')).toBe(false);
    expect(compileNativeRegex('a\\sb')?.test('a\u00a0b')).toBe(false);
    expect(compileNativeRegex('a\\sb')?.test('a\tb')).toBe(true);
    expect(compileNativeRegex('^a$')?.test('a\n')).toBe(false);
  });
});

describe('argument paths', () => {
  it('round-trips any key through formatArgPath and parseArgPath', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        (keys) => {
          expect(parseArgPath(formatArgPath(keys))).toEqual(keys);
        },
      ),
    );
  });

  it('writes a key with a dot, a quote or a space in brackets', () => {
    expect(formatArgPath(['item.action'])).toBe('args["item.action"]');
    expect(formatArgPath(['a b'])).toBe('args["a b"]');
    expect(formatArgPath(['say"hi'])).toBe('args["say\\"hi"]');
    expect(formatArgPath(['query'])).toBe('args.query');
    expect(parseArgPath('args.a[b]')).toBeNull();
    expect(parseArgPath('args')).toBeNull();
    expect(parseArgPath('args[""]')).toBeNull();
  });

  it('gives a parameter named with a dot its own argument rule', () => {
    for (const [name, rule] of [
      ['sql.text', 'regex'],
      ['target.url', 'regex'],
    ] as const) {
      const c = classifyTool({
        name: name === 'sql.text' ? 'run_query' : 'fetch_url',
        description: name === 'sql.text' ? 'Run a SQL query against the database.' : 'Fetch a URL.',
        inputSchema: {
          type: 'object',
          properties: {
            [name]: {
              type: 'string',
              description: name === 'sql.text' ? 'SQL statement to run' : 'URL to fetch',
            },
          },
        },
      });
      const p = buildPolicy([c]);
      const conds = Object.values(p.tools).flatMap((r) => r.deny_if ?? []);
      expect(
        conds.some((x) => x.path === formatArgPath([name]) && x.op === rule),
        name,
      ).toBe(true);
    }
  });
});

describe('argument rules cover every parameter they should', () => {
  it('move_file checks the destination as well as the source', () => {
    const c = classifyTool({
      name: 'move_file',
      description: 'Move or rename a file in the allowed directories of the local filesystem.',
      inputSchema: {
        type: 'object',
        properties: { source: { type: 'string' }, destination: { type: 'string' } },
      },
    });
    const p = buildPolicy([c]);
    const paths = (p.tools.move_file?.deny_if ?? []).map((x) => x.path).sort();
    expect(paths).toEqual(['args.destination', 'args.source']);
    const call = (args: Record<string, unknown>) =>
      decide(p, { name: 'move_file', arguments: args }, at()).decision;
    expect(call({ source: 'notes/a.txt', destination: '../../home/u/.ssh/authorized_keys' })).toBe('deny');
    expect(call({ source: '.ssh/id_rsa', destination: 'notes/b.txt' })).toBe('deny');
  });
});
