/**
 * The Intercept export, proved against a model of Intercept written from its Go source
 * (test/support/intercept-model.ts, each function citing the file and lines it ports):
 * - every export of every policy case passes our JSON Schema of Intercept's config
 *   (test/fixtures/intercept-config.schema.json) and the model of its Validate, which Intercept
 *   runs before it starts (cmd/root.go:141-147);
 * - over every policy case x every call sample, Intercept's decision equals decide() or is
 *   stricter, and stricter only for tools whose notes say why. Zero fail-open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { exportIntercept } from '../../classifier/exporters/intercept.js';
import { toolLabel } from '../../classifier/exporters/translate.js';
import type { Condition, Limit, Policy, ToolRule } from '../../core/index.js';
import { parse as parseYaml } from 'yaml';
import {
  callSamples,
  compareDecisions,
  policyCases,
  referenceDecision,
  type CallSample,
  type PolicyCase,
} from '../support/call-samples.js';
import {
  CounterStore,
  Intercept,
  GoInt,
  evalOp,
  goFloat,
  loadConfig,
  parseRateLimit,
  parseToolsCall,
  validateConfig,
  type Config,
} from '../support/intercept-model.js';

const NOW = Date.UTC(2026, 0, 1);
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'intercept-config.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(schema);

/** Schema errors and Validate errors for one exported file (an empty list: Intercept starts). */
function interceptErrors(content: string): { cfg: Config | null; errors: string[] } {
  const errors: string[] = [];
  if (!validateSchema(parseYaml(content, { uniqueKeys: true }) as unknown))
    errors.push(
      ...(validateSchema.errors ?? []).map(
        (e: { instancePath: string; message?: string }) => `schema ${e.instancePath} ${e.message ?? ''}`,
      ),
    );
  let cfg: Config | null = null;
  try {
    cfg = loadConfig(content);
    errors.push(...validateConfig(cfg));
  } catch (err) {
    errors.push(`load: ${(err as Error).message}`);
  }
  return { cfg, errors };
}

const WINDOW_ORDER: Record<string, number> = { second: 0, minute: 1, hour: 2, day: 3 };

/**
 * Intercept's decision for a sample: the call goes through the model's JSON-RPC parsing (Go's
 * encoding/json) and then Handle. A `spent` sample is tried in one world per native limit, where
 * exactly that limit's `max` calls were made in its window (so every Intercept counter of the tool
 * whose window holds that window has counted them); decide() denies in each of those worlds, so
 * Intercept must deny in every one.
 */
function interceptDecision(cfg: Config, rule: ToolRule | undefined, sample: CallSample): 'allow' | 'deny' {
  const params = parseToolsCall(JSON.stringify({ name: sample.name, arguments: sample.arguments }));
  if (params === 'unparsed') return 'allow'; // forwarded unchecked
  const worlds: Array<Limit | undefined> = sample.spent ? (rule?.limits ?? []) : [undefined];
  let decision: 'allow' | 'deny' = 'deny';
  for (const spent of worlds) {
    const store = new CounterStore(NOW);
    if (spent) {
      for (const r of cfg.tools.get(params.name)?.rules ?? []) {
        if (r.state && WINDOW_ORDER[r.state.window]! >= WINDOW_ORDER[spent.window]!)
          store.set(`${params.name}.${r.state.counter}`, spent.max, r.state.window);
      }
    }
    if (new Intercept(cfg, store).handle(params.name, params.args) === 'allow') decision = 'allow';
  }
  return decision;
}

interface Differential {
  totals: {
    policies: number;
    samples: number;
    distinct: number;
    equal: number;
    stricter: number;
    failOpen: number;
  };
  failOpen: string[];
  unexplained: string[];
  invalid: string[];
}

/**
 * Every sample of every case through decide() and through the model of Intercept. A 'stricter'
 * verdict must come with a note naming the tool.
 */
function differential(cases: readonly PolicyCase[]): Differential {
  const d: Differential = {
    totals: { policies: 0, samples: 0, distinct: 0, equal: 0, stricter: 0, failOpen: 0 },
    failOpen: [],
    unexplained: [],
    invalid: [],
  };
  // most tool rules repeat across policies and profiles: each distinct (tool, rule, notes,
  // sample) is decided once and its verdict counted for every policy that has it
  const verdicts = new Map<string, ReturnType<typeof compareDecisions>>();
  for (const c of cases) {
    const out = exportIntercept(c.policy, c.classifications, c.serverName);
    const { cfg, errors } = interceptErrors(out.content);
    if (errors.length > 0 || !cfg) {
      d.invalid.push(`${c.source}: ${errors.slice(0, 3).join('; ')}`);
      continue;
    }
    d.totals.policies++;
    const toolKeys = new Map<string, { key: string; noted: boolean }>();
    for (const sample of callSamples(c.policy)) {
      d.totals.samples++;
      const rule = Object.prototype.hasOwnProperty.call(c.policy.tools, sample.name)
        ? c.policy.tools[sample.name]
        : undefined;
      let tool = toolKeys.get(sample.name);
      if (!tool) {
        const label = `${toolLabel(sample.name)}:`;
        const toolNotes = out.notes.filter((n) => n.startsWith(label));
        tool = { key: JSON.stringify([sample.name, rule, toolNotes]), noted: toolNotes.length > 0 };
        toolKeys.set(sample.name, tool);
      }
      // unlisted and variant names depend on the whole list: those are decided in every policy
      const key = rule
        ? `${tool.key}|${sample.spent === true}|${JSON.stringify(sample.arguments)}`
        : undefined;
      let verdict = key === undefined ? undefined : verdicts.get(key);
      if (verdict === undefined) {
        d.totals.distinct++;
        const ref = referenceDecision(c.policy, sample, NOW).decision;
        const got = interceptDecision(cfg, rule, sample);
        verdict = compareDecisions(ref, got);
        if (key !== undefined) verdicts.set(key, verdict);
        const what = `${c.source}: ${JSON.stringify(sample.name)} ${sample.why}: decide ${ref}, Intercept ${got}`;
        if (verdict === 'stricter' && !tool.noted) d.unexplained.push(what);
        if (verdict === 'fail-open') d.failOpen.push(what);
      }
      if (verdict === 'equal') d.totals.equal++;
      else if (verdict === 'stricter') d.totals.stricter++;
      else d.totals.failOpen++;
    }
  }
  return d;
}

const summary = (what: string, t: Differential['totals']): string =>
  `intercept differential (${what}): policies ${t.policies}, samples ${t.samples} (${t.distinct} distinct), equal ${t.equal}, stricter ${t.stricter}, fail-open ${t.failOpen}`;

/**
 * Rules our classifier does not generate today but the native format allows: every operator as
 * `require` and as `deny_if`, with string, number, boolean, null, list and mixed values, on plain,
 * nested, dotted and hostile keys, and limits in every window (one shared by two tools).
 */
function syntheticCases(): PolicyCase[] {
  const values: Record<string, unknown[]> = {
    eq: ['delete', 5, true, null, ['a'], { k: 'v' }],
    neq: ['keep', 0],
    in: [['a', 'b'], [1, 2], ['a', 1], [true], []],
    not_in: [['a'], [3]],
    lt: [10, -1.5],
    lte: [10],
    gt: [0],
    gte: [2 ** 60],
    regex: ['(?i)^drop\\b', '^[a-z]+$'],
    contains: ['rm ', 5],
    starts_with: ['/etc', ''],
    exists: [undefined, false],
  };
  const paths = [
    'args.q',
    'args.filter.kind',
    'args["item.action"]',
    'args["we\\"ird key"]',
    'args.__proto__',
  ];
  const tools = new Map<string, ToolRule>();
  let i = 0;
  for (const [op, vals] of Object.entries(values))
    for (const value of vals)
      for (const path of paths) {
        const cond = { path, op: op as Condition['op'], ...(value === undefined ? {} : { value }) };
        tools.set(`req_${i}`, { require: [cond] });
        tools.set(`deny_${i}`, { deny_if: [cond] });
        i++;
      }
  const limit = (window: Limit['window'], max: number, counter = 'c'): Limit => ({
    counter,
    window,
    max,
    scope: 'grant',
  });
  tools.set('per_second', { limits: [limit('second', 3)] });
  tools.set('minute_and_day', { limits: [limit('minute', 5), limit('day', 50, 'd')] });
  tools.set('two_per_minute', { limits: [limit('minute', 5), limit('minute', 3, 'e')] });
  tools.set('shared_a', { limits: [limit('hour', 7, 'shared')] });
  tools.set('shared_b', { limits: [limit('hour', 7, 'shared')] });
  tools.set('dotted.name', { limits: [limit('minute', 5)] });
  tools.set('dotted.free', {});
  tools.set('limited_with_args', {
    limits: [limit('minute', 4)],
    deny_if: [{ path: 'args.mode', op: 'in', value: ['drop'] }],
  });
  tools.set('approval', { approval: 'required', limits: [limit('hour', 5)] });
  tools.set('__proto__', { limits: [limit('minute', 2)] });
  tools.set('has\uFFFDreplacement', {});
  const policy: Policy = {
    version: '1',
    default: 'deny',
    hide: ['hidden.tool', '*'],
    tools: Object.fromEntries(tools),
  };
  return [{ source: 'synthetic', serverName: 'synthetic', classifications: [], policy }];
}

describe('intercept: every export is accepted and decides as decide() does, or stricter with a note', () => {
  it('over every fixture and corpus policy: accepted by the schema and Validate, zero fail-open', () => {
    const cases = policyCases();
    const d = differential(cases);
    console.log(summary('fixtures and corpus', d.totals));
    expect(d.invalid).toEqual([]);
    expect(d.failOpen.slice(0, 20)).toEqual([]);
    expect(d.unexplained.slice(0, 20)).toEqual([]);
    expect(d.totals.policies).toBe(cases.length);
  });
  it('over every operator, value type, key shape and window: zero fail-open', () => {
    const d = differential(syntheticCases());
    console.log(summary('synthetic rules', d.totals));
    expect(d.invalid).toEqual([]);
    expect(d.failOpen.slice(0, 20)).toEqual([]);
    expect(d.unexplained.slice(0, 20)).toEqual([]);
    expect(d.totals.equal).toBeGreaterThan(0);
  });
});

// ------------------------------------------------------------------------------- targeted cases

const one = (rule: ToolRule, name = 't'): Policy => ({
  version: '1',
  default: 'deny',
  tools: { [name]: rule },
});

/** Runs one call through the export and the model, beside decide(). */
function both(policy: Policy, name: string, args: Record<string, unknown>, spent = false) {
  const out = exportIntercept(policy, [], 's');
  const { cfg, errors } = interceptErrors(out.content);
  expect(errors).toEqual([]);
  const sample: CallSample = { name, arguments: args, why: 'test', ...(spent ? { spent } : {}) };
  return {
    ref: referenceDecision(policy, sample, NOW).decision,
    got: interceptDecision(cfg!, policy.tools[name], sample),
    out,
  };
}

const minute = (max: number, counter = 'c'): Limit => ({ counter, window: 'minute', max, scope: 'global' });

describe('intercept: the model reproduces the issue, and the export avoids it', () => {
  it('Validate refuses a dotted tool name with rate_limit (validate.go:276 SplitN), as the issue says', () => {
    const yaml = [
      'version: "1"',
      'default: "deny"',
      'tools:',
      '  "files.read":',
      '    rules:',
      '      - name: "rate"',
      '        rate_limit: "5/minute"',
    ].join('\n');
    expect(validateConfig(loadConfig(yaml))).toEqual([
      'tools.files.read.rules[0]: condition references state.files.read._rate_minute but no matching state block found',
    ]);
  });
  it('a dotted tool name with a rate limit is denied, with a note; without a limit it is allowed', () => {
    const limited = both(one({ limits: [minute(5)] }, 'files.read'), 'files.read', {});
    expect([limited.ref, limited.got]).toEqual(['allow', 'deny']);
    expect(limited.out.notes[0]).toMatch(/^"files\.read": the name has a dot and the tool has a rate limit/);
    expect(both(one({}, 'files.read'), 'files.read', {}).got).toBe('allow');
  });
  it('rate limits: the max-th call in a window passes, the next is denied, as in decide()', () => {
    const cfg = loadConfig(exportIntercept(one({ limits: [minute(2)] }), [], 's').content);
    const icpt = new Intercept(cfg, new CounterStore(NOW + 1_000));
    expect([icpt.handle('t', {}), icpt.handle('t', {}), icpt.handle('t', {})]).toEqual([
      'allow',
      'allow',
      'deny',
    ]);
    icpt.store.now = NOW + 60_000; // the next calendar minute (store.go windowStart)
    expect(icpt.handle('t', {})).toBe('allow');
  });
  it('a counter shared by two tools is split between them', () => {
    const policy: Policy = {
      version: '1',
      default: 'deny',
      tools: { a: { limits: [minute(5, 'shared')] }, b: { limits: [minute(5, 'shared')] } },
    };
    const out = exportIntercept(policy, [], 's');
    expect(out.content).toContain('rate_limit: "2/minute"');
    expect(
      out.notes.some((n) => n.startsWith('"a": rate limit 5 per minute is one counter shared by 2 tools')),
    ).toBe(true);
  });
  it('a dotted argument key cannot be addressed (resolve.go splits on dots): the tool is denied', () => {
    const policy = one({ deny_if: [{ path: 'args["item.action"]', op: 'in', value: ['delete'] }] });
    const r = both(policy, 't', { item: { action: 'delete' } });
    expect([r.ref, r.got]).toEqual(['allow', 'deny']);
    expect(both(policy, 't', { 'item.action': 'delete' }).got).toBe('deny');
    expect(r.out.notes[0]).toMatch(/splits argument paths on every dot/);
  });
  it('loose equality: without the type guard, 1 would pass a rule that refuses "1"', () => {
    const policy = one({ deny_if: [{ path: 'args.n', op: 'eq', value: '1' }] });
    // decide(): a number against a string rule cannot be told, so it denies; Intercept's evalEq
    // compares "%v" texts, so the guard (regex "^": strings only) is what denies it
    expect(both(policy, 't', { n: 1 })).toMatchObject({ ref: 'deny', got: 'deny' });
    expect(both(policy, 't', { n: 2 })).toMatchObject({ ref: 'deny', got: 'deny' });
    expect(both(policy, 't', { n: '2' })).toMatchObject({ ref: 'allow', got: 'allow' });
    const yaml = exportIntercept(policy, [], 's').content;
    expect(yaml).toContain('op: "regex"\n            value: "^"');
  });
  it('deny_if exists and boolean comparisons are not expressible: the tool is denied', () => {
    for (const rule of [
      { deny_if: [{ path: 'args.x', op: 'exists' as const }] },
      { deny_if: [{ path: 'args.x', op: 'eq' as const, value: true }] },
      { require: [{ path: 'args.x', op: 'in' as const, value: ['a', 1] }] },
    ]) {
      const r = both(one(rule), 't', {});
      expect(r.got).toBe('deny');
      expect(r.out.notes[0]).toMatch(/^"t": /);
    }
  });
  it('require exists: null counts as missing in Intercept (engine.go:153), with a note', () => {
    const r = both(one({ require: [{ path: 'args.x', op: 'exists' }] }), 't', { x: null });
    expect([r.ref, r.got]).toEqual(['allow', 'deny']);
    expect(r.out.notes.some((n) => n.includes('null'))).toBe(true);
  });
  it('hostile names stay exact keys; "__proto__" is just a tool', () => {
    for (const name of ['__proto__', 'a"b\nc', 'tab\tname', '😀', 'x'.repeat(3000)]) {
      const policy = one({ limits: [minute(3)] }, name);
      expect(both(policy, name, {}).got).toBe('allow');
      expect(both(policy, `${name} `, {}).got).toBe('deny');
    }
  });
});

describe('intercept: the schema refuses what Validate refuses', () => {
  const doc = (rule: object) => ({ version: '1', default: 'deny', tools: { t: { rules: [rule] } } });
  it.each([
    [
      'rate_limit with conditions (validate.go:230)',
      { name: 'r', rate_limit: '5/hour', conditions: [{ path: 'args.a', op: 'eq', value: 1 }] },
    ],
    ['rate_limit with action deny (validate.go:236)', { name: 'r', rate_limit: '5/hour', action: 'deny' }],
    ['a zero count (config.go:131)', { name: 'r', rate_limit: '0/hour' }],
    ['a week window (config.go:135)', { name: 'r', rate_limit: '5/week' }],
    ['no name (validate.go:245)', { rate_limit: '5/hour' }],
    [
      'deny with conditions (validate.go:253)',
      { name: 'r', action: 'deny', conditions: [{ path: 'args.a', op: 'exists', value: true }] },
    ],
    ['evaluate without conditions (validate.go:257)', { name: 'r' }],
    [
      'a path outside args and state (validate.go:298)',
      { name: 'r', conditions: [{ path: 'a', op: 'exists', value: true }] },
    ],
    [
      'an unknown operator (validate.go:302)',
      { name: 'r', conditions: [{ path: 'args.a', op: 'starts_with', value: 'x' }] },
    ],
    [
      'in without a list (validate.go:306)',
      { name: 'r', conditions: [{ path: 'args.a', op: 'in', value: 'x' }] },
    ],
    [
      'lt without a number (validate.go:312)',
      { name: 'r', conditions: [{ path: 'args.a', op: 'lt', value: '1' }] },
    ],
    [
      'exists without a boolean (validate.go:318)',
      { name: 'r', conditions: [{ path: 'args.a', op: 'exists', value: 'yes' }] },
    ],
  ])('%s', (_, rule) => {
    expect(validateSchema(doc(rule))).toBe(false);
  });
  it('accepts what our exports write', () => {
    expect(validateSchema(doc({ name: 'r', rate_limit: '5/hour' }))).toBe(true);
    expect(validateSchema(doc({ name: 'r', action: 'deny', on_deny: 'no' }))).toBe(true);
  });
});

describe("intercept: the model agrees with the cases of Intercept's own Go tests", () => {
  it('internal/engine/engine_test.go: operators (TestOperatorEq, In, NumericComparisons, Contains, Regex)', () => {
    expect(evalOp('eq', new GoInt(50000n), 50000)).toBe(true);
    expect(evalOp('eq', 100, new GoInt(100n))).toBe(true);
    expect(evalOp('eq', 1.1, 1.2)).toBe(false);
    expect(evalOp('eq', true, true)).toBe(true);
    expect(evalOp('in', 'uk', ['us', 'uk', 'de'])).toBe(true);
    expect(evalOp('not_in', 'us', ['us', 'uk'])).toBe(false);
    expect(evalOp('lt', new GoInt(10n), new GoInt(10n))).toBe(false);
    expect(evalOp('lte', new GoInt(10n), new GoInt(10n))).toBe(true);
    expect(evalOp('regex', 'user@example.com', '^[^@]+@[^@]+\\.[^@]+$')).toBe(true);
    expect(evalOp('contains', ['a', 'b', 'c'], 'b')).toBe(true);
    expect(evalOp('contains', 'hello world', 'mars')).toBe(false);
    // TestTypeMismatchLteOnString, RegexOnNumber, ContainsOnNumber
    expect(evalOp('lte', 'abc', new GoInt(10n))).toBe(false);
    expect(evalOp('regex', 42, '^4')).toBe(false);
    expect(evalOp('contains', 42, '4')).toBe(false);
  });
  it('internal/engine/engine_test.go TestOperatorExists: nil counts as missing', () => {
    const yaml = (v: boolean) =>
      `version: "1"\ntools:\n  test:\n    rules:\n      - name: "e"\n        conditions:\n          - path: "args.name"\n            op: "exists"\n            value: ${v}\n`;
    const run = (v: boolean, args: Record<string, null | string>) =>
      new Intercept(loadConfig(yaml(v)), new CounterStore(NOW)).handle('test', args);
    expect([
      run(true, { name: 'alice' }),
      run(true, {}),
      run(false, {}),
      run(false, { name: 'alice' }),
    ]).toEqual(['allow', 'deny', 'allow', 'deny']);
    expect(run(true, { name: null })).toBe('deny');
  });
  it('internal/config/config_test.go TestParseRateLimit', () => {
    expect(parseRateLimit('5/hour')).toEqual({ count: 5, window: 'hour' });
    expect(parseRateLimit('100/minute')).toEqual({ count: 100, window: 'minute' });
    for (const bad of ['five/hour', '0/hour', '-1/hour', '5/week', '5', '', '5/'])
      expect(parseRateLimit(bad)).toBeNull();
  });
});

describe('intercept: engine caveats the export notes (no configuration can change them)', () => {
  it('params that do not parse are forwarded unchecked (jsonrpc.go:71-74)', () => {
    expect(parseToolsCall('{"name":"t","arguments":["x"]}')).toBe('unparsed');
    expect(parseToolsCall('{"name":"t","arguments":{"n":1e400}}')).toBe('unparsed');
  });
  it('Go matches "name" case-insensitively and the last key wins', () => {
    expect(parseToolsCall('{"name":"drop_table","NAME":"list_rows"}')).toMatchObject({ name: 'list_rows' });
    const notes = exportIntercept(one({}), [], 's').notes;
    expect(notes.some((n) => n.includes('tools/call params are read with Go'))).toBe(true);
    expect(notes.some((n) => n.includes('forwarded to the server unchecked'))).toBe(true);
  });
  it('the model prints floats as Go %v does', () => {
    expect([1, 1e6, 123456, 0.0001, 1e-5, 1.5e21, -2.5].map(goFloat)).toEqual([
      '1',
      '1e+06',
      '123456',
      '0.0001',
      '1e-05',
      '1.5e+21',
      '-2.5',
    ]);
  });
});
