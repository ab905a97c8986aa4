/**
 * Guard benchmark (npm run bench:guard). Against a baseline measured in the same run, on the same
 * machine, with the same fixture server (test/fixtures/servers/guard-server.mjs, the trivial `echo`):
 *  1. latency per call: the SDK client straight to the server, against the same client through
 *     `mcp-risk guard` (the built bin) in front of it; sequential calls, median and p95
 *     (target: at most 1.5x the direct call);
 *  2. throughput: calls per second through one guard with 32 calls in flight (target >= 1,000/s).
 * Prints the figures and ratios; asserts nothing.
 * Usage: tsx bench/guard.bench.ts [--calls 2000] [--concurrency 32]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { BIN, NODE, SERVERS } from '../test/fixtures/servers/harness.js';

const { values } = parseArgs({ options: { calls: { type: 'string' }, concurrency: { type: 'string' } } });
const calls = Number(values.calls ?? 2000);
const concurrency = Number(values.concurrency ?? 32);
const server = [join(SERVERS, 'guard-server.mjs')];
const work = mkdtempSync(join(tmpdir(), 'mcp-risk-bench-guard-'));
const policy = join(work, 'policy.json');
// a realistic policy for the call: echo is allowed with a rate limit high enough never to bind,
// so every call goes through decide(), the limit counter and the audit log
writeFileSync(
  policy,
  JSON.stringify({
    version: '1',
    default: 'deny',
    tools: {
      echo: { limits: [{ counter: 'echo_rate', window: 'second', max: 1_000_000, scope: 'session' }] },
    },
  }),
);

async function connect(args: string[]): Promise<Client> {
  const client = new Client({ name: 'bench-guard', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: NODE, args, stderr: 'ignore' }));
  return client;
}

const echo = (client: Client, i: number) =>
  client.callTool({ name: 'echo', arguments: { text: `call ${i}` } });

async function latency(client: Client): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 200; i++) await echo(client, i); // warm-up: JIT, both processes
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await echo(client, i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

async function throughput(client: Client): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) await echo(client, next++);
    }),
  );
  return calls / ((performance.now() - t0) / 1000);
}

const direct = await connect(server);
const guarded = await connect([
  BIN,
  'guard',
  '--policy',
  policy,
  '--audit',
  join(work, 'audit.jsonl'),
  '--',
  NODE,
  ...server,
]);

const d = await latency(direct);
const g = await latency(guarded);
const dRate = await throughput(direct);
const gRate = await throughput(guarded);
await direct.close();
await guarded.close();

const ms = (x: number) => `${x.toFixed(3)} ms`;
process.stdout.write(
  [
    `bench:guard: ${calls} sequential calls of a trivial tool, then ${calls} with ${concurrency} in flight`,
    `  direct   median ${ms(d.median)}  p95 ${ms(d.p95)}  ${Math.round(dRate)} calls/s`,
    `  guarded  median ${ms(g.median)}  p95 ${ms(g.p95)}  ${Math.round(gRate)} calls/s`,
    `  latency ratio (guarded / direct): median ${(g.median / d.median).toFixed(2)}x, p95 ${(g.p95 / d.p95).toFixed(2)}x  (target <= 1.5x)`,
    `  added per call: median ${ms(g.median - d.median)}`,
    `  throughput through one guard: ${Math.round(gRate)} calls/s (${(gRate / dRate).toFixed(2)}x direct; target >= 1000)`,
    '',
  ].join('\n'),
);
