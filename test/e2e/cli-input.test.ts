import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NODE, ROOT, runCli } from '../fixtures/servers/harness.js';

// Input caps on the built bin (npm test builds first; run `npm run build` before running this file alone).

const work = mkdtempSync(join(tmpdir(), 'mcp-risk-input-e2e-'));
const OVER = 64 * 1024 * 1024 + 1024;

let over: string | undefined;
/** A file just over the cap that is a valid tools document with one huge description (written once). */
function bigToolsFile(): string {
  if (over) return over;
  const bytes = OVER;
  const file = join(work, 'over.json');
  const head = '{"tools":[{"name":"read_file","inputSchema":{"type":"object"},"description":"';
  const tail = '"}]}';
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  const chunk = Buffer.alloc(1024 * 1024, 'Reads a file. ');
  let left = bytes - head.length - tail.length;
  while (left > 0) {
    const n = Math.min(left, chunk.length);
    writeSync(fd, chunk, 0, n);
    left -= n;
  }
  writeSync(fd, tail);
  closeSync(fd);
  over = file;
  return file;
}

/** Runs `sh -c script` with BIN and NODE in the environment; the exit code is the pipeline's last command's. */
function sh(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', BIN, NODE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${script}\n${stderr}`));
    }, 60_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const oneLine = (stderr: string): string[] => stderr.trim().split('\n');

describe('mcp-risk classify: input over the cap is one line and exit 2', () => {
  it('--tools - from an endless pipe: stops reading at 64 MiB (no "internal error", no stack)', async () => {
    const r = await sh('cat /dev/zero | "$NODE" "$BIN" classify --tools -');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toEqual([
      'mcp-risk: stdin is larger than 64 MiB; mcp-risk reads at most that much input',
    ]);
  });

  it('--tools - with a tools document just over the cap', async () => {
    const file = bigToolsFile();
    const r = await sh(`"$NODE" "$BIN" classify --tools - < ${JSON.stringify(file)}`);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      'mcp-risk: stdin is larger than 64 MiB; mcp-risk reads at most that much input',
    ]);
    const piped = await sh(`cat ${JSON.stringify(file)} | "$NODE" "$BIN" classify --tools -`);
    expect(piped.code).toBe(2);
    expect(piped.stderr).not.toContain('internal error');
  });

  it('--tools <file>, --config <file>, --lock <file> over the cap; an endless device as --tools', async () => {
    const file = bigToolsFile();
    const tools = await runCli(['classify', '--tools', file]);
    expect(tools.code).toBe(2);
    expect(oneLine(tools.stderr)).toEqual([
      `mcp-risk: tools file ${file} is larger than 64 MiB; mcp-risk reads at most that much input`,
    ]);
    const config = await runCli(['classify', '--config', file]);
    expect(config.code).toBe(2);
    expect(oneLine(config.stderr)).toEqual([
      `mcp-risk: config ${file} is larger than 64 MiB; mcp-risk reads at most that much input`,
    ]);
    const small = join(work, 'small.json');
    writeFileSync(
      small,
      JSON.stringify({ tools: [{ name: 'list_items', inputSchema: { type: 'object' } }] }),
    );
    const lock = await runCli(['classify', '--tools', small, '--lock', file]);
    expect(lock.code).toBe(2);
    expect(oneLine(lock.stderr)).toEqual([
      `mcp-risk: lock file ${file} is larger than 64 MiB; mcp-risk reads at most that much input`,
    ]);
    const device = await runCli(['classify', '--tools', '/dev/zero']);
    expect(device.code).toBe(2);
    expect(oneLine(device.stderr)).toEqual([
      'mcp-risk: tools file /dev/zero is larger than 64 MiB; mcp-risk reads at most that much input',
    ]);
  });

  it('a pipe given as a file (/dev/stdin, process substitution) is read like stdin', async () => {
    const r = await sh(
      `echo '{"tools":[{"name":"list_items","inputSchema":{"type":"object"}}]}' | "$NODE" "$BIN" classify --tools /dev/stdin --format json`,
    );
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { summary: { tools: number } }).summary.tools).toBe(1);
  });
});

describe('mcp-risk guard and crawl: input files are capped and parsed with one line too', () => {
  it('guard --policy over the cap; crawl --jobs that is not JSON', async () => {
    const file = bigToolsFile();
    const guard = await runCli(['guard', '--policy', file, '--', NODE, '-e', '']);
    expect(guard.code).toBe(2);
    expect(oneLine(guard.stderr)).toEqual([
      `mcp-risk: policy ${file} is larger than 64 MiB; mcp-risk reads at most that much input`,
    ]);
    const jobs = join(work, 'jobs.json');
    writeFileSync(jobs, '[{"name": ');
    const crawl = await runCli(['crawl', '--jobs', jobs, '--no-sandbox', '--db', join(work, 'c.sqlite')]);
    expect(crawl.code).toBe(2);
    expect(crawl.stderr).toMatch(/jobs.json is not valid JSON/);
    expect(crawl.stderr).not.toContain('internal error');
  });
});
