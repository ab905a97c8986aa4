import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspect } from '../../crawler/index.js';
import {
  FILESYSTEM_BIN,
  NODE,
  NOTES,
  RAW,
  ROOT,
  closedPort,
  runCli,
  startHttpNotes,
  type HttpFixture,
} from '../fixtures/servers/harness.js';

// End-to-end: the built bin (npm test builds first; run `npm run build` before running this file alone).

const work = mkdtempSync(join(tmpdir(), 'mcp-risk-e2e-'));
const fsRoot = mkdtempSync(join(tmpdir(), 'mcp-risk-fsroot-'));
const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const schema = (file: string): object => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as object;
const validateOutput = ajv.compile(schema('schemas/classify-output.schema.json'));

interface Out {
  servers: {
    name: string;
    status: string;
    tools: { tool: string; access: string; category: string; risk: string; flags: string[]; hash: string }[];
    policy: unknown;
  }[];
  summary: { exitCode: number; failing: number; tools: number };
}
const parse = (stdout: string): Out => JSON.parse(stdout) as Out;
const labels = (out: Out) =>
  out.servers[0]!.tools.map(
    (t) => `${t.tool} ${t.access} ${t.category} ${t.risk} ${[...t.flags].sort().join('+')}`,
  ).sort();
const lastLine = (text: string) => text.trim().split('\n').pop() ?? '';

const notesConfig = join(work, 'mcp.json');
writeFileSync(
  notesConfig,
  `{
  // comments and trailing commas, as VS Code allows
  "mcpServers": {
    "filesystem": { "command": ${JSON.stringify(FILESYSTEM_BIN)}, "args": [${JSON.stringify(fsRoot)}] },
    "notes": { "command": ${JSON.stringify(NODE)}, "args": [${JSON.stringify(NOTES)}] },
    "needs-key": { "command": ${JSON.stringify(NODE)}, "args": [${JSON.stringify(RAW)}, "needs-key"] },
  },
}`,
);

describe('mcp-risk classify: inputs', () => {
  it('-- <command>: the filesystem server prints a table on stdout and nothing else', async () => {
    const r = await runCli(['classify', '--', FILESYSTEM_BIN, fsRoot]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^secure-filesystem-server \S+ {2}\(stdio: /);
    expect(lines[1]).toMatch(/^ {2}RISK +CATEGORY +TOOL +WHY$/);
    expect(r.stdout).toMatch(/\n {2}(high|critical) +destructive +write_file +\S/);
    expect(r.stdout).toMatch(/\n {2}\w+ +read +read_text_file +\S/);
    expect(r.stdout).toMatch(/\n {2}14 tools: .*\n$/);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('the same server through --config, --tools and the command gives the same labels', async () => {
    const byCommand = parse(
      (await runCli(['classify', '--format', 'json', '--', FILESYSTEM_BIN, fsRoot])).stdout,
    );
    const byConfig = parse(
      (await runCli(['classify', '--format', 'json', '--config', notesConfig, '--server', 'filesystem']))
        .stdout,
    );
    const snapshot = await introspect({ type: 'stdio', command: FILESYSTEM_BIN, args: [fsRoot], env: {} });
    const toolsFile = join(work, 'fs-tools.json');
    writeFileSync(toolsFile, JSON.stringify({ tools: snapshot.tools.map((t) => t.tool) }));
    const byTools = parse(
      (
        await runCli([
          'classify',
          '--format',
          'json',
          '--tools',
          toolsFile,
          '--name',
          'secure-filesystem-server',
        ])
      ).stdout,
    );
    const byStdin = parse(
      (
        await runCli(['classify', '--format', 'json', '--tools', '-', '--name', 'secure-filesystem-server'], {
          input: JSON.stringify(snapshot.tools.map((t) => t.tool)),
        })
      ).stdout,
    );
    expect(labels(byCommand)).toHaveLength(14);
    expect(labels(byConfig)).toEqual(labels(byCommand));
    expect(labels(byTools)).toEqual(labels(byCommand));
    expect(labels(byStdin)).toEqual(labels(byCommand));
    expect(byConfig.servers[0]!.name).toBe('filesystem');
  });

  describe('--url', () => {
    let http: HttpFixture;
    let sse: HttpFixture;
    let guarded: HttpFixture;
    beforeAll(async () => {
      [http, sse, guarded] = await Promise.all([
        startHttpNotes(['--http']),
        startHttpNotes(['--sse']),
        startHttpNotes(['--http', '--token', 'tok']),
      ]);
    });
    afterAll(async () => {
      await Promise.all([http?.stop(), sse?.stop(), guarded?.stop()]);
    });

    it('Streamable HTTP and SSE give the same labels as stdio', async () => {
      const stdio = parse((await runCli(['classify', '--format', 'json', '--', NODE, NOTES])).stdout);
      const overHttp = parse((await runCli(['classify', '--format', 'json', '--url', http.url])).stdout);
      const overSse = parse((await runCli(['classify', '--format', 'json', '--url', sse.url])).stdout);
      expect(labels(stdio)).toHaveLength(5);
      expect(labels(overHttp)).toEqual(labels(stdio));
      expect(labels(overSse)).toEqual(labels(stdio));
    });

    it('--header carries credentials; without them exit 3', async () => {
      const denied = await runCli(['classify', '--url', guarded.url]);
      expect(denied.code).toBe(3);
      expect(lastLine(denied.stderr)).toMatch(/auth_required: the server answered HTTP 401/);
      const ok = await runCli([
        'classify',
        '--format',
        'json',
        '--url',
        guarded.url,
        '--header',
        'Authorization: Bearer tok',
      ]);
      expect(ok.code).toBe(0);
      expect(parse(ok.stdout).summary.tools).toBe(5);
    });
  });
});

describe('mcp-risk classify: invalid definitions', () => {
  it('a tool with an invalid inputSchema is labelled from its name and description, flagged, and hidden', async () => {
    // the shape of the GitLab server's tools: a $schema and no "type"
    const file = join(work, 'gitlab-like.json');
    writeFileSync(
      file,
      JSON.stringify({
        tools: [
          {
            name: 'delete_project',
            description: 'Delete a GitLab project and everything in it.',
            inputSchema: {
              $schema: 'http://json-schema.org/draft-07/schema#',
              properties: { id: { type: 'string' } },
            },
          },
          { name: 'list_projects', description: 'List projects.', inputSchema: { type: 'object' } },
          // the SDK rejects it (annotations must be an object) though the classifier's own view reads it
          {
            name: 'send_report',
            description: 'Send a report to the team.',
            inputSchema: { type: 'object' },
            annotations: 'bogus',
          },
        ],
      }),
    );
    const r = await runCli(['classify', '--format', 'json', '--tools', file]);
    const out = JSON.parse(r.stdout) as {
      servers: Array<{
        invalidTools: Array<{
          name: string;
          label: { access: string; category: string; flags: string[]; confidence: number } | null;
        }>;
        policy: { hide?: string[] };
      }>;
    };
    expect(validateOutput(out), JSON.stringify(validateOutput.errors)).toBe(true);
    const [bad] = out.servers[0]!.invalidTools;
    expect(bad!.name).toBe('delete_project');
    expect(bad!.label!.access).toBe('write');
    expect(bad!.label!.category).toBe('destructive');
    expect(bad!.label!.flags).toContain('invalid_definition');
    expect(bad!.label!.confidence).toBeLessThanOrEqual(0.35);
    const sdkOnly = out.servers[0]!.invalidTools.find((t) => t.name === 'send_report')!;
    expect(sdkOnly.label!.access).toBe('write');
    expect(sdkOnly.label!.flags).toContain('invalid_definition');
    expect(sdkOnly.label!.confidence).toBeLessThanOrEqual(0.35);
    const text = await runCli(['classify', '--tools', file]);
    expect(text.stdout).toMatch(
      /delete_project\s+invalid definition: .*from its name and description: write/,
    );
  });
});

describe('mcp-risk classify: formats', () => {
  it('--format json prints exactly one document that validates against schemas/classify-output.schema.json', async () => {
    const r = await runCli(['classify', '--format', 'json', '--', NODE, NOTES]);
    expect(r.code).toBe(0);
    const doc = parse(r.stdout);
    expect(validateOutput(doc), JSON.stringify(validateOutput.errors)).toBe(true);
    expect(doc.servers[0]!.tools.map((t) => t.tool).sort()).toEqual([
      'create_note',
      'delete_note',
      'email_note',
      'list_notes',
      'run_query',
    ]);
  });

  it('--format sarif validates against the SARIF 2.1.0 schema; rule ids are classifier rule ids', async () => {
    const validateSarif = ajv.compile(schema('test/fixtures/sarif-2.1.0.schema.json'));
    const r = await runCli(['classify', '--format', 'sarif', '--min-risk', 'high', '--', NODE, NOTES]);
    expect(r.code).toBe(0);
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          properties: { tool: string; risk: string };
        }[];
      }[];
    };
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = sarif.runs[0]!;
    const json = parse((await runCli(['classify', '--format', 'json', '--', NODE, NOTES])).stdout);
    const atLeastHigh = json.servers[0]!.tools.filter((t) => t.risk === 'high' || t.risk === 'critical')
      .map((t) => t.tool)
      .sort();
    expect(run.results.map((x) => x.properties.tool).sort()).toEqual(atLeastHigh);
    const { ALL_RULES } = await import('../../classifier/index.js');
    const ids = new Set(ALL_RULES.map((rule) => rule.id));
    for (const result of run.results) {
      expect(ids.has(result.ruleId)).toBe(true);
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.level).toBe('error');
    }
  });

  it('--format markdown is a table for a pull-request comment', async () => {
    const r = await runCli(['classify', '--format', 'markdown', '--', NODE, NOTES]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## mcp-risk: tool risk\n/);
    expect(r.stdout).toContain('| Risk | Category | Tool | Why |');
    expect(r.stdout).toMatch(/\| `delete\\_note` \|/);
    // the paragraph per tool, the same one the site and /classify/ show (classifier/rationale.ts)
    expect(r.stdout).toContain('<details><summary>Why each tool needs its policy</summary>');
    const para = r.stdout.split('\n').find((l) => l.includes('`delete_note`, on '));
    expect(para).toBeDefined();
    expect(para).toMatch(/The balanced policy (hides it|caps it|lets a call through)/);
  });

  it("--format json carries each tool's paragraph as `why`, with its verbatim quote", async () => {
    const r = await runCli(['classify', '--format', 'json', '--', NODE, NOTES]);
    const doc = JSON.parse(r.stdout) as {
      servers: {
        tools: { tool: string; why: { text: string; quote: { path: string; text: string } | null } }[];
      }[];
    };
    const tools = doc.servers[0]!.tools;
    expect(tools.length).toBeGreaterThan(0);
    for (const t of tools) {
      expect(t.why.text).toContain(t.tool);
      if (t.why.quote) expect(t.why.text).toContain(`(${t.why.quote.path})`);
    }
  });

  it('untrusted text cannot reach the terminal as control sequences', async () => {
    const file = join(work, 'hostile.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          name: 'evil\u001b[2Jtool',
          description: 'Reads \u001b]0;pwned\u0007 the \u202eexcel\u202c file',
          inputSchema: { type: 'object' },
        },
      ]),
    );
    const r = await runCli(['classify', '--tools', file]);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stdout).toContain('evil[2Jtool');
  });
});

describe('mcp-risk classify: exit codes', () => {
  it('0 without --fail-on; 1 with a tool at or above it', async () => {
    expect((await runCli(['classify', '--', NODE, NOTES])).code).toBe(0);
    const failing = await runCli(['classify', '--fail-on', 'high', '--', NODE, NOTES]);
    expect(failing.code).toBe(1);
    expect(lastLine(failing.stderr)).toMatch(/^mcp-risk: \d+ tool\(s\) at or above --fail-on high$/);
    expect(failing.stdout).toMatch(/tool\(s\) at or above --fail-on high/);
  });

  const usageCases: [string, string[], RegExp][] = [
    ['an unknown option', ['classify', '--bogus'], /Unknown option '--bogus'/],
    ['no input', ['classify'], /nothing to classify/],
    ['two inputs', ['classify', '--tools', 'a.json', '--url', 'http://127.0.0.1:1/'], /only one of/],
    ['a bad --format', ['classify', '--format', 'xml', '--tools', 'a.json'], /--format must be one of/],
    [
      'a missing tools file',
      ['classify', '--tools', '/nonexistent/tools.json'],
      /cannot read tools file \/nonexistent\/tools.json: does not exist/,
    ],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
  ];
  for (const [what, args, message] of usageCases) {
    it(`2 for ${what}, with one line on stderr`, async () => {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    });
  }

  it('2 for a malformed config, a config without servers, and an unknown --server', async () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{ "mcpServers": { "x": ');
    const malformed = await runCli(['classify', '--config', bad]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^mcp-risk: .*bad.json is not valid JSON/);
    const empty = join(work, 'empty.json');
    writeFileSync(empty, '{"something": {}}');
    expect((await runCli(['classify', '--config', empty])).code).toBe(2);
    const unknown = await runCli(['classify', '--config', notesConfig, '--server', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no server named "nope" \(servers: filesystem, notes, needs-key\)/);
  });

  it('2 for a server that needs configuration (names what to pass)', async () => {
    const r = await runCli(['classify', '--config', notesConfig, '--server', 'needs-key']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs-key: needs_config: .*WIDGET_API_KEY.*--env NAME=value/);
  });

  it('4 for a command that does not exist, a server that exits at once, one that hangs, and a URL that refuses', async () => {
    const missing = await runCli(['classify', '--', '/nonexistent/bin/server']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/startup_failed: command not found: \/nonexistent\/bin\/server/);
    const exits = await runCli(['classify', '--', NODE, RAW, 'exit']);
    expect(exits.code).toBe(4);
    expect(exits.stderr).toMatch(/exited with code 1 before answering initialize: fatal: something broke/);
    const hangs = await runCli(['classify', '--timeout', '1', '--', NODE, RAW, 'hang']);
    expect(hangs.code).toBe(4);
    expect(hangs.stderr).toMatch(/timeout: no answer to initialize within 1000 ms \(raise --timeout/);
    const port = await closedPort();
    const refused = await runCli(['classify', '--url', `http://127.0.0.1:${port}/mcp`]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/startup_failed: cannot connect: ECONNREFUSED/);
  });

  it('the whole config: results for the servers that answer, the worst exit code for the one that did not', async () => {
    const r = await runCli(['classify', '--format', 'json', '--config', notesConfig]);
    expect(r.code).toBe(2);
    const doc = parse(r.stdout);
    expect(doc.servers.map((s) => [s.name, s.status])).toEqual([
      ['filesystem', 'ok'],
      ['notes', 'ok'],
      ['needs-key', 'needs_config'],
    ]);
    expect(doc.summary.exitCode).toBe(2);
  });

  it('130 on SIGINT, and the server is stopped', async () => {
    const r = await runCli(['classify', '--', NODE, RAW, 'hang'], {
      onSpawn: (child) => setTimeout(() => child.kill('SIGINT'), 700),
    });
    expect(r.code).toBe(130);
    expect(lastLine(r.stderr)).toBe('mcp-risk: interrupted');
  });
});
