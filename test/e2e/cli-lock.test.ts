import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE, NOTES, runCli } from '../fixtures/servers/harness.js';

describe('mcp-risk classify --lock', () => {
  it('writes hashes on the first run, passes unchanged, reports drift with a diff (exit 1), accepts with --update-lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-lock-'));
    const lock = join(dir, 'mcp-risk.lock.json');
    const v1 = ['--', NODE, NOTES];
    const v2 = ['--', NODE, NOTES, '--variant', '2'];

    const first = await runCli(['classify', '--lock', lock, ...v1]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/wrote lock file .* \(5 tools\)/);
    const written = JSON.parse(readFileSync(lock, 'utf8')) as {
      lockVersion: number;
      servers: Record<string, { tools: Record<string, { hash: string; definition: { name: string } }> }>;
    };
    expect(written.lockVersion).toBe(1);
    const tools = written.servers['notes-fixture']!.tools;
    expect(Object.keys(tools)).toEqual([
      'create_note',
      'delete_note',
      'email_note',
      'list_notes',
      'run_query',
    ]);
    expect(tools.create_note!.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(tools.create_note!.definition.name).toBe('create_note');

    const same = await runCli(['classify', '--lock', lock, '--format', 'json', ...v1]);
    expect(same.code).toBe(0);
    const sameDoc = JSON.parse(same.stdout) as {
      drift: { mode: string; added: unknown[]; removed: unknown[]; changed: unknown[] };
    };
    expect(sameDoc.drift).toMatchObject({ mode: 'checked', added: [], removed: [], changed: [] });

    const drifted = await runCli(['classify', '--lock', lock, '--format', 'json', ...v2]);
    expect(drifted.code).toBe(1);
    const doc = JSON.parse(drifted.stdout) as {
      drift: {
        added: { tool: string }[];
        removed: { tool: string }[];
        changed: { tool: string; changes: { path: string; before: string; after: string }[] }[];
      };
    };
    expect(doc.drift.added.map((a) => a.tool)).toEqual(['archive_note']);
    expect(doc.drift.removed.map((a) => a.tool)).toEqual(['email_note']);
    expect(doc.drift.changed.map((c) => c.tool)).toEqual(['create_note']);
    expect(doc.drift.changed[0]!.changes).toEqual([
      {
        path: 'inputSchema.properties.title.description',
        before: '"Title of the note"',
        after: '"Title of the note (max 200 characters)"',
      },
    ]);
    expect(drifted.stderr).toContain('drift from');
    expect(drifted.stderr).toContain('  + notes-fixture/archive_note');
    expect(drifted.stderr).toContain('  - notes-fixture/email_note');
    expect(drifted.stderr).toContain(
      '      inputSchema.properties.title.description: "Title of the note" -> "Title of the note (max 200 characters)"',
    );
    // The lock is not rewritten by a drifting run.
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toEqual(written);

    const accepted = await runCli(['classify', '--lock', lock, '--update-lock', ...v2]);
    expect(accepted.code).toBe(0);
    expect((await runCli(['classify', '--lock', lock, ...v2])).code).toBe(0);
  });

  it('a lock file that is not one is an input error (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-lock-'));
    const { writeFileSync } = await import('node:fs');
    const lock = join(dir, 'bad.lock.json');
    writeFileSync(lock, '{"hello": 1}');
    const r = await runCli(['classify', '--lock', lock, '--', NODE, NOTES]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not an mcp-risk lock file/);
  });
});
