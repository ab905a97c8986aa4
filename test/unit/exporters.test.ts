import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { buildPolicy, classifyServer, EXPORT_TARGETS, exportPolicy } from '../../classifier/index.js';
import { celString, exportAgentgateway } from '../../classifier/exporters/agentgateway.js';
import { cedarString } from '../../classifier/exporters/cedar.js';
import { exportIntercept } from '../../classifier/exporters/intercept.js';
import {
  hasLoneSurrogate,
  isPortableRegex,
  mustEscape,
  toolLabel,
} from '../../classifier/exporters/translate.js';
import { YamlMap, renderYaml } from '../../classifier/exporters/yaml.js';
import type { Condition, Policy, ServerContext, ToolRule } from '../../core/index.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const goldenDir = join(fixtures, 'golden', 'exporters');
const update = process.env.UPDATE_GOLDEN === '1';

const NEW_TARGETS = {
  'cedar-toolhive': 'json',
  'cedar-docker': 'cedar',
  agentgateway: 'yaml',
  intercept: 'yaml',
} as const;

// ------------------------------------------------------------------ readers used by the checks

/** Code points that must never appear raw in an emitted file (line feeds between lines aside). */
const unsafeChars = (text: string): string[] =>
  [...text].filter((ch) => ch !== '\n' && mustEscape(ch.codePointAt(0)!)).map((ch) => toolLabel(ch));

/** Parses YAML with a real parser; maps stay Maps so keys like `__proto__` are plain data. */
function parseYaml(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  expect(doc.warnings.map((e) => e.message)).toEqual([]);
  return doc.toJS({ mapAsMap: true, maxAliasCount: 0 });
}

const asMap = (v: unknown): Map<unknown, unknown> => {
  expect(v).toBeInstanceOf(Map);
  return v as Map<unknown, unknown>;
};

/** Reads a Cedar string literal body back, following Cedar's (Rust's) escape rules. */
function cedarUnescape(body: string, { pattern = false } = {}): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '"') throw new Error('raw quote inside a Cedar string');
    if (ch === '\r') throw new Error('bare carriage return inside a Cedar string');
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i];
    if (e === 'n') out += '\n';
    else if (e === 'r') out += '\r';
    else if (e === 't') out += '\t';
    else if (e === '0') out += '\0';
    else if (e === '\\' || e === '"' || e === "'") out += e;
    else if (e === '*' && pattern) out += '\u0000STAR';
    else if (e === 'x') {
      const cp = parseInt(body.slice(i + 1, i + 3), 16);
      if (!(cp <= 0x7f)) throw new Error('\\x escape out of range');
      out += String.fromCodePoint(cp);
      i += 2;
    } else if (e === 'u') {
      const m = /^\{([0-9A-Fa-f]{1,6})\}/.exec(body.slice(i + 1));
      if (!m) throw new Error('bad \\u escape');
      const cp = parseInt(m[1]!, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        throw new Error('\\u escape is not a scalar value');
      out += String.fromCodePoint(cp);
      i += m[0].length;
    } else throw new Error(`unknown escape \\${e}`);
  }
  return out;
}

/**
 * The tool names an agentgateway export allows, read back from its one `require` rule (a CEL list of
 * JSON-compatible string literals, or `false`). test/unit/agentgateway.test.ts evaluates it in CEL.
 */
function agentgatewayTools(content: string): string[] {
  const rules = asMap(asMap(parseYaml(content)).get('mcpAuthorization')).get('rules') as unknown[];
  expect(rules).toHaveLength(1);
  const expr = asMap(rules[0]).get('require');
  expect(typeof expr).toBe('string');
  if (expr === 'false') return [];
  const m = /^mcp\.tool\.name in (\[.*\])$/s.exec(expr as string);
  expect(m, String(expr)).not.toBeNull();
  return JSON.parse(m![1]!) as string[];
}

// ------------------------------------------------------------------ golden files for the fixture servers

describe('exporters: registry', () => {
  it('lists every target, the new ones included', () => {
    expect(EXPORT_TARGETS).toEqual([
      'native',
      'claude-code',
      'codex',
      'cedar-toolhive',
      'cedar-docker',
      'agentgateway',
      'intercept',
    ]);
  });
});

describe('exporters: golden files for the fixture servers', () => {
  mkdirSync(goldenDir, { recursive: true });
  for (const file of readdirSync(join(fixtures, 'tool-lists'))) {
    const list = JSON.parse(readFileSync(join(fixtures, 'tool-lists', file), 'utf8')) as {
      server: ServerContext;
      tools: unknown[];
    };
    const classifications = classifyServer(list.tools, list.server).tools;
    const policy = buildPolicy(classifications);
    const base = file.replace('.json', '');
    for (const [target, ext] of Object.entries(NEW_TARGETS) as Array<[keyof typeof NEW_TARGETS, string]>) {
      it(`${base}.${target}.${ext}`, () => {
        const exported = exportPolicy(policy, classifications, target, list.server.name);
        expect(exported.target).toBe(target);
        const golden = join(goldenDir, `${base}.${target}.${ext}`);
        if (update || !existsSync(golden)) writeFileSync(golden, exported.content);
        expect(exported.content).toBe(readFileSync(golden, 'utf8'));
        // deterministic
        expect(exportPolicy(policy, classifications, target, list.server.name)).toEqual(exported);
        // every note names a tool of this server, or is a caveat of the target engine itself
        // (one no policy can change), which starts with the engine's name
        const labels = [...classifications.map((c) => toolLabel(c.tool)), 'Intercept'];
        for (const note of exported.notes)
          expect(
            labels.some((l) => note.startsWith(`${l}:`)) ||
              note.startsWith(`server ${toolLabel(list.server.name)}:`),
            note,
          ).toBe(true);
      });
    }

    it(`${base}: decisions agree with the native policy in every target`, () => {
      const permitted = (rule: ToolRule | undefined) => rule !== undefined && rule.approval === undefined;
      const intercept = asMap(parseYaml(exportIntercept(policy, classifications, list.server.name).content));
      const allowed = new Set(
        agentgatewayTools(exportAgentgateway(policy, classifications, list.server.name).content),
      );
      const interceptTools = asMap(intercept.get('tools'));
      expect(intercept.get('default')).toBe('deny');
      expect(intercept.get('version')).toBe('1');
      for (const c of classifications) {
        const rule = Object.prototype.hasOwnProperty.call(policy.tools, c.tool)
          ? policy.tools[c.tool]
          : undefined;
        // nothing is ever more permissive than the native policy
        if (!permitted(rule)) {
          expect(allowed.has(c.tool), c.tool).toBe(false);
          const entry = interceptTools.get(c.tool);
          if (entry !== undefined) {
            const rules = asMap(entry).get('rules') as Array<Map<string, unknown>>;
            expect(rules.map((r) => r.get('action'))).toEqual(['deny']);
          }
        }
        if (rule === undefined) {
          expect((intercept.get('hide') as string[] | undefined) ?? []).toContain(c.tool);
        }
      }
    });
  }
});

// ------------------------------------------------------------------ hostile tool names

const HOSTILE = [
  'a"b',
  'back\\slash',
  'trailing\\',
  'line\nbreak',
  'cr\rlf\r\n',
  '${HOME}',
  '${{ secrets.TOKEN }}',
  '`whoami`',
  'unicode ☃ é 中文 😀',
  'rtl\u202Eevil\u2066',
  'x'.repeat(10_000),
  '😀'.repeat(600),
  '__proto__',
  'constructor',
  '*',
  ' ',
  '\t',
  'tab\tname',
  'nul\u0000byte',
  'ls\u2028ps\u2029nel\u0085',
  'bom\uFEFF',
  '# not a comment',
  '- not a list',
  'key: value',
  '&anchor',
  '*alias',
  '!tag',
  '? q',
  '|',
  '>',
  'null',
  'true',
  '~',
  '0x1F',
  '<<',
  '); permit (principal, action, resource',
  '// comment',
  '" || true || "',
  'mcp.tool.name == "x" || true',
  'lone\uD800',
  'lone\uDC00low',
];

function hostilePolicy(): { policy: Policy; allowed: string[]; hidden: string[] } {
  const allowed = HOSTILE.map((n) => n);
  const hidden = HOSTILE.map((n) => `hidden ${n}`);
  const tools = new Map<string, ToolRule>(allowed.map((n) => [n, {}]));
  // one tool with argument rules whose parameter names and values are hostile too
  tools.set('args"tool\n', {
    deny_if: [
      { path: 'args["we\\"ird\\nparam"]', op: 'in', value: ['a"b', '\u2028', '${x}'] },
      { path: 'args.__proto__.x', op: 'eq', value: 'y"\\' },
    ],
    require: [{ path: 'args.mode', op: 'starts_with', value: 'safe*"\\' }],
  });
  allowed.push('args"tool\n');
  const policy: Policy = { version: '1', default: 'deny', hide: hidden, tools: Object.fromEntries(tools) };
  return { policy, allowed, hidden };
}

describe('exporters: hostile tool names', () => {
  const { policy, allowed, hidden } = hostilePolicy();
  const representable = (n: string) => !hasLoneSurrogate(n);

  it('the policy itself keeps __proto__ as a plain key', () => {
    expect(Object.keys(policy.tools)).toContain('__proto__');
    expect(Object.getPrototypeOf(policy.tools)).toBe(Object.prototype);
  });

  it('intercept: YAML parses back to exactly the same names', () => {
    const out = exportIntercept(policy, [], 'srv"\nname: x');
    const doc = asMap(parseYaml(out.content));
    expect(doc.get('version')).toBe('1');
    expect(doc.get('default')).toBe('deny');
    expect(doc.get('description')).toBe(
      `mcp-risk policy for the MCP server ${JSON.stringify('srv"\nname: x')}`,
    );
    const tools = asMap(doc.get('tools'));
    const expectedTools = allowed.filter((n) => representable(n) && n !== '*');
    expect([...tools.keys()].sort()).toEqual([...expectedTools].sort());
    for (const n of expectedTools) {
      const rules = asMap(tools.get(n)).get('rules');
      expect(Array.isArray(rules)).toBe(true);
    }
    const expectedHidden = hidden.filter(representable);
    expect(((doc.get('hide') as string[]) ?? []).slice().sort()).toEqual([...expectedHidden].sort());
    // the argument rules carry hostile paths and values through unchanged
    const argRules = asMap(tools.get('args"tool\n')).get('rules') as Array<Map<string, unknown>>;
    const conds = argRules.flatMap(
      (r) => (r.get('conditions') as Array<Map<string, unknown>> | undefined) ?? [],
    );
    expect(conds.map((c) => [c.get('path'), c.get('op'), c.get('value')])).toEqual([
      ['args.mode', 'regex', '^safe\\*"\\\\'],
      ['args.we"ird\nparam', 'regex', '^'],
      ['args.we"ird\nparam', 'not_in', ['a"b', '\u2028', '${x}']],
      ['args.__proto__.x', 'regex', '^'],
      ['args.__proto__.x', 'neq', 'y"\\'],
    ]);
    // the names Intercept cannot carry are named in notes
    for (const n of allowed.filter((x) => !representable(x) || x === '*')) {
      expect(
        out.notes.some((note) => note.startsWith(`${toolLabel(n)}:`)),
        n,
      ).toBe(true);
    }
    // no raw control or separator characters anywhere in the file
    expect(unsafeChars(out.content)).toEqual([]);
  });

  it('agentgateway: YAML parses back, and the require rule names exactly the allowed tools', () => {
    const out = exportAgentgateway(policy, [], 'srv');
    // the tool with argument rules is not allowed: authorization CEL does not see arguments
    const expected = allowed.filter((n) => representable(n) && n !== 'args"tool\n');
    expect(agentgatewayTools(out.content).sort()).toEqual(expected.sort());
    expect(asMap(parseYaml(out.content)).has('mcpGuardrails')).toBe(false);
    for (const n of allowed.filter((x) => !representable(x) || x === 'args"tool\n')) {
      expect(
        out.notes.some((note) => note.startsWith(`${toolLabel(n)}:`)),
        n,
      ).toBe(true);
    }
    expect(unsafeChars(out.content)).toEqual([]);
  });

  it('cedar: string escaping round-trips (hostile names and arbitrary strings)', () => {
    for (const n of HOSTILE.filter((x) => !hasLoneSurrogate(x))) {
      const lit = cedarString(n);
      expect(lit.startsWith('"') && lit.endsWith('"')).toBe(true);
      expect(cedarUnescape(lit.slice(1, -1))).toBe(n);
      expect(lit.slice(1, -1)).not.toMatch(/(^|[^\\])(\\\\)*"/); // no unescaped quote inside
      expect(unsafeChars(lit)).toEqual([]);
      // as a like pattern, '*' is escaped and reads back as a literal star
      const pat = cedarString(n, { pattern: true });
      expect(cedarUnescape(pat.slice(1, -1), { pattern: true })).toBe(n.replaceAll('*', '\u0000STAR'));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(cedarUnescape(cedarString(s).slice(1, -1))).toBe(s);
      }),
    );
    expect(() => cedarString('lone\uD800')).toThrow();
  });

  it('CEL and YAML escaping round-trip arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(JSON.parse(celString(s))).toBe(s);
        const doc = asMap(parseYaml(renderYaml(new YamlMap([[s, [s, new YamlMap([[s, s]])]]]))));
        expect([...doc.keys()]).toEqual([s]);
        const [value, nested] = doc.get(s) as [string, Map<string, string>];
        expect(value).toBe(s);
        expect(nested.get(s)).toBe(s);
      }),
    );
  });

  it('a real classification run with hostile names exports cleanly in every target', () => {
    const tools = HOSTILE.map((name) => ({
      name,
      description: 'List the items.',
      inputSchema: { type: 'object', properties: {} },
    }));
    const cs = classifyServer(tools).tools;
    const p = buildPolicy(cs);
    for (const target of EXPORT_TARGETS) {
      const out = exportPolicy(p, cs, target, 'hostile');
      expect(out.content.length).toBeGreaterThan(0);
      if (target === 'intercept' || target === 'agentgateway') parseYaml(out.content);
      if (target === 'cedar-toolhive') JSON.parse(out.content);
    }
  });
});

// ------------------------------------------------------------------ what each target cannot express

const one = (rule: ToolRule, name = 't'): Policy => ({
  version: '1',
  default: 'deny',
  tools: { [name]: rule },
});
const cond = (op: Condition['op'], value?: unknown, path = 'args.q'): Condition =>
  value === undefined ? { path, op } : { path, op, value };
const SQL_LOOKAHEAD = '(?i)\\bdelete\\s+from\\b(?![^;]*\\bwhere\\b)';

describe('exporters: intercept', () => {
  const toolRules = (rule: ToolRule, name = 't') => {
    const out = exportIntercept(one(rule, name), [], 's');
    const tools = asMap(asMap(parseYaml(out.content)).get('tools'));
    return { rules: asMap(tools.get(name)).get('rules') as Array<Map<string, unknown>>, notes: out.notes };
  };
  it('rate limits use the documented shorthand; seconds become minutes; one limit per window', () => {
    const { rules, notes } = toolRules({
      limits: [
        { counter: 'a', window: 'second', max: 2, scope: 'global' },
        { counter: 'b', window: 'minute', max: 30, scope: 'global' },
        { counter: 'c', window: 'day', max: 100, scope: 'global' },
      ],
    });
    expect(rules.map((r) => r.get('rate_limit'))).toEqual(['2/minute', '100/day']);
    expect(notes.some((n) => n.includes('per-second'))).toBe(true);
    expect(notes.some((n) => n.includes('only the lower (2) is kept'))).toBe(true);
  });
  it('deny_if is negated where Intercept has the opposite operator, beside a type guard', () => {
    const { rules, notes } = toolRules({
      deny_if: [cond('eq', 'x'), cond('in', ['a']), cond('gt', 10)],
    });
    const conds = rules.map((r) =>
      (r.get('conditions') as Array<Map<string, unknown>>).map((c) => [c.get('op'), c.get('value')]),
    );
    expect(conds).toEqual([
      [
        ['regex', '^'],
        ['neq', 'x'],
      ],
      [
        ['regex', '^'],
        ['not_in', ['a']],
      ],
      [['lte', 10]],
    ]);
    expect(notes.filter((n) => n.includes('calls without args.q are denied too'))).toHaveLength(3);
  });
  it('deny_if exists cannot be told from null in Intercept: the tool is denied', () => {
    const { rules, notes } = toolRules({ deny_if: [cond('exists')] });
    expect(rules.map((r) => r.get('action'))).toEqual(['deny']);
    expect(notes[0]).toMatch(/^"t": deny_if args\.q exists: Intercept's exists treats null as missing/);
  });
  it('deny_if regex, contains or starts_with: the tool is denied outright, with a note', () => {
    for (const op of ['regex', 'contains', 'starts_with'] as const) {
      const { rules, notes } = toolRules({ deny_if: [cond(op, 'x')] });
      expect(rules.map((r) => r.get('action'))).toEqual(['deny']);
      expect(notes.filter((n) => n.startsWith('"t":'))).toEqual([
        expect.stringMatching(new RegExp(`^"t": deny_if args\\.q ${op} has no negation`)),
      ]);
    }
  });
  it('require: regex must be RE2; starts_with becomes an anchored, quoted regex', () => {
    expect(toolRules({ require: [cond('regex', '^[a-z]+$')] }).rules[0]!.get('conditions')).toEqual([
      new Map<string, unknown>([
        ['path', 'args.q'],
        ['op', 'regex'],
        ['value', '^[a-z]+$'],
      ]),
    ]);
    expect(toolRules({ require: [cond('regex', SQL_LOOKAHEAD)] }).rules.map((r) => r.get('action'))).toEqual([
      'deny',
    ]);
  });
  it('approval: a deny rule that says why, and a note', () => {
    const { rules, notes } = toolRules({
      approval: 'required',
      limits: [{ counter: 'c', window: 'hour', max: 5, scope: 'grant' }],
    });
    expect(rules.map((r) => r.get('action'))).toEqual(['deny']);
    expect(notes.filter((n) => n.startsWith('"t":'))).toEqual([
      expect.stringMatching(/^"t": needs approval/),
    ]);
  });
  it('a tool named "*" is left out (it would mean every tool), and blank names are not hidden', () => {
    const policy: Policy = { version: '1', default: 'deny', hide: ['*', ' '], tools: { '*': {}, ok: {} } };
    const out = exportIntercept(policy, [], 's');
    const doc = asMap(parseYaml(out.content));
    expect([...asMap(doc.get('tools')).keys()]).toEqual(['ok']);
    expect(doc.get('hide')).toBeUndefined();
    expect(out.notes.filter((n) => !n.startsWith('Intercept:'))).toHaveLength(2);
  });
  it('very long names use explicit YAML keys', () => {
    const name = 'n'.repeat(5000);
    const out = exportIntercept(one({}, name), [], 's');
    expect(out.content).toContain(`? "${name}"`);
    expect([...asMap(asMap(parseYaml(out.content)).get('tools')).keys()]).toEqual([name]);
  });
});

describe('exporters: agentgateway', () => {
  it('no allowed tool: a require that allows nothing (an empty rule set would allow all)', () => {
    const out = exportAgentgateway({ version: '1', default: 'deny', hide: ['x'], tools: {} }, [], 's');
    expect(asMap(asMap(parseYaml(out.content)).get('mcpAuthorization')).get('rules')).toEqual([
      new Map([['require', 'false']]),
    ]);
  });
  it('argument rules, limits and approval: the tool is not allowed, with a note naming it', () => {
    const out = exportAgentgateway(
      {
        version: '1',
        default: 'deny',
        tools: {
          a: { limits: [{ counter: 'c', window: 'minute', max: 10, scope: 'grant' }] },
          b: { approval: 'required' },
          c: { deny_if: [cond('regex', '(?i)\\brm\\b')] },
          d: {},
        },
      },
      [],
      's',
    );
    expect(agentgatewayTools(out.content)).toEqual(['d']);
    expect(out.notes).toEqual([
      expect.stringMatching(/^"a": rate limit \(10 per minute\).*not allowed\.$/),
      expect.stringMatching(/^"b": needs approval.*not allowed\.$/),
      expect.stringMatching(/^"c": argument rule \(args\.q regex\).*not allowed\.$/),
    ]);
  });
});

describe('exporters: portable regex check', () => {
  it('accepts RE2 syntax and rejects lookaround, backreferences and possessive quantifiers', () => {
    for (const ok of [
      '^feat/',
      '(?i)\\b(drop|truncate)\\b',
      '[a-z]+\\d*',
      '(?P<x>a)(?<y>b)',
      '(?:a|b)',
      '(?i:x)',
      '\\p{L}+',
      'a{2,3}',
      '[\\]]',
    ]) {
      expect(isPortableRegex(ok), ok).toBe(true);
    }
    for (const bad of [
      SQL_LOOKAHEAD,
      '(?=a)',
      '(?<=a)b',
      '(?<!a)b',
      '(\\w)\\1',
      '(?>a)',
      'a*+',
      '\\Z',
      '\\k<x>',
      '[abc',
      '\\',
    ]) {
      expect(isPortableRegex(bad), bad).toBe(false);
    }
  });
});
