/**
 * The agentgateway export, proved the way agentgateway reads it:
 * - the YAML is validated against agentgateway's published config schema (ajv, draft 2020-12), in
 *   every place the schema accepts an `mcpAuthorization` block;
 * - every CEL rule is parsed and evaluated with @bufbuild/cel (a conformant CEL implementation),
 *   against the `mcp` context agentgateway builds for authorization, and the rules are combined
 *   the way agentgateway combines them;
 * - the decisions are compared with decide() over every fixture and corpus policy and every call
 *   sample: zero fail-open, and every stricter decision is named in a note.
 *
 * The model of the engine follows agentgateway/agentgateway at commit
 * 75b4e6ce6e0e1ac7959d5548ebe8dbeaede4f180 (the schema's commit); file and line are cited at each
 * step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { celEnv, isCelError, parse, plan, type CelInput } from '@bufbuild/cel';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { allowExpression, celString, exportAgentgateway } from '../../classifier/exporters/agentgateway.js';
import { toolLabel } from '../../classifier/exporters/translate.js';
import type { Policy } from '../../core/index.js';
import {
  callSamples,
  compareDecisions,
  nameVariants,
  policyCases,
  referenceDecision,
} from '../support/call-samples.js';

const root = join(import.meta.dirname, '..', '..');

// ------------------------------------------------------------------ the schema

// formats (uint16, ...) repeat the numeric bounds the schema also states with minimum/maximum
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validateConfig = ajv.compile(
  JSON.parse(
    readFileSync(join(root, 'test', 'fixtures', 'formats', 'agentgateway-config.schema.json'), 'utf8'),
  ) as object,
);

const stdioTarget = { name: 'srv', stdio: { cmd: 'npx', args: ['-y', 'some-mcp-server'] } };

/** The exported block in each place agentgateway's schema accepts `mcpAuthorization`. */
function placements(policies: unknown): Record<string, unknown> {
  return {
    'routes[].backends[].policies': {
      binds: [
        {
          port: 3000,
          listeners: [{ routes: [{ backends: [{ mcp: { targets: [stdioTarget] }, policies }] }] }],
        },
      ],
    },
    'routes[].policies': {
      binds: [
        {
          port: 3000,
          listeners: [{ routes: [{ policies, backends: [{ mcp: { targets: [stdioTarget] } }] }] }],
        },
      ],
    },
    'mcp.policies': { mcp: { port: 3000, targets: [stdioTarget], policies } },
  };
}

function schemaErrors(config: unknown): string[] {
  return validateConfig(config)
    ? []
    : (validateConfig.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

// ------------------------------------------------------------------ the engine model

type Mode = 'allow' | 'deny' | 'require';
interface Rule {
  mode: Mode;
  expression: string;
  program: (ctx: Record<string, CelInput>) => unknown;
}

const env = celEnv();

/**
 * `mcpAuthorization.rules`, read as agentgateway reads them (crates/agentgateway/src/http/
 * authorization.rs:174-211, de_policies): a plain string is an allow rule; `{allow|deny|require}`
 * objects are the other modes. An expression that does not parse fails the whole config there, so
 * it throws here.
 */
function readRules(yamlText: string): Rule[] {
  const doc = parseYaml(yamlText, { uniqueKeys: true, strict: true }) as {
    mcpAuthorization?: { rules?: unknown[] };
  };
  const rules: Rule[] = [];
  for (const raw of doc.mcpAuthorization?.rules ?? []) {
    const [mode, expression] =
      typeof raw === 'string'
        ? (['allow', raw] as const)
        : (Object.entries(raw as Record<string, string>)[0] as [Mode, string]);
    rules.push({ mode, expression, program: plan(env, parse(expression)) });
  }
  return rules;
}

/**
 * Executor::eval_bool (crates/agentgateway/src/cel/types.rs:765): an evaluation error, or a value
 * that is not a bool, is false.
 */
function evalBool(rule: Rule, ctx: Record<string, CelInput>): boolean {
  const v = rule.program(ctx);
  return !isCelError(v) && v === true;
}

/**
 * RuleSets::validate (authorization.rs:255-275): no rules allows; any true deny denies; every
 * require must be true; any true allow allows; otherwise deny when allow rules exist, allow when not.
 */
function validate(rules: readonly Rule[], ctx: Record<string, CelInput>): boolean {
  if (rules.length === 0) return true;
  if (rules.some((r) => r.mode === 'deny' && evalBool(r, ctx))) return false;
  if (rules.some((r) => r.mode === 'require' && !evalBool(r, ctx))) return false;
  if (rules.some((r) => r.mode === 'allow' && evalBool(r, ctx))) return true;
  return !rules.some((r) => r.mode === 'allow');
}

/**
 * The CEL context of an MCP authorization check on a tool (mcp/rbac.rs:51-59 builds `mcp` with
 * MCPInfo::from the resource, mod.rs:485): `mcp.tool` with `target` and `name`, nothing else; the
 * arguments are not there. Used for tools/call (mcp/session.rs:559-585) and for each tool of a
 * tools/list answer (mcp/handler.rs:729). `name` is the unprefixed name (handler.rs:375).
 */
const toolContext = (name: string, target = 'srv'): Record<string, CelInput> => ({
  mcp: new Map([
    [
      'tool',
      new Map([
        ['target', target],
        ['name', name],
      ]),
    ],
  ]),
});
/** A prompt (or resource) request: `mcp` has no `tool`. */
const promptContext = (name: string): Record<string, CelInput> => ({
  mcp: new Map([
    [
      'prompt',
      new Map([
        ['target', 'srv'],
        ['name', name],
      ]),
    ],
  ]),
});

const engineDecision = (rules: readonly Rule[], name: string): 'allow' | 'deny' =>
  validate(rules, toolContext(name)) ? 'allow' : 'deny';

const rulesOf = (rules: readonly Rule[]): string[] => rules.map((r) => `${r.mode}: ${r.expression}`);

// ------------------------------------------------------------------ the model matches agentgateway's own tests

describe('agentgateway engine model', () => {
  const rule = (mode: Mode, expression: string): Rule => ({
    mode,
    expression,
    program: plan(env, parse(expression)),
  });
  it('follows RuleSets::validate as agentgateway tests it', () => {
    const ctx = toolContext('increment', 'server');
    // mcp/rbac.rs:176 test_mcp_authorization_empty_rules_short_circuits
    expect(validate([], ctx)).toBe(true);
    // rbac.rs:189: a deny-all is not erased by an allow-all beside it
    expect(validate([rule('deny', 'true'), rule('allow', 'true')], ctx)).toBe(false);
    // authorization_tests.rs test_rbac_target
    const target = [rule('allow', 'mcp.tool.name == "increment" && mcp.tool.target == "server"')];
    expect(validate(target, ctx)).toBe(true);
    expect(validate(target, toolContext('increment', 'not-server'))).toBe(false);
    // authorization_tests.rs test_deny_only_non_matching_allows: deny-only is a denylist
    expect(validate([rule('deny', 'mcp.tool.name == "increment"')], toolContext('other'))).toBe(true);
    // a missing claim is an error, which is false (rbac.rs:239, ..._required_but_missing)
    expect(validate([rule('allow', 'mcp.tool.name == "increment" && jwt.sub == "x"')], ctx)).toBe(false);
  });
  it('an erroring expression never allows through a require, and never denies through a deny', () => {
    const req = [rule('require', 'mcp.tool.arguments.x == 1')];
    expect(validate(req, toolContext('t'))).toBe(false); // arguments are absent: error -> false -> deny
    // the reason the exporter uses no deny rule: an error there fails open (authorization.rs:136)
    expect(validate([rule('deny', 'mcp.tool.arguments.x == 1')], toolContext('t'))).toBe(true);
  });
});

// ------------------------------------------------------------------ the export itself

const HOSTILE = [
  'read_file',
  'a.b',
  'item.action',
  'a"b',
  "a'b",
  'a\\b',
  'a\\"b',
  'a\nb',
  'a\r\nb',
  'tab\there',
  '\u2028',
  '\u202e',
  '\u0000',
  '\u007f',
  '__proto__',
  'constructor',
  '*',
  '${x}',
  '`x`',
  '#comment',
  '- item',
  ': x',
  'é',
  'e\u0301',
  'read\u200bfile',
  '😀',
  'mcp.tool.name',
  '" || true || "',
  '"] || true || ["',
  'n'.repeat(5000),
];

describe('agentgateway export', () => {
  const policy: Policy = {
    version: '1',
    default: 'deny',
    hide: ['hidden"tool'],
    tools: Object.fromEntries(HOSTILE.map((n) => [n, {}])),
  };
  const out = exportAgentgateway(policy, [], 'srv"\n# x');
  const rules = readRules(out.content);

  it('validates against the published schema in every placement it accepts', () => {
    const block = parseYaml(out.content) as unknown;
    for (const [where, config] of Object.entries(placements(block)))
      expect(schemaErrors(config), where).toEqual([]);
  });

  it('the shapes the old export wrote are rejected by the schema (the regression this fixes)', () => {
    const guardrail = {
      mcpAuthorization: { rules: ['mcp.tool.name == "t"'] },
      mcpGuardrails: {
        processors: [{ kind: 'cel', methods: { 'tools/call': 'request' }, when: 'true', reject: 'no' }],
      },
    };
    expect(schemaErrors(placements(guardrail)['routes[].backends[].policies'])).not.toEqual([]);
    const misplaced = {
      binds: [
        {
          port: 3000,
          listeners: [
            {
              routes: [
                {
                  backends: [
                    { mcp: { targets: [stdioTarget], policies: { mcpAuthorization: { rules: ['true'] } } } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(schemaErrors(misplaced)).not.toEqual([]);
  });

  it('one require rule, so a broader allow elsewhere cannot widen it', () => {
    expect(rules.map((r) => r.mode)).toEqual(['require']);
    // merged with another policy's allow-all (RuleSets::merge, authorization.rs:227), still exact
    const merged: Rule[] = [
      ...rules,
      { ...rules[0]!, mode: 'allow', expression: 'true', program: () => true },
    ];
    expect(engineDecision(merged, 'not_listed')).toBe('deny');
    expect(engineDecision(merged, 'read_file')).toBe('allow');
  });

  it('every hostile name is allowed exactly, and none of its variants is', () => {
    for (const name of HOSTILE) {
      expect(engineDecision(rules, name), toolLabel(name)).toBe('allow');
      for (const v of nameVariants(name))
        if (!HOSTILE.includes(v)) expect(engineDecision(rules, v), toolLabel(v)).toBe('deny');
    }
    expect(engineDecision(rules, 'hidden"tool')).toBe('deny');
    expect(engineDecision(rules, '')).toBe('deny');
  });

  it('prompts and resources are denied (no mcp.tool: the require errors, which is false)', () => {
    expect(validate(rules, promptContext('read_file'))).toBe(false);
  });

  it('CEL string literals read back exactly', () => {
    for (const name of HOSTILE) expect(plan(env, parse(celString(name)))({})).toBe(name);
  });

  it('no allowed tool: `false`, never an empty rule set (which would allow everything)', () => {
    const none = exportAgentgateway({ version: '1', default: 'deny', hide: ['x'], tools: {} }, [], 's');
    expect(rulesOf(readRules(none.content))).toEqual(['require: false']);
    expect(allowExpression([])).toBe('false');
  });

  it('approval, argument rules and rate limits: not allowed, each with a note naming the tool', () => {
    const p: Policy = {
      version: '1',
      default: 'deny',
      tools: {
        ok: {},
        a: { approval: 'required' },
        b: { deny_if: [{ path: 'args["item.action"]', op: 'in', value: ['delete'] }] },
        c: { limits: [{ counter: 'c', window: 'minute', max: 10, scope: 'grant' }] },
        d: { require: [{ path: 'args.q', op: 'exists' }] },
      },
    };
    const e = exportAgentgateway(p, [], 's');
    expect(rulesOf(readRules(e.content))).toEqual(['require: mcp.tool.name in ["ok"]']);
    expect(e.notes).toEqual([
      expect.stringMatching(/^"a": needs approval.*not allowed\.$/),
      expect.stringMatching(
        /^"b": argument rule \(args\["item\.action"\] in\).*not its arguments.*not allowed\.$/,
      ),
      expect.stringMatching(/^"c": rate limit \(10 per minute\).*not allowed\.$/),
      expect.stringMatching(/^"d": argument rule \(args\.q exists\).*not allowed\.$/),
    ]);
  });
});

// ------------------------------------------------------------------ the differential test

describe('agentgateway differential: every policy case x every call sample', () => {
  it('zero fail-open; every stricter decision is named in a note; valid in every placement', () => {
    const cases = policyCases();
    expect(cases.length).toBeGreaterThan(100);
    // identical exports (most policies repeat across profiles and servers) are parsed and validated once
    const byContent = new Map<string, { rules: Rule[]; decisions: Map<string, 'allow' | 'deny'> }>();
    const counts = { policies: 0, samples: 0, equal: 0, stricter: 0, 'fail-open': 0 };
    const failures: string[] = [];
    const unnoted: string[] = [];
    for (const c of cases) {
      const out = exportAgentgateway(c.policy, c.classifications, c.serverName);
      let engine = byContent.get(out.content);
      if (!engine) {
        const block = parseYaml(out.content) as unknown;
        for (const [where, config] of Object.entries(placements(block)))
          expect(schemaErrors(config), `${c.source}: ${where}`).toEqual([]);
        engine = { rules: readRules(out.content), decisions: new Map() };
        byContent.set(out.content, engine);
      }
      counts.policies++;
      const noted = (name: string) => out.notes.some((n) => n.startsWith(`${toolLabel(name)}:`));
      for (const sample of callSamples(c.policy)) {
        let got = engine.decisions.get(sample.name);
        if (got === undefined) {
          got = engineDecision(engine.rules, sample.name);
          engine.decisions.set(sample.name, got);
        }
        const ref = referenceDecision(c.policy, sample).decision;
        const verdict = compareDecisions(ref, got);
        counts.samples++;
        counts[verdict]++;
        const what = `${c.source}: ${toolLabel(sample.name)} (${sample.why}): decide() ${ref}, agentgateway ${got}`;
        if (verdict === 'fail-open' && failures.length < 20) failures.push(what);
        if (verdict === 'stricter' && !noted(sample.name) && unnoted.length < 20) unnoted.push(what);
      }
      // tools/list goes through the same check (handler.rs:729): a tool decide() hides or does not
      // list is never shown
      for (const name of [...(c.policy.hide ?? []), ...c.classifications.map((x) => x.tool)]) {
        const listed =
          Object.prototype.hasOwnProperty.call(c.policy.tools, name) && !c.policy.hide?.includes(name);
        if (!listed)
          expect(engineDecision(engine.rules, name), `${c.source}: ${toolLabel(name)} listed`).toBe('deny');
      }
    }
    console.log(
      `agentgateway differential: ${counts.policies} policies (${byContent.size} distinct exports), ${counts.samples} samples, ${counts.equal} equal, ${counts.stricter} stricter, ${counts['fail-open']} fail-open`,
    );
    expect(failures).toEqual([]);
    expect(unnoted).toEqual([]);
    expect(counts['fail-open']).toBe(0);
    expect(counts.equal).toBeGreaterThan(0);
  }, 180_000);
});
