import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { NODE, NOTES, ROOT, runCli } from '../fixtures/servers/harness.js';

const work = mkdtempSync(join(tmpdir(), 'mcp-risk-policy-'));
const golden = join(ROOT, 'test', 'fixtures', 'golden', 'cli');
const validatePolicy = new Ajv2020({ strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, 'schemas', 'policy.schema.json'), 'utf8')) as object,
);

/** Compares with the committed golden file; UPDATE_GOLDEN=1 rewrites it (review the diff). */
function expectGolden(name: string, actual: string): void {
  const file = join(golden, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(golden, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('mcp-risk classify --policy', () => {
  for (const profile of ['strict', 'balanced', 'permissive']) {
    it(`native, ${profile}: validates against schemas/policy.schema.json and matches the golden file`, async () => {
      const file = join(work, `notes.${profile}.json`);
      const r = await runCli(['classify', '--policy', file, '--profile', profile, '--', NODE, NOTES]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`wrote native policy (${profile}) to ${file}`);
      const text = readFileSync(file, 'utf8');
      const policy = JSON.parse(text) as { default: string; tools: Record<string, unknown> };
      expect(validatePolicy(policy), JSON.stringify(validatePolicy.errors)).toBe(true);
      expect(policy.default).toBe('deny');
      expectGolden(`notes.native.${profile}.json`, text);
    });
  }

  it('claude-code: permissions allow/ask/deny with mcp__<server>__<tool>, notes on stderr', async () => {
    const file = join(work, 'settings.json');
    const r = await runCli([
      'classify',
      '--policy',
      file,
      '--target',
      'claude-code',
      '--name',
      'notes',
      '--',
      NODE,
      NOTES,
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const doc = JSON.parse(text) as { permissions: { allow: string[]; ask: string[]; deny: string[] } };
    const all = [...doc.permissions.allow, ...doc.permissions.ask, ...doc.permissions.deny].sort();
    expect(all).toEqual([
      'mcp__notes__create_note',
      'mcp__notes__delete_note',
      'mcp__notes__email_note',
      'mcp__notes__list_notes',
      'mcp__notes__run_query',
    ]);
    expect(doc.permissions.allow).toContain('mcp__notes__list_notes');
    expect(doc.permissions.deny).toContain('mcp__notes__delete_note');
    expect(r.stderr).toMatch(/note: mcp__notes__\w+: rate limit \(\d+ per minute\) cannot be expressed/);
    expectGolden('notes.claude-code.balanced.json', text);
  });

  for (const [target, name, schemaName] of [
    ['cedar-toolhive', 'authz.json', 'authz.cedarschema.json'],
    ['cedar-docker', 'notes.cedar', 'notes.cedarschema.json'],
  ] as const) {
    it(`${target}: the policy and, beside it, its Cedar schema`, async () => {
      const file = join(work, name);
      const r = await runCli([
        'classify',
        '--policy',
        file,
        '--target',
        target,
        '--name',
        'notes',
        '--',
        NODE,
        NOTES,
      ]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`wrote ${target} policy (balanced) to ${file}`);
      expect(r.stderr).toContain(`to ${join(work, schemaName)}`);
      const schema = JSON.parse(readFileSync(join(work, schemaName), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(schema)).toEqual([target === 'cedar-toolhive' ? '' : 'MCP']);
      const text = readFileSync(file, 'utf8');
      if (target === 'cedar-toolhive') expect(JSON.parse(text)).toMatchObject({ type: 'cedarv1' });
      else expect(text).toContain('resource in MCP::Server::"notes"');
      expect(r.stderr).toMatch(/note: "\w+": forbidden in /);
    });
  }

  it('the native policy in --format json is the one written with --policy', async () => {
    const file = join(work, 'same.json');
    const r = await runCli(['classify', '--format', 'json', '--policy', file, '--', NODE, NOTES]);
    const doc = JSON.parse(r.stdout) as { servers: { policy: unknown }[] };
    expect(doc.servers[0]!.policy).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
