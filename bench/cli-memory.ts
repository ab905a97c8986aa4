// npm run bench:memory: peak resident memory of the built CLI (`npm run build` first) on large inputs
// the caps admit, and on some they refuse. MCP_RISK_BIN=<path to main.js> measures another build (the
// figures before a change). Each row: exit code, peak RSS, wall time.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = process.env.MCP_RISK_BIN ?? join(ROOT, 'dist', 'cli', 'main.js');
const PRELOAD = join(ROOT, 'test', 'fixtures', 'max-rss.mjs');
const work = mkdtempSync(join(tmpdir(), 'mcp-risk-bench-memory-'));

function write(name: string, head: string, unit: string, bytes: number, tail: string): string {
  const file = join(work, name);
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  const chunk = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)));
  let n = head.length + tail.length;
  while (n + chunk.length <= bytes) {
    writeSync(fd, chunk);
    n += chunk.length;
  }
  writeSync(fd, tail);
  closeSync(fd);
  return file;
}

const TOOL = '{"tools":[{"name":"read_file","inputSchema":{"type":"object"},"description":"';
function richTools(): string {
  const file = join(work, 'rich.json');
  const fd = openSync(file, 'w');
  writeSync(fd, '{"tools":[');
  const description = 'Lists items in the folder and returns them. '.repeat(230);
  for (let i = 0; i < 1000; i++) {
    const props: Record<string, unknown> = {};
    for (let j = 0; j < 300; j++)
      props[`param_${j}`] = { type: 'string', description: `The value number ${j} of the thing to look up.` };
    writeSync(
      fd,
      `${i ? ',' : ''}${JSON.stringify({ name: `tool_${i}`, description, inputSchema: { type: 'object', properties: props } })}`,
    );
  }
  writeSync(fd, ']}');
  closeSync(fd);
  return file;
}

const MiB = 1024 * 1024;
const cases: { what: string; args: string[]; stdin?: string }[] = [];
const desc50 = write('desc50.json', TOOL, 'Reads a file. ', 50_000_000, '"}]}');
cases.push({ what: '50 MB description, --tools <file>', args: ['--tools', desc50, '--format', 'json'] });
cases.push({ what: '50 MB description, --tools - (stdin)', args: ['--tools', '-'], stdin: desc50 });
const desc64 = write('desc64.json', TOOL, 'Reads a file. ', 64 * MiB - 1024, '"}]}');
cases.push({ what: '64 MiB description (just under the cap)', args: ['--tools', desc64] });
cases.push({
  what: '64 MiB description with --lock',
  args: ['--tools', desc64, '--lock', join(work, 'lock.json')],
});
const cyr = write('cyr.json', TOOL, 'Читает файл. ', 60 * MiB, '"}]}');
cases.push({ what: '60 MiB of Cyrillic description', args: ['--tools', cyr] });
cases.push({
  what: '1,000 tools x 300 parameters (37 MB)',
  args: ['--tools', richTools(), '--format', 'json'],
});
const zeros = write(
  'zeros.json',
  '{"tools":[{"name":"x","inputSchema":{"type":"object","default":[',
  '0,',
  60 * MiB,
  '0]}}]}',
);
cases.push({ what: '60 MiB of [0,0,0,...] in a default', args: ['--tools', zeros] });
const over = write('over.json', TOOL, 'Reads a file. ', 64 * MiB + 1024, '"}]}');
cases.push({ what: 'over the cap, --tools - (stdin)', args: ['--tools', '-'], stdin: over });

console.log(`bin: ${BIN}`);
console.log(`${'input'.padEnd(44)} exit  peak RSS    time`);
for (const c of cases) {
  const rssFile = join(work, 'rss');
  rmSync(rssFile, { force: true });
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, 'classify', ...c.args], {
    env: { ...process.env, NODE_OPTIONS: `--import=${PRELOAD}`, MCP_RISK_MAX_RSS_FILE: rssFile },
    stdio: [c.stdin ? openSync(c.stdin, 'r') : 'ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 20,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let rss = '?';
  try {
    rss = `${Math.round(Number(readFileSync(rssFile, 'utf8')) / MiB)} MiB`;
  } catch {
    /* killed before it could say */
  }
  const line = r.stderr.toString().trim().split('\n')[0] ?? '';
  console.log(
    `${c.what.padEnd(44)} ${String(r.status).padStart(4)}  ${rss.padStart(8)}  ${seconds.padStart(5)} s  ${line.slice(0, 90)}`,
  );
}
rmSync(work, { recursive: true, force: true });
