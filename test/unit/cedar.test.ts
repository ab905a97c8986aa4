/**
 * The Cedar exports proven by Cedar itself (@cedar-policy/cedar-wasm, the Rust engine): every
 * export parses and validates against the schema shipped beside it, and every call sample of every
 * policy case is decided, in each consumer's request model, as decide() decides it, or stricter
 * where a note says the target cannot express the rule. Zero fail-open cases.
 *
 * The request models are built the way each engine builds them (see the exporters' headers for the
 * sources): ToolHive from its Go source, Docker's gateway from its published policy reference,
 * where the docs leave a choice open, every reading is tested.
 */
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicy, classifyServer } from '../../classifier/index.js';
import type { CedarStatement } from '../../classifier/exporters/cedar.js';
import { cedarString, conditionGuard } from '../../classifier/exporters/cedar.js';
import { dockerStatements, exportCedarDocker } from '../../classifier/exporters/cedar-docker.js';
import { exportCedarToolhive, toolhiveStatements } from '../../classifier/exporters/cedar-toolhive.js';
import { toolLabel } from '../../classifier/exporters/translate.js';
import type { Condition, Policy, ServerContext, ToolRule } from '../../core/index.js';
import {
  callSamples,
  compareDecisions,
  policyCases,
  referenceDecision,
  type CallSample,
} from '../support/call-samples.js';

type Engine = 'allow' | 'deny' | 'ask';
type Json = cedar.CedarValueJson;

// ------------------------------------------------------------------ ToolHive's request model

/**
 * Go's encoding/json replaces an unpaired surrogate escape with U+FFFD ("invalid UTF-16 surrogate
 * pairs are not treated as an error. Instead, they are replaced by the Unicode replacement
 * character"); ToolHive decodes params with it (pkg/mcp/parser.go extractResourceAndArguments).
 */
const goString = (s: string): string => {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += cp >= 0xd800 && cp <= 0xdfff ? '\uFFFD' : ch;
  }
  return out;
};

/**
 * cedar-go's NewDecimalFromFloat (types/decimal.go): f * 10^4, an error beyond int64, else the
 * value truncated to four places. ToolHive's convertFloatToCedar drops the value on that error.
 */
function goDecimal(f: number): Json | undefined {
  const scaled = f * 10_000;
  // float64 comparisons against 2^63, as Go's `f > math.MaxInt64` converts the constant
  if (scaled > 2 ** 63 || scaled < -(2 ** 63)) return undefined;
  const v = BigInt(Math.trunc(scaled));
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const text = `${neg ? '-' : ''}${abs / 10_000n}.${(abs % 10_000n).toString().padStart(4, '0')}`;
  return { __extn: { fn: 'decimal', arg: text } };
}

/**
 * pkg/authz/authorizers/cedar/core.go preprocessArguments: `arg_<key>` for a string, bool or
 * number (float64 from encoding/json), `arg_<key>_present: true` for anything else; then
 * convertMapToCedarRecord, where a float becomes a decimal (or is dropped). Go iterates maps in
 * random order, so where two keys collide either may win: both orders are returned.
 */
function toolhiveArgs(args: Record<string, unknown>): Array<Record<string, Json>> {
  const entries: Array<[string, Json]> = [];
  for (const [rawKey, v] of Object.entries(args)) {
    const k = `arg_${goString(rawKey)}`;
    if (typeof v === 'string') entries.push([k, goString(v)]);
    else if (typeof v === 'boolean') entries.push([k, v]);
    else if (typeof v === 'number') {
      const d = goDecimal(v);
      if (d !== undefined) entries.push([k, d]);
    } else entries.push([`${k}_present`, true]);
  }
  const build = (list: Array<[string, Json]>) => {
    const out = new Map<string, Json>();
    for (const [k, v] of list) out.set(k, v);
    return Object.fromEntries(out) as Record<string, Json>;
  };
  const keys = entries.map(([k]) => k);
  const collides = new Set(keys).size !== keys.length;
  return collides ? [build(entries), build([...entries].reverse())] : [build(entries)];
}

interface CedarRequest {
  principal: cedar.EntityUid;
  action: cedar.EntityUid;
  resource: cedar.EntityUid;
  context: cedar.Context;
  entities: cedar.Entities;
}

/** authorizeToolCall + CreateEntitiesForRequest: one request per reading of the arguments. */
function toolhiveRequests(sample: CallSample): CedarRequest[] {
  const name = goString(sample.name);
  const claims = { claim_sub: 'agent-1' };
  return toolhiveArgs(sample.arguments).map((args) => {
    const principal = { type: 'Client', id: 'agent-1' };
    const action = { type: 'Action', id: 'call_tool' };
    const resource = { type: 'Tool', id: name };
    return {
      principal,
      action,
      resource,
      // mergeContexts(claimsMap, attrsMap)
      context: { ...claims, ...args },
      entities: [
        { uid: principal, attrs: claims, parents: [] },
        { uid: action, attrs: { operation: 'call_tool' }, parents: [] },
        {
          uid: resource,
          // mergeContexts(annotationAttrs, attrsMap, {name, operation, feature}); parent MCP::"<server>"
          attrs: { ...args, name, operation: 'call', feature: 'tool' },
          parents: [{ type: 'MCP', id: 'srv' }],
        },
      ],
    };
  });
}

// ------------------------------------------------------------------ Docker's request model

/**
 * The docs say `context.args` holds "object-shaped tool arguments" and "Unsupported or malformed
 * arguments are omitted", but not which values are supported. Readings tested:
 * - per-field: strings, booleans and integers are carried (Long), other numbers and nulls are
 *   omitted, arrays become sets and objects records;
 * - whole: the same, but any unsupported value anywhere omits `args` altogether;
 * - remote: a remote server's requests carry no `args`.
 */
type DockerReading = 'per-field' | 'whole' | 'remote';
const DOCKER_READINGS: DockerReading[] = ['per-field', 'whole', 'remote'];

function dockerValue(v: unknown): { ok: boolean; value?: Json } {
  if (typeof v === 'string') return { ok: true, value: goString(v) };
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (typeof v === 'number') return Number.isSafeInteger(v) ? { ok: true, value: v } : { ok: false };
  if (Array.isArray(v)) {
    const items = v.map(dockerValue);
    return { ok: items.every((i) => i.ok), value: items.filter((i) => i.ok).map((i) => i.value!) };
  }
  if (v !== null && typeof v === 'object') {
    const out = new Map<string, Json>();
    let ok = true;
    for (const [k, x] of Object.entries(v)) {
      const c = dockerValue(x);
      if (c.ok) out.set(goString(k), c.value!);
      else ok = false;
    }
    return { ok, value: Object.fromEntries(out) };
  }
  return { ok: false };
}

function dockerRequest(sample: CallSample, server: string, reading: DockerReading): CedarRequest {
  const converted = dockerValue(sample.arguments);
  const withArgs = reading === 'per-field' || (reading === 'whole' && converted.ok);
  const principal = { type: 'MCP::User', id: 'agent-1' };
  // the entity id is not documented ("Use resource.name"): an opaque one, so no policy can lean on it
  const resource = { type: 'MCP::Tool', id: `opaque-${sample.name.length}` };
  return {
    principal,
    action: { type: 'MCP::Action', id: 'invokeTool' },
    resource,
    context: withArgs ? { args: converted.value! } : {},
    entities: [
      { uid: principal, attrs: {}, parents: [] },
      { uid: { type: 'MCP::Server', id: server }, attrs: {}, parents: [] },
      {
        uid: resource,
        // readOnly etc. as the docs default them for a tool that declares nothing
        attrs: {
          name: goString(sample.name),
          readOnly: false,
          destructive: true,
          idempotent: false,
          openWorld: true,
        },
        parents: [{ type: 'MCP::Server', id: server }],
      },
    ],
  };
}

// ------------------------------------------------------------------ evaluation

/**
 * Statements as a static policy set with stable ids (ToolHive names them policy0, policy1, ... in
 * NewCedarAuthorizer), and the ids that carry @requireApproval. The exporter writes the annotation
 * first; the validation test checks with Cedar's parser that it is read as an annotation.
 */
function policySet(texts: readonly string[]): { set: Record<string, string>; approval: Set<string> } {
  const set: Record<string, string> = {};
  const approval = new Set<string>();
  texts.forEach((t, i) => {
    set[`policy${i}`] = t;
    if (t.startsWith('@requireApproval(')) approval.add(`policy${i}`);
  });
  return { set, approval };
}

function authorize(set: Record<string, string>, req: CedarRequest): cedar.Response {
  const answer = cedar.isAuthorized({ ...req, policies: { staticPolicies: set } });
  if (answer.type !== 'success') throw new Error(JSON.stringify(answer.errors));
  return answer.response;
}

/** core.go IsAuthorized: any diagnostic error denies; otherwise Cedar's decision. */
function toolhiveDecision(set: Record<string, string>, sample: CallSample): Engine {
  // every reading of a colliding argument must allow for the call to be allowed
  for (const req of toolhiveRequests(sample)) {
    const r = authorize(set, req);
    if (r.diagnostics.errors.length > 0 || r.decision !== 'allow') return 'deny';
  }
  return 'allow';
}

/** Cedar's decision; an allow that a @requireApproval permit contributed to asks. */
function dockerDecision(
  { set, approval }: { set: Record<string, string>; approval: Set<string> },
  sample: CallSample,
  server: string,
  reading: DockerReading,
): Engine {
  const r = authorize(set, dockerRequest(sample, server, reading));
  if (r.decision !== 'allow') return 'deny';
  return r.diagnostics.reason.some((id) => approval.has(id)) ? 'ask' : 'allow';
}

function validates(schema: string, set: Record<string, string>): string[] {
  const answer = cedar.validate({
    schema: JSON.parse(schema) as cedar.SchemaJson<string>,
    policies: { staticPolicies: set },
    validationSettings: { mode: 'strict' },
  });
  if (answer.type !== 'success') return answer.errors.map((e) => e.message);
  return answer.validationErrors.map((e) => `${e.policyId}: ${e.error.message}`);
}

// ------------------------------------------------------------------ the differential run

interface Tally {
  policies: number;
  samples: number;
  equal: number;
  stricter: number;
  'fail-open': number;
}
const tally = (): Tally => ({ policies: 0, samples: 0, equal: 0, stricter: 0, 'fail-open': 0 });

/** Whether any statement reads the request's context (the only place arguments reach). */
const readsContext = (text: string): boolean => /\bcontext\b/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""'));

/** Names whose Cedar literal is the name itself in quotes, so a textual renaming is exact. */
const PLAIN = /^[A-Za-z0-9_.-]{1,64}$/;

/** One tool's statements in one export, with what the cache needs to know about them. */
interface ToolStatements {
  texts: string[];
  /** a statement reads the context: the arguments (and the Docker reading) matter */
  reads: boolean;
  /**
   * The cache key for calls to this tool, arguments aside. An empty set denies every request
   * (Cedar's default) and is evaluated once. Statements are keyed by their shape: the tool's (and
   * the server's) literal renamed, when the name is plain, so `forbid (... Tool::"a")` is evaluated
   * once for every plain name; hostile names are always evaluated with their own text.
   */
  key: string;
  /** the export has a note about this tool */
  noted: boolean;
}

function toolStatements(
  tool: string,
  texts: string[],
  server: string,
  notes: readonly string[],
): ToolStatements {
  const reads = texts.some(readsContext);
  const label = `${toolLabel(tool)}:`;
  const noted = notes.some((n) => n.startsWith(label));
  if (texts.length === 0) return { texts, reads, key: '(none)', noted };
  if (!PLAIN.test(tool) || !PLAIN.test(server) || tool === server)
    return { texts, reads, key: `${server}\0${tool}\0${texts.join('\0')}`, noted };
  const shape = texts
    .map((t) => t.split(cedarString(tool)).join('<tool>').split(cedarString(server)).join('<server>'))
    .join('\0');
  return { texts, reads, key: shape, noted };
}

/** The statements about one tool, by tool name. */
const byTool = (statements: readonly CedarStatement[]): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const s of statements) out.set(s.tool, [...(out.get(s.tool) ?? []), s.text]);
  return out;
};

describe('cedar: exports accepted by Cedar and decided like decide() in each engine', () => {
  const cases = policyCases();

  it('every export parses and validates against the schema shipped beside it', () => {
    // statements grouped by the schema they ship with, so each schema is validated once against
    // every distinct statement that comes with it
    const bySchema = new Map<string, Set<string>>();
    for (const c of cases) {
      for (const exported of [
        exportCedarToolhive(c.policy, c.classifications, c.serverName),
        exportCedarDocker(c.policy, c.classifications, c.serverName),
      ]) {
        const schema = exported.extraFiles?.[0]?.content;
        expect(schema, c.source).toBeDefined();
        const texts =
          exported.target === 'cedar-toolhive'
            ? (JSON.parse(exported.content) as { cedar: { policies: string[] } }).cedar.policies
            : splitPolicies(exported.content);
        const group = bySchema.get(schema!) ?? new Set<string>();
        for (const t of texts) group.add(t);
        bySchema.set(schema!, group);
      }
    }
    for (const [schema, texts] of bySchema) {
      expect(cedar.checkParseSchema(JSON.parse(schema) as cedar.SchemaJson<string>).type).toBe('success');
      const { set, approval } = policySet([...texts]);
      expect(validates(schema, set)).toEqual([]);
      // what the decision run takes for @requireApproval is what Cedar reads as that annotation
      for (const id of approval) {
        const json = cedar.policyToJson(set[id]!);
        expect(json.type === 'success' && Object.hasOwn(json.json.annotations ?? {}, 'requireApproval')).toBe(
          true,
        );
      }
    }
  }, 120_000);

  it('every sample of every policy case: equal or noted-stricter, zero fail-open', () => {
    const th = tally();
    const dk = tally();
    const failures: string[] = [];
    // deduplicated: a call's decision depends only on its tool's statements (every statement is
    // scoped to one tool; 'the whole exported file' below checks that on the fixture servers)
    const cache = new Map<string, Engine>();
    const cached = (key: string, f: () => Engine): Engine => {
      let v = cache.get(key);
      if (v === undefined) cache.set(key, (v = f()));
      return v;
    };
    for (const c of cases) {
      const samples = callSamples(c.policy);
      const thPlan = toolhiveStatements(c.policy, c.classifications);
      const dkPlan = dockerStatements(c.policy, c.classifications, c.serverName);
      const thTools = byTool(thPlan.statements);
      const dkTools = byTool(dkPlan.statements);
      const info = new Map<string, { th: ToolStatements; dk: ToolStatements }>();
      const infoFor = (name: string) => {
        let i = info.get(name);
        if (!i) {
          i = {
            th: toolStatements(name, thTools.get(name) ?? [], c.serverName, thPlan.notes),
            dk: toolStatements(name, dkTools.get(name) ?? [], c.serverName, dkPlan.notes),
          };
          info.set(name, i);
        }
        return i;
      };
      th.policies++;
      dk.policies++;
      for (const s of samples) {
        const ref = referenceDecision(c.policy, s).decision;
        const { th: thInfo, dk: dkInfo } = infoFor(s.name);
        const args = thInfo.reads || dkInfo.reads ? JSON.stringify([s.name, s.arguments]) : '';
        const check = (t: Tally, engine: string, got: Engine, noted: boolean) => {
          const verdict = compareDecisions(ref, got);
          t.samples++;
          t[verdict]++;
          if (verdict === 'fail-open')
            failures.push(
              `${engine} ${c.source} ${toolLabel(s.name)} ${s.why}: ${got} where decide() says ${ref}`,
            );
          if (verdict === 'stricter' && !noted)
            failures.push(
              `${engine} ${c.source} ${toolLabel(s.name)} ${s.why}: stricter (${got}) without a note`,
            );
        };
        check(
          th,
          'toolhive',
          cached(`th\0${thInfo.key}\0${thInfo.reads ? args : ''}`, () =>
            toolhiveDecision(policySet(thInfo.texts).set, s),
          ),
          thInfo.noted,
        );
        for (const reading of DOCKER_READINGS) {
          // without a context reference the readings are the same request to the policies
          const key = dkInfo.reads ? `${reading}\0${dkInfo.key}\0${args}` : `any\0${dkInfo.key}`;
          check(
            dk,
            `docker (${reading})`,
            cached(`dk\0${key}`, () => dockerDecision(policySet(dkInfo.texts), s, c.serverName, reading)),
            dkInfo.noted,
          );
        }
      }
    }
    console.log(
      `cedar differential (${cache.size} engine evaluations after deduplication): toolhive ${JSON.stringify(th)}; docker, 3 readings ${JSON.stringify(dk)}`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(th['fail-open'] + dk['fail-open']).toBe(0);
    expect(th.samples).toBeGreaterThan(100_000);
  }, 120_000);
});

/** A Docker export's statements: split with Cedar's own parser. */
function splitPolicies(text: string): string[] {
  const parts = cedar.policySetTextToParts(text);
  if (parts.type !== 'success') throw new Error(JSON.stringify(parts.errors));
  return parts.policies;
}

// ------------------------------------------------------------------ targeted cases

const one = (tools: Record<string, ToolRule>, hide: string[] = []): Policy => ({
  version: '1',
  default: 'deny',
  ...(hide.length > 0 ? { hide } : {}),
  tools,
});
const limit = { counter: 'c', window: 'minute', max: 10, scope: 'grant' } as const;
const sample = (name: string, args: Record<string, unknown> = {}): CallSample => ({
  name,
  arguments: args,
  why: 'targeted',
});

function toolhiveOf(policy: Policy, extra: string[] = []) {
  const out = exportCedarToolhive(policy, [], 'srv');
  const texts = [...(JSON.parse(out.content) as { cedar: { policies: string[] } }).cedar.policies, ...extra];
  return { out, decide: (s: CallSample) => toolhiveDecision(policySet(texts).set, s) };
}
function dockerOf(policy: Policy, extra: string[] = []) {
  const out = exportCedarDocker(policy, [], 'srv');
  const set = policySet([...splitPolicies(out.content), ...extra]);
  return {
    out,
    decide: (s: CallSample, reading: DockerReading = 'per-field') => dockerDecision(set, s, 'srv', reading),
  };
}

/** A string argument that passes the condition, when one does. */
function passingValue(c: Condition, kind: 'deny_if' | 'require'): string | null {
  const strings = typeof c.value === 'string' || (Array.isArray(c.value) && typeof c.value[0] === 'string');
  if (!strings) return null;
  const table: Record<string, [deny: string, require: string]> = {
    eq: ['zzz', 'x'],
    neq: ['x', 'zzz'],
    in: ['zzz', 'b*'],
    not_in: ['a', 'zzz'],
    contains: ['zzz', 'a*b'],
    starts_with: ['zzz', '/tmp/a'],
  };
  return table[c.op]?.[kind === 'deny_if' ? 0 : 1] ?? null;
}

describe('cedar: targeted cases', () => {
  const mixed = one(
    {
      read: {},
      regex: { deny_if: [{ path: 'args.command', op: 'regex', value: 'rm' }] },
      approve: { approval: 'required', limits: [limit] },
      limited: { limits: [limit] },
      node_management: { deny_if: [{ path: 'args.operation', op: 'in', value: ['drain', 'delete'] }] },
    },
    ['hidden'],
  );

  it('node_management with operation=drain is denied, in every engine and reading', () => {
    const drain = sample('node_management', { operation: 'drain' });
    expect(toolhiveOf(mixed).decide(drain)).toBe('deny');
    for (const r of DOCKER_READINGS) expect(dockerOf(mixed).decide(drain, r)).toBe('deny');
    expect(toolhiveOf(mixed).decide(sample('node_management', { operation: 'status' }))).toBe('allow');
    expect(dockerOf(mixed).decide(sample('node_management', { operation: 'status' }))).toBe('allow');
  });

  it('wrong types, huge numbers, dotted keys and colliding keys never pass a guard', () => {
    const th = toolhiveOf(mixed);
    const dk = dockerOf(mixed);
    const bad: Array<Record<string, unknown>> = [
      { operation: 1 },
      { operation: true },
      { operation: null },
      { operation: ['drain'] },
      { operation: { value: 'drain' } },
      { operation: 1e300 }, // ToolHive drops it from the context: looks absent
      { operation: 'DRAIN' }, // allowed: not in the list, exactly as decide() says
      { 'operation.x': 'drain' },
      {},
    ];
    for (const args of bad) {
      const s = sample('node_management', args);
      const ref = referenceDecision(mixed, s).decision;
      expect(compareDecisions(ref, th.decide(s)), JSON.stringify(args)).not.toBe('fail-open');
      for (const r of DOCKER_READINGS)
        expect(compareDecisions(ref, dk.decide(s, r)), `${r} ${JSON.stringify(args)}`).not.toBe('fail-open');
    }
    // ToolHive: `x_present` is what a complex `x` becomes, so a rule on it is not trusted
    const present = one({ t: { require: [{ path: 'args.x_present', op: 'eq', value: true }] } });
    expect(toolhiveOf(present).decide(sample('t', { x: {} }))).toBe('deny');
    expect(toolhiveOf(present).out.notes.join('\n')).toMatch(/arg_<key>_present/);
  });

  it('a broader permit in the same store cannot allow hidden, regex, approval or rate-limited tools', () => {
    const th = toolhiveOf(mixed, ['permit (principal, action, resource);']);
    const dk = dockerOf(mixed, ['permit (principal, action, resource);']);
    for (const name of ['hidden', 'regex', 'approve', 'limited']) {
      expect(th.decide(sample(name)), name).toBe('deny');
      for (const r of DOCKER_READINGS) expect(dk.decide(sample(name), r), `${r} ${name}`).toBe('deny');
    }
    // and the definite hit of an expressible deny_if is a forbid of its own
    expect(th.decide(sample('node_management', { operation: 'drain' }))).toBe('deny');
    expect(dk.decide(sample('node_management', { operation: 'drain' }))).toBe('deny');
  });

  it('Docker: approval without a limit is @requireApproval, which a broader permit cannot bypass', () => {
    const p = one({
      pay: { approval: 'required' },
      refund: { approval: 'required', deny_if: [{ path: 'args.mode', op: 'eq', value: 'all' }] },
    });
    const dk = dockerOf(p, ['permit (principal, action, resource);']);
    expect(dk.out.content).toContain('@requireApproval("mcp-risk: pay needs approval")');
    for (const r of DOCKER_READINGS) {
      expect(dk.decide(sample('pay', { mode: 'one' }), r)).toBe('ask');
      expect(dockerOf(p).decide(sample('pay'), r)).toBe('ask');
      // approval with argument rules is forbidden: guards on an approval permit would let the
      // broader permit allow what they cannot check (here: a remote server's call without args)
      expect(dk.decide(sample('refund', { mode: 'one' }), r)).toBe('deny');
    }
    expect(dk.out.notes.join('\n')).toMatch(
      /^"refund": forbidden in Docker's MCP gateway: it needs approval and has argument rules/m,
    );
    // ToolHive cannot ask: forbidden, with a note
    expect(toolhiveOf(p).decide(sample('pay'))).toBe('deny');
    expect(toolhiveOf(p).out.notes[0]).toMatch(/^"pay": forbidden in ToolHive: it needs approval/);
  });

  it('the expressible operators decide like decide() on every sample', () => {
    const conds: Array<[Condition, 'deny_if' | 'require']> = [];
    const path = 'args["item.action"]';
    for (const kind of ['deny_if', 'require'] as const)
      for (const c of [
        { path, op: 'eq', value: 'x' },
        { path, op: 'neq', value: 'x' },
        { path, op: 'eq', value: true },
        { path, op: 'neq', value: false },
        { path, op: 'in', value: ['a', 'b*'] },
        { path, op: 'not_in', value: ['a'] },
        { path, op: 'in', value: [true] },
        { path, op: 'contains', value: 'a*b' },
        { path, op: 'starts_with', value: '/tmp/' },
      ] as Condition[])
        conds.push([c, kind]);
    for (const [c, kind] of conds) {
      expect(
        'pass' in conditionGuard(c, kind, { value: (k) => k, present: (k) => k }),
        JSON.stringify(c),
      ).toBe(true);
      const p = one({ t: { [kind]: [c] } });
      const th = toolhiveOf(p);
      const dk = dockerOf(p);
      for (const s of callSamples(p)) {
        const ref = referenceDecision(p, s).decision;
        expect(
          compareDecisions(ref, th.decide(s)),
          `toolhive ${kind} ${JSON.stringify(c)} ${s.why}`,
        ).not.toBe('fail-open');
        for (const r of DOCKER_READINGS)
          expect(
            compareDecisions(ref, dk.decide(s, r)),
            `${r} ${kind} ${JSON.stringify(c)} ${s.why}`,
          ).not.toBe('fail-open');
      }
      // a call that passes the rule with the argument present is allowed (the guard is not just `false`)
      const passing = passingValue(c, kind);
      if (passing !== null) {
        const s = sample('t', { 'item.action': passing });
        expect(referenceDecision(p, s).decision, `${kind} ${JSON.stringify(c)}`).toBe('allow');
        expect(th.decide(s), `toolhive ${kind} ${JSON.stringify(c)}`).toBe('allow');
        expect(dk.decide(s), `docker ${kind} ${JSON.stringify(c)}`).toBe('allow');
      }
    }
  });

  it('the rules Cedar cannot express forbid the tool, with a note naming the rule', () => {
    for (const c of [
      { path: 'args.q', op: 'regex', value: 'x' },
      { path: 'args.q', op: 'lt', value: 3 },
      { path: 'args.q', op: 'eq', value: 1.5 },
      { path: 'args.q', op: 'eq', value: null },
      { path: 'args.q', op: 'in', value: ['a', 1] },
      { path: 'args.q', op: 'exists' },
      { path: 'args.a.b', op: 'eq', value: 'x' },
    ] as Condition[]) {
      const p = one({ t: { deny_if: [c] } });
      for (const out of [exportCedarToolhive(p, [], 'srv'), exportCedarDocker(p, [], 'srv')]) {
        expect(out.content, JSON.stringify(c)).not.toMatch(/^("|)permit/m);
        expect(out.notes[0], JSON.stringify(c)).toContain(`deny_if ${c.path} ${c.op}`);
      }
    }
  });

  it('hostile names are exact literals: the name is allowed, its variants and neighbours are not', () => {
    const names = [
      'a"b',
      'back\\slash',
      'trailing\\',
      'new\nline',
      '__proto__',
      'constructor',
      'item.action',
      'Tool::"x"',
      'x"); permit (principal, action, resource); //',
      '*',
      'rtl\u202Eexe',
      'zero\u200Bwidth',
      'x'.repeat(10_000),
      '\u{1F600}',
    ];
    const p = one(Object.fromEntries(names.map((n) => [n, {}])));
    const th = toolhiveOf(p);
    const dk = dockerOf(p);
    for (const n of names) {
      expect(th.decide(sample(n)), n).toBe('allow');
      expect(dk.decide(sample(n)), n).toBe('allow');
    }
    for (const s of callSamples(p)) {
      const ref = referenceDecision(p, s).decision;
      expect(compareDecisions(ref, th.decide(s)), s.why).toBe('equal');
      expect(compareDecisions(ref, dk.decide(s)), s.why).toBe('equal');
    }
    // U+FFFD is what Go makes of an unpaired surrogate: ToolHive forbids the tool, with a note
    const fffd = one({ 'a\uFFFDb': {} });
    expect(toolhiveOf(fffd).decide(sample('a\uD800b'))).toBe('deny');
    expect(toolhiveOf(fffd).out.notes[0]).toMatch(/U\+FFFD/);
  });

  it('on the fixture servers, the whole exported file decides like the per-tool statements', () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'tool-lists');
    for (const file of readdirSync(root)) {
      const list = JSON.parse(readFileSync(join(root, file), 'utf8')) as {
        server: ServerContext;
        tools: unknown[];
      };
      const cs = classifyServer(list.tools, list.server).tools;
      const p = buildPolicy(cs);
      const th = exportCedarToolhive(p, cs, list.server.name);
      const dk = exportCedarDocker(p, cs, list.server.name);
      const thSet = policySet(
        (JSON.parse(th.content) as { cedar: { policies: string[] } }).cedar.policies,
      ).set;
      const dkSet = policySet(splitPolicies(dk.content));
      const thTools = byTool(toolhiveStatements(p, cs).statements);
      const dkTools = byTool(dockerStatements(p, cs, list.server.name).statements);
      for (const s of callSamples(p)) {
        expect(toolhiveDecision(thSet, s), s.why).toBe(
          toolhiveDecision(policySet(thTools.get(s.name) ?? []).set, s),
        );
        for (const r of DOCKER_READINGS)
          expect(dockerDecision(dkSet, s, list.server.name, r), s.why).toBe(
            dockerDecision(policySet(dkTools.get(s.name) ?? []), s, list.server.name, r),
          );
      }
    }
  }, 60_000);
});
