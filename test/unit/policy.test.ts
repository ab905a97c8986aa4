import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildPolicy, classifyServer, classifyTool, toolPolicy } from '../../classifier/index.js';
import { PolicySchema, type Profile, type ServerContext } from '../../core/index.js';
import { renderSchemas } from '../../scripts/schemas.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';

/** The policy JSON printed on both seed pages in ../shared/seeds/, transcribed. */
const SEED_POLICY = {
  version: '1',
  default: 'deny',
  tools: { run_job: { limits: [{ counter: 'run_job_rate', window: 'minute', max: 10, scope: 'grant' }] } },
};

describe('seeds: run_job', () => {
  const seeds: Array<{ tool: unknown; server: ServerContext }> = [
    {
      server: { name: 'AAP Enterprise MCP Server', instructions: 'Red Hat Ansible Automation Platform' },
      tool: {
        name: 'run_job',
        description: 'Run a job template by ID, optionally with extra_vars.',
        inputSchema: {
          type: 'object',
          properties: {
            job_id: { type: 'integer', description: 'ID of the job template' },
            extra_vars: { type: 'object', description: 'Extra variables for the playbook' },
          },
          required: ['job_id'],
        },
      },
    },
    {
      server: { name: 'Databricks MCP Server' },
      tool: {
        name: 'run_job',
        description: 'Run a Databricks job with parameters: job_id (required), notebook_params (optional)',
        inputSchema: {
          type: 'object',
          properties: {
            job_id: { type: 'integer' },
            notebook_params: { type: 'object', additionalProperties: { type: 'string' } },
          },
          required: ['job_id'],
        },
      },
    },
  ];

  for (const { tool, server } of seeds) {
    it(`${server.name}: execute + high, and the balanced policy equals the seed's exactly`, () => {
      const c = classifyTool(tool, server);
      expect(c.access).toBe('execute');
      expect(c.category).toBe('execute');
      expect(c.risk).toBe('high');
      expect(JSON.stringify(toolPolicy(c, 'balanced'), null, 2)).toBe(JSON.stringify(SEED_POLICY, null, 2));
      expect(c.rationale[0]).toMatch(/^From the tool's definition \(/);
    });
    it(`${server.name}: also execute without the server context`, () => {
      expect(classifyTool(tool).access).toBe('execute');
    });
  }
});

describe('policy profiles', () => {
  const tools = [
    { name: 'list_jobs', description: 'List jobs', inputSchema: { type: 'object', properties: {} } },
    { name: 'create_issue', description: 'Create an issue', inputSchema: { type: 'object', properties: {} } },
    {
      name: 'run_job',
      description: 'Run a job',
      inputSchema: { type: 'object', properties: { job_id: { type: 'string' } } },
    },
    {
      name: 'delete_file',
      description: 'Delete a file',
      inputSchema: { type: 'object', properties: { id: { type: 'string' } } },
    },
    {
      name: 'transfer_funds',
      description: 'Transfer money',
      inputSchema: { type: 'object', properties: { amount: { type: 'number' } } },
    },
  ];
  const cs = classifyServer(tools).tools;
  const levels = (p: Profile) => {
    const policy = buildPolicy(cs, p);
    return Object.fromEntries(
      cs.map((c) => {
        const r = policy.tools[c.tool];
        const level = !r
          ? 'hidden'
          : r.approval
            ? 'approval'
            : r.limits
              ? `${r.limits[0]!.max}/${r.limits[0]!.window}`
              : 'allow';
        return [c.tool, level];
      }),
    );
  };

  it('balanced follows ARCHITECTURE.md', () => {
    expect(levels('balanced')).toEqual({
      list_jobs: 'allow',
      create_issue: '30/minute',
      run_job: '10/minute',
      delete_file: 'hidden',
      transfer_funds: 'approval',
    });
  });
  it('strict moves each class one step tighter', () => {
    expect(levels('strict')).toEqual({
      list_jobs: '30/minute',
      create_issue: '10/minute',
      run_job: 'approval',
      delete_file: 'hidden',
      transfer_funds: 'hidden',
    });
  });
  it('permissive moves each class one step looser, but money still needs approval', () => {
    expect(levels('permissive')).toEqual({
      list_jobs: 'allow',
      create_issue: 'allow',
      run_job: '30/minute',
      delete_file: 'approval',
      transfer_funds: 'approval',
    });
  });
  it('is default deny, uses exact names, and a nameless tool is never listed', () => {
    const p = buildPolicy([
      ...cs,
      classifyTool({ name: '', inputSchema: { type: 'object' } }),
      classifyTool({ name: '__proto__', description: 'List x', inputSchema: { type: 'object' } }),
    ]);
    expect(p.default).toBe('deny');
    expect(Object.keys(p.tools)).toContain('__proto__');
    expect(Object.getPrototypeOf(p.tools)).toBe(Object.prototype);
    expect(Object.keys(p.tools)).not.toContain('');
  });
});

describe('published JSON Schema', () => {
  it('the committed schemas are current', () => {
    for (const [file, content] of Object.entries(renderSchemas())) {
      expect(
        readFileSync(join(root, 'schemas', file), 'utf8'),
        `schemas/${file} is stale: run npm run schemas`,
      ).toBe(content);
    }
  });
});

describe('golden policies for the fixture servers', () => {
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(
    JSON.parse(readFileSync(join(root, 'schemas', 'policy.schema.json'), 'utf8')) as object,
  );
  for (const file of readdirSync(join(fixtures, 'tool-lists'))) {
    for (const profile of ['balanced', 'strict', 'permissive'] as const) {
      it(`${file} (${profile})`, () => {
        const list = JSON.parse(readFileSync(join(fixtures, 'tool-lists', file), 'utf8')) as {
          server: ServerContext;
          tools: unknown[];
        };
        const policy = buildPolicy(classifyServer(list.tools, list.server).tools, profile);
        expect(PolicySchema.safeParse(policy).success).toBe(true);
        expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
        const golden = join(fixtures, 'golden', 'policies', file.replace('.json', `.${profile}.policy.json`));
        const text = `${JSON.stringify(policy, null, 2)}\n`;
        if (update || !existsSync(golden)) writeFileSync(golden, text);
        expect(text).toBe(readFileSync(golden, 'utf8'));
      });
    }
  }
});
