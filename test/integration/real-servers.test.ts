import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { introspect } from '../../crawler/index.js';
import { EVERYTHING_BIN, FILESYSTEM_BIN } from '../fixtures/servers/harness.js';

// Real npm servers installed as devDependencies (no network needed).
describe('real servers from node_modules', () => {
  it('@modelcontextprotocol/server-everything', async () => {
    const s = await introspect({ type: 'stdio', command: EVERYTHING_BIN, args: [], env: {} });
    expect(s.status).toBe('ok');
    expect(s.serverInfo?.name).toBe('mcp-servers/everything');
    expect(s.invalidTools).toEqual([]);
    expect(s.tools.map((t) => t.tool.name)).toEqual(expect.arrayContaining(['echo', 'get-sum', 'get-env']));
    expect(s.capabilities).toHaveProperty('tools');
  });

  it('@modelcontextprotocol/server-filesystem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-fs-'));
    const s = await introspect({ type: 'stdio', command: FILESYSTEM_BIN, args: [dir], env: {} });
    expect(s.status).toBe('ok');
    expect(s.tools.map((t) => t.tool.name)).toEqual(
      expect.arrayContaining([
        'read_text_file',
        'write_file',
        'edit_file',
        'move_file',
        'list_allowed_directories',
      ]),
    );
    expect(s.tools.find((t) => t.tool.name === 'write_file')?.tool.annotations).toMatchObject({
      readOnlyHint: false,
    });
  });
});
