import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMcpRiskError, splitToolList } from '../../core/index.js';
import {
  childEnvironment,
  isPrivateAddress,
  parseClientConfig,
  parseToolsDocument,
  selectServers,
  unresolvedPlaceholders,
} from '../../crawler/index.js';
import { ROOT } from '../fixtures/servers/harness.js';

const configs = join(ROOT, 'test', 'fixtures', 'configs');
const load = (name: string): unknown => JSON.parse(readFileSync(join(configs, name), 'utf8'));
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return isMcpRiskError(error) ? error.code : 'not-ours';
  }
  return undefined;
};

describe('client configs -> targets', () => {
  it('Claude Desktop / Cursor / .mcp.json (mcpServers): stdio and HTTP entries, disabled skipped', () => {
    const parsed = parseClientConfig(load('claude-desktop.json'));
    expect(parsed.format).toBe('mcpServers');
    expect(parsed.servers).toEqual([
      {
        name: 'filesystem',
        target: {
          type: 'stdio',
          command: 'npx',
          args: ['-y', '@modelcontextprotocol/server-filesystem', '/tmp'],
          env: {},
        },
      },
      {
        name: 'github',
        target: {
          type: 'stdio',
          command: 'docker',
          args: ['run', '-i', '--rm', 'ghcr.io/github/github-mcp-server'],
          env: { GITHUB_PERSONAL_ACCESS_TOKEN: '${env:GITHUB_TOKEN}' },
        },
      },
      {
        name: 'remote',
        target: {
          type: 'http',
          url: 'https://mcp.example.com/mcp',
          headers: { Authorization: 'Bearer x' },
          transport: 'auto',
        },
      },
      {
        name: 'legacy',
        target: { type: 'http', url: 'https://old.example.com/sse', headers: {}, transport: 'sse' },
      },
    ]);
    expect(parsed.skipped).toEqual([{ name: 'off', reason: 'disabled in the config' }]);
    expect(unresolvedPlaceholders(parsed.servers[1]!.target)).toEqual(['${env:GITHUB_TOKEN}']);
    expect(unresolvedPlaceholders(parsed.servers[0]!.target)).toEqual([]);
  });

  it('VS Code (servers, with type http) and settings.json (mcp.servers)', () => {
    const vscode = parseClientConfig(load('vscode-mcp.json'));
    expect(vscode.format).toBe('vscode');
    expect(vscode.servers.map((s) => [s.name, s.target.type])).toEqual([
      ['memory', 'stdio'],
      ['api', 'http'],
    ]);
    expect(vscode.servers[1]!.target).toMatchObject({ transport: 'streamable-http' });
    const settings = parseClientConfig({ mcp: { servers: { x: { command: 'node', args: ['s.js'] } } } });
    expect(settings.servers).toHaveLength(1);
  });

  it('selects one server by name, every server without a name, and rejects an unknown name', () => {
    const parsed = parseClientConfig(load('claude-desktop.json'));
    expect(selectServers(parsed, 'github').map((s) => s.name)).toEqual(['github']);
    expect(selectServers(parsed, undefined)).toHaveLength(4);
    expect(codeOf(() => selectServers(parsed, 'nope'))).toBe('usage');
  });

  it('malformed configs are config_invalid with one clear message', () => {
    expect(codeOf(() => parseClientConfig([]))).toBe('config_invalid');
    expect(codeOf(() => parseClientConfig({ other: 1 }))).toBe('config_invalid');
    expect(codeOf(() => parseClientConfig({ mcpServers: [] }))).toBe('config_invalid');
    expect(codeOf(() => parseClientConfig({ mcpServers: { a: { args: [] } } }))).toBe('config_invalid');
    expect(
      codeOf(() => parseClientConfig({ mcpServers: { a: { command: 'x', args: 'not-an-array' } } })),
    ).toBe('config_invalid');
    expect(codeOf(() => parseClientConfig({ mcpServers: { a: { url: 'ftp://x' } } }))).toBe('config_invalid');
  });
});

describe('tools documents', () => {
  it('accepts a tools/list result, a JSON-RPC response and a bare array', () => {
    const tool = { name: 't', inputSchema: { type: 'object' } };
    expect(parseToolsDocument({ tools: [tool] })).toEqual([tool]);
    expect(parseToolsDocument({ jsonrpc: '2.0', id: 1, result: { tools: [tool] } })).toEqual([tool]);
    expect(parseToolsDocument([tool])).toEqual([tool]);
    expect(codeOf(() => parseToolsDocument({ nothing: true }))).toBe('input_invalid');
  });

  it('splits valid and invalid entries, capped', () => {
    const list = splitToolList(
      [
        { name: 'a', inputSchema: { type: 'object' } },
        { name: 'b' },
        'junk',
        { name: 'c', inputSchema: { type: 'object' } },
      ],
      3,
    );
    expect(list.tools.map((t) => t.tool.name)).toEqual(['a']);
    expect(list.invalidTools.map((t) => t.index)).toEqual([1, 2]);
    expect(list.totalOffered).toBe(4);
    expect(list.truncated).toBe(true);
  });
});

describe('environment and addresses', () => {
  it('childEnvironment keeps the allow-list and explicit values only', () => {
    expect(
      childEnvironment({ A: '1' }, { PATH: '/bin', HOME: '/h', NPM_TOKEN: 'secret', A: 'host' }),
    ).toEqual({ PATH: '/bin', HOME: '/h', A: '1' });
  });

  it('isPrivateAddress knows loopback, private, link-local and metadata ranges', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '100.64.0.1',
    ]) {
      expect(isPrivateAddress(a)).toBe(true);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '2606:4700::1111']) expect(isPrivateAddress(a)).toBe(false);
  });
});
