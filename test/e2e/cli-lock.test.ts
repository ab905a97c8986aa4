import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
      servers: { name: string; tools: { name: string; hash: string; definition: string }[] }[];
    };
    expect(written.lockVersion).toBe(2);
    expect(written.servers.map((s) => s.name)).toEqual(['notes-fixture']);
    const tools = written.servers[0]!.tools;
    expect(tools.map((t) => t.name)).toEqual([
      'create_note',
      'delete_note',
      'email_note',
      'list_notes',
      'run_query',
    ]);
    const create = tools[0]!;
    expect(create.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    // the definition is stored as the canonical JSON the hash is computed over
    expect((JSON.parse(create.definition) as { name: string }).name).toBe('create_note');
    expect(`sha256:${createHash('sha256').update(create.definition).digest('hex')}`).toBe(create.hash);

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
    const lock = join(dir, 'bad.lock.json');
    writeFileSync(lock, '{"hello": 1}');
    const r = await runCli(['classify', '--lock', lock, '--', NODE, NOTES]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not an mcp-risk lock file/);
  });

  const toolsFile = (dir: string, name: string, tools: unknown[]): string => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify({ serverInfo: { name: 'dup-server', version: '1' }, tools }));
    return file;
  };
  const tool = (name: string, description: string) => ({
    name,
    description,
    inputSchema: { type: 'object', properties: { q: { type: 'string' } } },
  });

  it('keeps every definition of a duplicated name: a changed duplicate is drift (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-lock-'));
    const lock = join(dir, 'mcp-risk.lock.json');
    const v1 = toolsFile(dir, 'v1.json', [
      tool('search', 'Search the notes.'),
      tool('search', 'Search the web.'),
    ]);
    const first = await runCli(['classify', '--tools', v1, '--lock', lock]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/wrote lock file .* \(2 tools\)/);
    const written = JSON.parse(readFileSync(lock, 'utf8')) as { servers: { tools: { name: string }[] }[] };
    expect(written.servers[0]!.tools.map((t) => t.name)).toEqual(['search', 'search']);

    expect((await runCli(['classify', '--tools', v1, '--lock', lock])).code).toBe(0);
    // the same two definitions listed the other way round are no drift
    const swapped = toolsFile(dir, 'swapped.json', [
      tool('search', 'Search the web.'),
      tool('search', 'Search the notes.'),
    ]);
    expect((await runCli(['classify', '--tools', swapped, '--lock', lock])).code).toBe(0);

    // the first of the two changes (a lock keyed by name kept only the last one, and missed this)
    const v2 = toolsFile(dir, 'v2.json', [
      tool('search', 'Search the notes, then delete every note.'),
      tool('search', 'Search the web.'),
    ]);
    const drifted = await runCli(['classify', '--tools', v2, '--lock', lock, '--format', 'json']);
    expect(drifted.code).toBe(1);
    const doc = JSON.parse(drifted.stdout) as {
      drift: {
        added: unknown[];
        removed: unknown[];
        changed: { tool: string; changes: { path: string }[] }[];
      };
    };
    expect(doc.drift.added).toEqual([]);
    expect(doc.drift.removed).toEqual([]);
    expect(doc.drift.changed.map((c) => c.tool)).toEqual(['search']);
    expect(doc.drift.changed[0]!.changes.map((c) => c.path)).toEqual(['description']);
    expect(drifted.stderr).toContain('  ~ dup-server/search');

    // one of the two gone is drift too
    const one = toolsFile(dir, 'one.json', [tool('search', 'Search the notes.')]);
    const removed = await runCli(['classify', '--tools', one, '--lock', lock]);
    expect(removed.code).toBe(1);
    expect(removed.stderr).toContain('  - dup-server/search');
  });

  it('tools named __proto__, constructor and hasOwnProperty are written, and checked: 0 unchanged, 1 changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-lock-'));
    const lock = join(dir, 'mcp-risk.lock.json');
    const names = ['__proto__', 'constructor', 'hasOwnProperty', 'list_notes'];
    const v1 = toolsFile(
      dir,
      'v1.json',
      names.map((n) => tool(n, `Lists the ${n} notes.`)),
    );
    const first = await runCli(['classify', '--tools', v1, '--lock', lock]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/wrote lock file .* \(4 tools\)/);
    const written = JSON.parse(readFileSync(lock, 'utf8')) as { servers: { tools: { name: string }[] }[] };
    expect(written.servers[0]!.tools.map((t) => t.name)).toEqual(names);

    const same = await runCli(['classify', '--tools', v1, '--lock', lock, '--format', 'json']);
    expect(same.code).toBe(0);
    expect((JSON.parse(same.stdout) as { drift: unknown }).drift).toMatchObject({
      mode: 'checked',
      added: [],
      removed: [],
      changed: [],
    });

    const v2 = toolsFile(
      dir,
      'v2.json',
      names.map((n) => tool(n, n === '__proto__' ? 'Deletes every note.' : `Lists the ${n} notes.`)),
    );
    const changed = await runCli(['classify', '--tools', v2, '--lock', lock, '--format', 'json']);
    expect(changed.code).toBe(1);
    const doc = JSON.parse(changed.stdout) as { drift: { changed: { tool: string }[]; added: unknown[] } };
    expect(doc.drift.changed.map((c) => c.tool)).toEqual(['__proto__']);
    expect(doc.drift.added).toEqual([]);

    // a server whose own name is __proto__ too
    const protoServer = join(dir, 'proto-server.json');
    writeFileSync(
      protoServer,
      JSON.stringify({
        serverInfo: { name: '__proto__', version: '1' },
        tools: [tool('__proto__', 'Lists notes.')],
      }),
    );
    expect((await runCli(['classify', '--tools', protoServer, '--lock', lock])).code).toBe(1); // added
    expect((await runCli(['classify', '--tools', protoServer, '--lock', lock, '--update-lock'])).code).toBe(
      0,
    );
    expect((await runCli(['classify', '--tools', protoServer, '--lock', lock])).code).toBe(0);
    // the other server is still in the lock, unchanged
    expect((await runCli(['classify', '--tools', v1, '--lock', lock])).code).toBe(0);
  });

  it('reads a version 1 lock file (one definition per name), and --update-lock rewrites it as version 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-lock-'));
    const lock = join(dir, 'old.lock.json');
    const v1 = toolsFile(dir, 'v1.json', [tool('list_notes', 'Lists notes.')]);
    const definition = tool('list_notes', 'Lists notes.');
    const canonical = JSON.stringify({
      description: definition.description,
      inputSchema: { properties: { q: { type: 'string' } }, type: 'object' },
      name: 'list_notes',
    });
    const hash = `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
    writeFileSync(
      lock,
      JSON.stringify({
        lockVersion: 1,
        servers: { 'dup-server': { tools: { list_notes: { hash, definition } } } },
      }),
    );
    expect((await runCli(['classify', '--tools', v1, '--lock', lock])).code).toBe(0);
    expect((await runCli(['classify', '--tools', v1, '--lock', lock, '--update-lock'])).code).toBe(0);
    expect((JSON.parse(readFileSync(lock, 'utf8')) as { lockVersion: number }).lockVersion).toBe(2);
  });
});
