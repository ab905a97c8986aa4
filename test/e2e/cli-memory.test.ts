import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../fixtures/servers/harness.js';

// Peak memory of the built bin on inputs the caps admit (npm test builds first; run `npm run build`
// before running this file alone). The figure: a 50 MB description took 1.06 GB.

const work = mkdtempSync(join(tmpdir(), 'mcp-risk-memory-'));
const PRELOAD = join(ROOT, 'test', 'fixtures', 'max-rss.mjs');
const LIMIT = 300 * 1024 * 1024;

/** `{"tools":[{name, inputSchema, description: <about `bytes` of text>}]}`, written in pieces. */
function toolsFile(name: string, bytes: number, unit: string): string {
  const file = join(work, name);
  const fd = openSync(file, 'w');
  writeSync(fd, '{"tools":[{"name":"read_file","inputSchema":{"type":"object"},"description":"');
  const chunk = unit.repeat(Math.ceil((1 << 20) / unit.length));
  for (let n = 0; n < bytes; n += chunk.length) writeSync(fd, chunk);
  writeSync(fd, '"}]}');
  closeSync(fd);
  return file;
}

async function measured(args: string[], input?: string) {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const r = await runCli(args, {
    env: { NODE_OPTIONS: `--import=${PRELOAD}`, MCP_RISK_MAX_RSS_FILE: rssFile },
    timeoutMs: 180_000,
    ...(input === undefined ? {} : { input }),
  });
  return { ...r, maxRss: Number(readFileSync(rssFile, 'utf8')) };
}

const canonicalHash = (file: string): string => {
  // the tools document's one tool, canonically: keys sorted, as the content hash is defined
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { tools: [Record<string, unknown>] };
  const tool = doc.tools[0];
  const text = `{"description":${JSON.stringify(tool.description)},"inputSchema":{"type":"object"},"name":"read_file"}`;
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
};

describe('mcp-risk classify: memory stays bounded', () => {
  it('a 50 MB description: under 300 MB peak, unknown + high + oversized, hashed over every byte', async () => {
    const file = toolsFile('desc50.json', 50_000_000, 'Reads a file. ');
    const r = await measured(['classify', '--tools', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.maxRss).toBeLessThan(LIMIT);
    const out = JSON.parse(r.stdout) as {
      servers: { tools: { access: string; risk: string; flags: string[]; hash: string }[] }[];
    };
    const tool = out.servers[0]!.tools[0]!;
    expect(tool).toMatchObject({ access: 'unknown', risk: 'high' });
    expect(tool.flags).toContain('oversized');
    expect(tool.hash).toBe(canonicalHash(file));
  }, 240_000);

  it('the same through stdin, and a 30 MB description of two-byte letters', async () => {
    const file = toolsFile('desc50b.json', 50_000_000, 'Reads a file. ');
    const stdin = await measured(['classify', '--tools', '-'], readFileSync(file, 'utf8'));
    expect(stdin.code).toBe(0);
    expect(stdin.maxRss).toBeLessThan(LIMIT);
    const cyrillic = toolsFile('cyr.json', 30_000_000, 'Читает файл. ');
    const r = await measured(['classify', '--tools', cyrillic]);
    expect(r.code).toBe(0);
    expect(r.maxRss).toBeLessThan(LIMIT);
  }, 240_000);

  it('a document of millions of tiny values is refused before it is parsed (one line, exit 2)', async () => {
    const file = join(work, 'zeros.json');
    const fd = openSync(file, 'w');
    writeSync(fd, '{"tools":[{"name":"x","inputSchema":{"type":"object","default":[');
    const chunk = '0,'.repeat(1 << 19);
    for (let i = 0; i < 40; i++) writeSync(fd, chunk);
    writeSync(fd, '0]}}]}');
    closeSync(fd);
    const r = await measured(['classify', '--tools', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `mcp-risk: ${file} holds more than 1,000,000 JSON values; mcp-risk reads at most that many`,
    ]);
    expect(r.maxRss).toBeLessThan(LIMIT);
  }, 120_000);
});
