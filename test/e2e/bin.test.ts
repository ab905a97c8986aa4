import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../fixtures/servers/harness.js';

// The built bin as a user gets it from a clone: `npm run build && npm link` (npm test builds first; run
// `npm run build` before running this file alone). The link skips lifecycle scripts: the root postinstall
// (`npm ci` in site/) has nothing to do with putting the bin on the PATH and takes minutes.

const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
const TOOLS = '{"tools":[{"name":"list_items","inputSchema":{"type":"object"}}]}';

describe('the mcp-risk bin', () => {
  it('dist/cli/main.js starts with a node shebang, is executable, and runs on its own', () => {
    expect(readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(statSync(BIN).mode & 0o111).toBe(0o111);
    const r = spawnSync(BIN, ['--version'], { env, encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('npm link puts mcp-risk on the PATH (into a scratch prefix, not the machine’s)', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'mcp-risk-link-'));
    const link = spawnSync('npm', ['link', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: ROOT,
      env: { ...env, npm_config_prefix: prefix, npm_config_update_notifier: 'false' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(link.status, link.stderr).toBe(0);
    const path = `${join(prefix, 'bin')}:${env.PATH}`;
    const r = spawnSync('mcp-risk', ['classify', '--tools', '-'], {
      env: { ...env, PATH: path },
      input: TOOLS,
      encoding: 'utf8',
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 tools: 1 medium/);
  }, 180_000);
});
