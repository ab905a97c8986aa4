/**
 * Claude Code and Codex: each client's decision, modelled from its source, over every policy case
 * and every call sample, against decide(). The models:
 *
 * Claude Code (services/mcp: `normalizeNameForMCP`, `recursivelySanitizeUnicode`, and the permission
 * check): a server offers tools by name; Claude Code names each `mcp__<server>__<tool>` and checks
 * deny rules, then ask rules, then allow rules (an exact id, the whole server `mcp__<server>`, or a
 * tool-name wildcard `mcp__<server>__get_*`); an MCP tool no rule names is asked. Claude Code builds
 * have cleaned tool names differently (raw, NFC, NFKC with invisible characters removed), so every
 * reading is run and the most permissive answer is the engine's.
 *
 * Codex (codex-rs/codex-mcp/src/tools.rs `ToolFilter`, codex-rs/core/src/mcp_tool_call.rs): a tool
 * outside `enabled_tools` (when present) or inside `disabled_tools` is never offered; a server with
 * `enabled = false` offers nothing; `tools.<name>.approval_mode = "prompt"` asks, anything else
 * runs (annotations can add a prompt in "auto" mode; the model takes the permissive reading).
 *
 * A call to a name the server does not offer cannot be made in either client ("No such tool"), so
 * it is a deny. The second Claude Code run drops that assumption (the server later offers every
 * name the samples use) to measure the limitation its notes name: new tools are asked.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { McpRiskError, type Policy } from '../../core/index.js';
import { buildPolicy, classifyTool, exportPolicy } from '../../classifier/index.js';
import {
  claudeCodeName,
  claudeCodeSanitize,
  claudeCodeToolIds,
  exportClaudeCode,
  mergeClaudeCodeSettings,
  type ClaudeCodePermissions,
} from '../../classifier/exporters/claude-code.js';
import { exportCodex } from '../../classifier/exporters/codex.js';
import { toolLabel } from '../../classifier/exporters/translate.js';
import { classify } from '../../cli/commands/classify.js';
import { makeStyler } from '../../cli/terminal.js';
import type { CliIo } from '../../cli/command.js';
import {
  callSamples,
  compareWithPerson,
  policyCases,
  referenceDecision,
  type CallSample,
} from '../support/call-samples.js';

type Verdict = 'allow' | 'ask' | 'deny';

// ------------------------------------------------------------------------------------------------
// Claude Code's decision

const READINGS: Array<(name: string) => string> = [
  (n) => n,
  (n) => n.normalize('NFC'),
  (n) => claudeCodeSanitize(n) ?? n,
];

function ruleMatches(rule: string, server: string, id: string): boolean {
  if (rule === id) return true;
  if (rule === `mcp__${server}` || rule === `mcp__${server}__*`) return true;
  const prefix = `mcp__${server}__`;
  return rule.endsWith('*') && rule.startsWith(prefix) && id.startsWith(rule.slice(0, -1));
}

/** Settings compiled for one server: exact ids in a map, the rest (wildcards, whole-server rules) scanned. */
interface CompiledSettings {
  server: string;
  exact: Map<string, Verdict>;
  patterns: Array<{ rule: string; verdict: Verdict }>;
}

function compileSettings(settings: Partial<ClaudeCodePermissions>, serverKey: string): CompiledSettings {
  const server = claudeCodeName(serverKey);
  const exact = new Map<string, Verdict>();
  const patterns: CompiledSettings['patterns'] = [];
  // deny before ask before allow: the first list that names an id decides it
  for (const verdict of ['deny', 'ask', 'allow'] as const)
    for (const rule of (settings[verdict] ?? []) as unknown[]) {
      if (typeof rule !== 'string') continue;
      if (rule.includes('*') || !rule.startsWith(`mcp__${server}__`)) patterns.push({ rule, verdict });
      else if (!exact.has(rule)) exact.set(rule, verdict);
    }
  return { server, exact, patterns };
}

function claudeCodeVerdict(c: CompiledSettings, id: string): Verdict {
  let best: Verdict | undefined = c.exact.get(id);
  for (const p of c.patterns)
    if ((best === undefined || RANK[p.verdict] > RANK[best]) && ruleMatches(p.rule, c.server, id))
      best = p.verdict;
  return best ?? 'ask';
}

const RANK: Record<Verdict, number> = { allow: 0, ask: 1, deny: 2 };

const sanitized = new Map<string, string[]>();
/** Claude Code's readings of a tool name (raw, NFC, sanitised), cached: the samples repeat names. */
function readings(name: string): string[] {
  let r = sanitized.get(name);
  if (r === undefined) {
    r = [...new Set(READINGS.map((read) => claudeCodeName(read(name))))];
    if (sanitized.size > 100_000) sanitized.clear();
    sanitized.set(name, r);
  }
  return r;
}

/** The most permissive of Claude Code's readings of the name; deny for a name the server does not offer. */
function claudeCodeDecide(
  settings: Partial<ClaudeCodePermissions> | CompiledSettings,
  serverKey: string,
  offered: ReadonlySet<string>,
  name: string,
): Verdict {
  if (!offered.has(name)) return 'deny';
  const c = 'exact' in settings ? settings : compileSettings(settings, serverKey);
  let best: Verdict = 'deny';
  for (const part of readings(name)) {
    const v = claudeCodeVerdict(c, `mcp__${c.server}__${part}`);
    if (RANK[v] < RANK[best]) best = v;
  }
  return best;
}

// ------------------------------------------------------------------------------------------------
// A strict parser for the TOML the Codex exporter writes: comments, [dotted.table."headers"],
// key = "basic string" | true | false | [arrays of basic strings]. Anything else is an error, as is
// a table or key defined twice. Objects have no prototype, so a `__proto__` key is just a key.

type TomlValue = string | boolean | string[] | TomlTable;
interface TomlTable {
  [key: string]: TomlValue;
}

function parseToml(text: string): TomlTable {
  const root: TomlTable = Object.create(null) as TomlTable;
  const defined = new Set<string>();
  let i = 0;
  let current = root;
  const fail = (why: string): never => {
    throw new Error(`TOML: ${why} at offset ${i}`);
  };
  const ws = () => {
    while (text[i] === ' ' || text[i] === '\t') i++;
  };
  const skipBlank = () => {
    for (;;) {
      ws();
      if (text[i] === '#') while (i < text.length && text[i] !== '\n') i++;
      if (text[i] === '\n') i++;
      else if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
      else return;
    }
  };
  const basicString = (): string => {
    if (text[i] !== '"') fail('expected a string');
    i++;
    let out = '';
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch === '\n') fail('unterminated string');
      i++;
      if (ch === '"') return out;
      const cp = ch!.codePointAt(0)!;
      if ((cp < 0x20 && ch !== '\t') || cp === 0x7f) fail('raw control character in a string');
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const e = text[i++];
      const simple: Record<string, string> = {
        b: '\b',
        t: '\t',
        n: '\n',
        f: '\f',
        r: '\r',
        '"': '"',
        '\\': '\\',
      };
      if (e !== undefined && simple[e] !== undefined) out += simple[e];
      else if (e === 'u' || e === 'U') {
        const n = e === 'u' ? 4 : 8;
        const digits = text.slice(i, i + n);
        if (!/^[0-9A-Fa-f]+$/.test(digits) || digits.length !== n) fail('bad unicode escape');
        const value = parseInt(digits, 16);
        if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) fail('escape is not a scalar value');
        out += String.fromCodePoint(value);
        i += n;
      } else fail(`unknown escape \\${e}`);
    }
  };
  const key = (): string => {
    if (text[i] === '"') return basicString();
    const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
    if (!m) fail('expected a key');
    i += m![0].length;
    return m![0];
  };
  const dottedKey = (): string[] => {
    const keys = [key()];
    for (;;) {
      ws();
      if (text[i] !== '.') return keys;
      i++;
      ws();
      keys.push(key());
    }
  };
  const value = (): TomlValue => {
    if (text[i] === '"') return basicString();
    if (text.startsWith('true', i)) return ((i += 4), true);
    if (text.startsWith('false', i)) return ((i += 5), false);
    if (text[i] !== '[') fail('unsupported value');
    i++;
    const items: string[] = [];
    for (;;) {
      skipBlank();
      if (text[i] === ']') return (i++, items);
      items.push(basicString());
      skipBlank();
      if (text[i] === ',') i++;
      else if (text[i] !== ']') fail('expected , or ]');
    }
  };
  for (;;) {
    skipBlank();
    if (i >= text.length) return root;
    if (text[i] === '[') {
      i++;
      ws();
      const path = dottedKey();
      ws();
      if (text[i] !== ']') fail('expected ]');
      i++;
      const id = JSON.stringify(path);
      if (defined.has(id)) fail(`table ${id} defined twice`);
      defined.add(id);
      current = root;
      for (const k of path) {
        const next = current[k];
        if (next === undefined) current = current[k] = Object.create(null) as TomlTable;
        else if (typeof next === 'object' && !Array.isArray(next)) current = next;
        else fail(`${k} is not a table`);
      }
    } else {
      const path = dottedKey();
      if (path.length !== 1) fail('dotted keys are not emitted');
      ws();
      if (text[i] !== '=') fail('expected =');
      i++;
      ws();
      if (Object.prototype.hasOwnProperty.call(current, path[0]!)) fail(`key ${path[0]} defined twice`);
      current[path[0]!] = value();
    }
    ws();
    if (text[i] === '#') while (i < text.length && text[i] !== '\n') i++;
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') fail('expected the end of the line');
  }
}

// ------------------------------------------------------------------------------------------------
// Codex's decision

interface CodexServer {
  enabled?: boolean;
  enabled_tools?: string[];
  disabled_tools?: string[];
  tools?: Record<string, { approval_mode?: string }>;
}

function codexServer(toml: TomlTable, serverName: string): CodexServer {
  const servers = toml.mcp_servers as TomlTable | undefined;
  const server = servers?.[serverName];
  if (server === undefined || typeof server !== 'object' || Array.isArray(server))
    throw new Error(`no [mcp_servers.${serverName}] table`);
  const allowedKeys = new Set(['enabled', 'enabled_tools', 'disabled_tools', 'tools']);
  for (const k of Object.keys(server)) if (!allowedKeys.has(k)) throw new Error(`unexpected key ${k}`);
  return server;
}

function codexDecide(server: CodexServer, offered: ReadonlySet<string>, name: string): Verdict {
  if (!offered.has(name)) return 'deny';
  if (server.enabled === false) return 'deny';
  if (server.enabled_tools !== undefined && !server.enabled_tools.includes(name)) return 'deny';
  if (server.disabled_tools?.includes(name)) return 'deny';
  const tools = server.tools;
  const mode =
    tools && Object.prototype.hasOwnProperty.call(tools, name) ? tools[name]!.approval_mode : undefined;
  return mode === 'prompt' ? 'ask' : 'allow';
}

// ------------------------------------------------------------------------------------------------

interface Tally {
  policies: number;
  samples: number;
  equal: number;
  stricter: number;
  /** decide() denies for an argument rule or a spent limit, and the client asks a person every call */
  asked: number;
  failOpen: number;
  failures: string[];
}

const tally = (): Tally => ({
  policies: 0,
  samples: 0,
  equal: 0,
  stricter: 0,
  asked: 0,
  failOpen: 0,
  failures: [],
});

function record(
  t: Tally,
  source: string,
  sample: CallSample,
  reference: ReturnType<typeof referenceDecision>,
  engine: Verdict,
  covered: () => boolean,
): void {
  t.samples++;
  const verdict = compareWithPerson(reference, engine);
  if (verdict === 'equal') t.equal++;
  else if (verdict === 'stricter' || verdict === 'asked') {
    if (verdict === 'stricter') t.stricter++;
    else t.asked++;
    if (!covered() && t.failures.length < 20)
      t.failures.push(`${source}: ${toolLabel(sample.name)} (${sample.why}): ${verdict} without a note`);
  } else {
    t.failOpen++;
    if (t.failures.length < 20)
      t.failures.push(
        `${source}: ${toolLabel(sample.name)} (${sample.why}): ${engine} where decide() says ${reference.decision}`,
      );
  }
}

const summary = (label: string, t: Tally): string =>
  `${label}: policies ${t.policies}, samples ${t.samples}, equal ${t.equal}, stricter ${t.stricter}, asked instead of a rule the client cannot check ${t.asked}, fail-open ${t.failOpen}`;

describe('Claude Code and Codex against decide()', () => {
  // the samples and decide()'s answers, computed once for both clients
  const cases = policyCases().map((c) => {
    const samples = callSamples(c.policy);
    return { ...c, samples, references: samples.map((s) => referenceDecision(c.policy, s)) };
  });

  it('Claude Code: every sample of every policy case is equal or stricter (and noted); zero fail-open', () => {
    const t = tally();
    const later = tally();
    for (const c of cases) {
      const exported = exportClaudeCode(c.policy, c.classifications, c.serverName);
      const settings = compileSettings(
        (JSON.parse(exported.content) as { permissions: ClaudeCodePermissions }).permissions,
        c.serverName,
      );
      const offered = new Set([
        ...c.classifications.map((x) => x.tool),
        ...Object.keys(c.policy.tools),
        ...(c.policy.hide ?? []),
      ]);
      const { samples, references } = c;
      const everything = new Set(samples.map((s) => s.name));
      const noted = new Map<string, boolean>();
      t.policies++;
      later.policies++;
      samples.forEach((s, k) => {
        const reference = references[k]!;
        const covered = () => {
          let hit = noted.get(s.name);
          if (hit === undefined) {
            hit = claudeCodeToolIds(c.serverName, s.name).some((id) =>
              exported.notes.some((n) => n.includes(id)),
            );
            noted.set(s.name, hit);
          }
          return hit;
        };
        record(t, c.source, s, reference, claudeCodeDecide(settings, c.serverName, offered, s.name), covered);
        // the server later offers every name: the new ones are asked (the note about new tools)
        const engine = claudeCodeDecide(settings, c.serverName, everything, s.name);
        record(later, c.source, s, reference, engine, () => true);
        if (compareWithPerson(reference, engine) === 'fail-open' && offered.has(s.name))
          t.failures.push(`${c.source}: ${toolLabel(s.name)} fails open although the server offers it`);
      });
    }
    console.log(summary('claude-code', t));
    console.log(summary('claude-code, tools added by the server later (asked; see the note)', later));
    expect(t.failures).toEqual([]);
    expect(t.failOpen).toBe(0);
    expect(t.policies).toBeGreaterThan(100);
  });

  it('Codex: every sample of every policy case is equal or stricter (and noted); zero fail-open', () => {
    const t = tally();
    for (const c of cases) {
      const exported = exportCodex(c.policy, c.classifications, c.serverName);
      const server = codexServer(parseToml(exported.content), c.serverName);
      const { samples, references } = c;
      // Codex offers only what enabled_tools names, whatever the server lists, so new names are denied too
      const everything = new Set(samples.map((s) => s.name));
      t.policies++;
      samples.forEach((s, k) => {
        const covered = () => exported.notes.some((n) => n.includes(toolLabel(s.name)));
        record(t, c.source, s, references[k]!, codexDecide(server, everything, s.name), covered);
      });
    }
    console.log(summary('codex', t));
    expect(t.failures).toEqual([]);
    expect(t.failOpen).toBe(0);
  });
});

// ------------------------------------------------------------------------------------------------

const tool = (name: string, description: string, properties: Record<string, unknown> = {}) => ({
  name,
  description,
  inputSchema: { type: 'object', properties },
});

function policyFor(tools: unknown[], profile: 'strict' | 'balanced' | 'permissive' = 'balanced') {
  const classifications = tools.map((x) => classifyTool(x));
  return { classifications, policy: buildPolicy(classifications, profile) };
}

const hand = (tools: Policy['tools'], hide: string[] = []): Policy => ({
  version: '1',
  default: 'deny',
  hide,
  tools,
});

describe('Claude Code export', () => {
  it('normalises ids as Claude Code does: outside [A-Za-z0-9_-] becomes _, one per UTF-16 unit', () => {
    expect(claudeCodeName('read.file')).toBe('read_file');
    expect(claudeCodeName('my server')).toBe('my_server');
    expect(claudeCodeName('a-b_C9')).toBe('a-b_C9');
    expect(claudeCodeName('\u{1F600}')).toBe('__');
    expect(claudeCodeSanitize('read\u200bfile')).toBe('readfile');
    expect(claudeCodeSanitize('ｆｕｌｌ')).toBe('full');
  });

  it('read.file, read file and read\\u200bfile beside read_file: all of them denied', () => {
    const policy = hand({ read_file: {}, 'read.file': {}, 'read file': {}, 'read\u200bfile': {} });
    const e = exportClaudeCode(policy, [], 'x');
    const doc = JSON.parse(e.content) as { permissions: ClaudeCodePermissions };
    expect(doc.permissions.allow).toEqual([]);
    expect(doc.permissions.deny).toContain('mcp__x__read_file');
    expect(doc.permissions.deny).toContain('mcp__x__readfile');
    expect(e.notes.some((n) => n.startsWith('mcp__x__read_file: the tools'))).toBe(true);
    for (const name of Object.keys(policy.tools))
      expect(claudeCodeDecide(doc.permissions, 'x', new Set(Object.keys(policy.tools)), name)).toBe('deny');
  });

  it('a rate-limited execute tool is asked every call, never a plain allow; approval alone is ask', () => {
    const policy = hand({
      run_job: { limits: [{ counter: 'run_job_rate', window: 'minute', max: 10, scope: 'grant' }] },
      approve_me: { approval: 'required' },
      list_jobs: {},
    });
    const e = exportClaudeCode(policy, [], 'ci');
    const doc = JSON.parse(e.content) as { permissions: ClaudeCodePermissions };
    expect(doc.permissions).toEqual({
      allow: ['mcp__ci__list_jobs'],
      ask: ['mcp__ci__approve_me', 'mcp__ci__run_job'],
      deny: [],
    });
    expect(e.notes.join('\n')).toMatch(/mcp__ci__run_job: rate limit \(10 per minute\) cannot be expressed/);
  });

  it('ids stay exact literals: quotes, backslashes, newlines, __proto__ and long names', () => {
    const long = `t${'x'.repeat(200)}`;
    // JSON.parse makes __proto__ an own key, as it arrives from a server
    const tools = JSON.parse(`{"a\\"b\\\\c\\nd": {}, "__proto__": {}, "${long}": {}}`) as Policy['tools'];
    const e = exportClaudeCode(hand(tools), [], 'srv');
    const doc = JSON.parse(e.content) as { permissions: ClaudeCodePermissions };
    expect(doc.permissions.allow).toEqual(['mcp__srv____proto__', 'mcp__srv__a_b_c_d']);
    expect(doc.permissions.deny).toEqual([`mcp__srv__${long}`]);
    expect(e.notes.some((n) => n.includes('longer than 64'))).toBe(true);
  });
});

describe('Claude Code settings merge', () => {
  const existing = `{
  "model": "opus",
  "env": { "FOO": "1" },
  "permissions": {
    "allow": ["Bash(npm test)", "mcp__notes__delete_note", "mcp__notes__list_notes"],
    "ask": ["Edit"],
    "deny": ["Read(./.env)", "mcp__notes__create_note"],
    "defaultMode": "default",
    "additionalDirectories": ["../shared"]
  },
  "hooks": { "PreToolUse": [] },
  "__proto__": { "polluted": true },
  "somethingNew": [1, 2, { "deep": null }]
}
`;
  const policy = hand({ list_notes: {}, create_note: {}, email_note: { approval: 'required' } }, [
    'delete_note',
  ]);
  const exported = exportClaudeCode(policy, [], 'notes');

  it('keeps every entry already there, appends ours, and deny wins over the user allow (noted)', () => {
    const merged = mergeClaudeCodeSettings(existing, exported, '.claude/settings.json');
    const before = JSON.parse(existing) as Record<string, unknown>;
    const after = JSON.parse(merged.content) as Record<string, unknown> & {
      permissions: ClaudeCodePermissions & Record<string, unknown>;
    };
    // every key other than the permission lists is unchanged, in its place, __proto__ included
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const k of Object.keys(before)) if (k !== 'permissions') expect(after[k]).toEqual(before[k]);
    expect(Object.prototype.hasOwnProperty.call(after, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const p = before.permissions as Record<string, unknown[]>;
    for (const k of ['allow', 'ask', 'deny'] as const)
      expect(after.permissions[k].slice(0, p[k]!.length)).toEqual(p[k]);
    expect(after.permissions.defaultMode).toBe('default');
    expect(after.permissions.additionalDirectories).toEqual(['../shared']);
    expect(after.permissions.deny).toContain('mcp__notes__delete_note');
    expect(after.permissions.ask).toContain('mcp__notes__email_note');
    expect(merged.notes.some((n) => n.startsWith('mcp__notes__delete_note is in both "allow"'))).toBe(true);
    // Claude Code's reading of the merged file: the user's deny and our deny both hold
    const offered = new Set(['list_notes', 'create_note', 'email_note', 'delete_note']);
    expect(claudeCodeDecide(after.permissions, 'notes', offered, 'delete_note')).toBe('deny');
    expect(claudeCodeDecide(after.permissions, 'notes', offered, 'create_note')).toBe('deny');
    expect(claudeCodeDecide(after.permissions, 'notes', offered, 'email_note')).toBe('ask');
    expect(claudeCodeDecide(after.permissions, 'notes', offered, 'list_notes')).toBe('allow');
    // merging again changes nothing
    expect(mergeClaudeCodeSettings(merged.content, exported).content).toBe(merged.content);
  });

  it('a user rule for the whole server still wins', () => {
    const merged = mergeClaudeCodeSettings('{"permissions":{"deny":["mcp__notes"]}}', exported);
    const after = JSON.parse(merged.content) as { permissions: ClaudeCodePermissions };
    expect(claudeCodeDecide(after.permissions, 'notes', new Set(['list_notes']), 'list_notes')).toBe('deny');
  });

  it('a malformed settings file is a clear error', () => {
    for (const [text, why] of [
      ['{"permissions": {"allow": [', /is not valid JSON/],
      ['[1, 2]', /is not a JSON object/],
      ['{"permissions": []}', /"permissions" value that is not an object/],
      ['{"permissions": {"deny": "mcp__x"}}', /"permissions.deny" value that is not a list/],
    ] as const) {
      let error: unknown;
      try {
        mergeClaudeCodeSettings(text, exported, 'settings.json');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(McpRiskError);
      expect((error as McpRiskError).code).toBe('config_invalid');
      expect((error as Error).message).toMatch(why);
      expect((error as Error).message).toMatch(/left unchanged/);
    }
  });
});

function captureIo(cwd: string): CliIo & { err_: string[] } {
  const err_: string[] = [];
  return {
    err_,
    stdout: { write: () => true },
    stderr: { write: (t: string) => err_.push(t) },
    env: {},
    cwd,
    readStdin: () => Promise.resolve(''),
    signal: new AbortController().signal,
    out: makeStyler(false, {}),
    err: makeStyler(false, {}),
  };
}

describe('classify --policy for clients (in process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-clients-'));
  const toolsFile = join(dir, 'notes-tools.json');
  writeFileSync(
    toolsFile,
    JSON.stringify({
      serverInfo: { name: 'notes-server', version: '1.0.0' },
      tools: [
        tool('list_notes', 'List the titles of all notes.'),
        tool('delete_note', 'Delete a note permanently.', { id: { type: 'string' } }),
      ],
    }),
  );

  it('merges into an existing .claude/settings.json and advises --name when the id uses the server own name', async () => {
    const settings = join(dir, 'settings.json');
    writeFileSync(settings, '{"permissions":{"allow":["Bash(ls)"]},"theme":"dark"}\n');
    const io = captureIo(dir);
    const code = await classify.run(
      ['--tools', toolsFile, '--policy', settings, '--target', 'claude-code'],
      io,
    );
    expect(code).toBe(0);
    const doc = JSON.parse(readFileSync(settings, 'utf8')) as {
      theme: string;
      permissions: ClaudeCodePermissions;
    };
    expect(doc.theme).toBe('dark');
    expect(doc.permissions.allow).toEqual(['Bash(ls)', 'mcp__notes-server__list_notes']);
    expect(doc.permissions.deny).toContain('mcp__notes-server__delete_note');
    expect(io.err_.join('')).toMatch(
      /note: The server part of these entries is the server's own name "notes-server".*--name/,
    );
  });

  it('with --name there is no advice; a malformed settings file is left as it was', async () => {
    const settings = join(dir, 'broken.json');
    const broken = '{"permissions": {"allow": ["Bash(ls)"],}\n';
    writeFileSync(settings, broken);
    const io = captureIo(dir);
    await expect(
      classify.run(
        ['--tools', toolsFile, '--policy', settings, '--target', 'claude-code', '--name', 'notes'],
        io,
      ),
    ).rejects.toThrow(/broken.json is not valid JSON.*left unchanged/);
    expect(readFileSync(settings, 'utf8')).toBe(broken);
    expect(io.err_.join('')).not.toMatch(/--name/);
  });

  it('codex: writes a fragment, refuses to replace a config.toml it did not write', async () => {
    const out = join(dir, 'codex.toml');
    const io = captureIo(dir);
    expect(
      await classify.run(['--tools', toolsFile, '--policy', out, '--target', 'codex', '--name', 'notes'], io),
    ).toBe(0);
    const server = codexServer(parseToml(readFileSync(out, 'utf8')), 'notes');
    expect(server.enabled_tools).toEqual(['list_notes']);
    // a second run may replace our own fragment
    expect(
      await classify.run(['--tools', toolsFile, '--policy', out, '--target', 'codex', '--name', 'notes'], io),
    ).toBe(0);
    const config = join(dir, 'config.toml');
    const user = '[mcp_servers.notes]\ncommand = "notes-server"\n';
    writeFileSync(config, user);
    await expect(
      classify.run(['--tools', toolsFile, '--policy', config, '--target', 'codex', '--name', 'notes'], io),
    ).rejects.toThrow(/was not written by mcp-risk/);
    expect(readFileSync(config, 'utf8')).toBe(user);
  });
});

describe('Codex export', () => {
  it('enabled_tools is the allow-list; limits, argument rules and approval prompt every call', () => {
    const policy = hand(
      {
        list_jobs: {},
        run_job: { limits: [{ counter: 'r', window: 'minute', max: 10, scope: 'grant' }] },
        pay: { approval: 'required' },
        'sql.query': { deny_if: [{ path: 'args.query', op: 'regex', value: '(?i)drop' }] },
      },
      ['drop_table'],
    );
    const e = exportCodex(policy, [], 'ci');
    const server = codexServer(parseToml(e.content), 'ci');
    expect(server.enabled_tools).toEqual(['list_jobs', 'pay', 'run_job', 'sql.query']);
    expect(server.disabled_tools).toEqual(['drop_table']);
    for (const t of ['pay', 'run_job', 'sql.query']) expect(server.tools?.[t]?.approval_mode).toBe('prompt');
    expect(server.tools?.list_jobs).toBeUndefined();
    expect(e.notes.join('\n')).toMatch(
      /"run_job": rate limit \(10 per minute\) cannot be expressed in Codex/,
    );
    expect(e.notes.join('\n')).toMatch(/"sql.query": argument rules \(args.query regex\)/);
  });

  it('odd names are exact TOML literals and round-trip through the parser', () => {
    const names = [
      'a"b',
      'back\\slash',
      'new\nline',
      'tab\there',
      '__proto__',
      'zero\u200bwidth',
      'bidi\u202e',
      'é',
      '\u{1F600}',
      'x.y',
      'ctl\u0001\u007f',
      '',
    ];
    const tools = Object.fromEntries(names.map((n) => [n, { approval: 'required' as const }]));
    const policy = JSON.parse(JSON.stringify(hand(tools))) as Policy;
    const e = exportCodex(policy, [], 'my server');
    const toml = parseToml(e.content);
    const server = codexServer(toml, 'my server');
    const expected = names.filter((n) => n !== '').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(server.enabled_tools).toEqual(expected);
    for (const n of expected) expect(server.tools?.[n]?.approval_mode).toBe('prompt');
    // eslint-disable-next-line no-control-regex -- the point: no raw control character in the file
    expect(e.content).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u202e]/);
    expect(e.notes.some((n) => n.includes('Codex accepts only server names'))).toBe(true);
  });

  it('a server with nothing allowed is disabled outright, and a lone surrogate is never enabled', () => {
    const e = exportCodex(hand({ 'bad\ud800': {} }, ['x']), [], 's');
    const server = codexServer(parseToml(e.content), 's');
    expect(server.enabled).toBe(false);
    expect(server.enabled_tools).toEqual([]);
    expect(codexDecide(server, new Set(['x', 'bad\ud800']), 'bad\ud800')).toBe('deny');
  });

  it('is an export target', () => {
    const { classifications, policy } = policyFor([tool('list_notes', 'List notes.')]);
    expect(exportPolicy(policy, classifications, 'codex', 'notes').target).toBe('codex');
  });
});
