/**
 * Runs `mcp-risk crawl` in this process or as a child (`tsx`), without going through cli/main.ts,
 * so the crawl tests do not depend on the rest of the CLI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { CliIo } from '../../cli/command.js';
import { makeStyler } from '../../cli/terminal.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function captureIo(
  cwd: string = ROOT,
  signal: AbortSignal = new AbortController().signal,
): CliIo & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return {
    out_,
    err_,
    stdout: { write: (t: string) => out_.push(t) },
    stderr: { write: (t: string) => err_.push(t) },
    env: {},
    cwd,
    readStdin: () => Promise.resolve(''),
    signal,
    out: makeStyler(false, {}),
    err: makeStyler(false, {}),
  };
}

const RUNNER = `
import { runCrawl } from ${JSON.stringify(resolve(ROOT, 'cli/commands/crawl.ts'))};
import { makeStyler } from ${JSON.stringify(resolve(ROOT, 'cli/terminal.ts'))};
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
const io = {
  stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(),
  readStdin: async () => '', signal: controller.signal, out: makeStyler(false, {}), err: makeStyler(false, {}),
};
runCrawl(process.argv.slice(1), io).then(() => process.exit(0), (e) => { process.stderr.write(String(e?.stack ?? e) + '\\n'); process.exit(e?.code === 'interrupted' ? 130 : 4); });
`;

/** Starts the crawl as a child process (own process group, so a test can kill it and its servers). */
export function spawnCrawl(args: string[], cwd = ROOT): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', RUNNER, '--', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
}

export function runCrawlChild(
  args: string[],
  cwd = ROOT,
  timeoutMs = 180_000,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawnCrawl(args, cwd);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
  });
}
