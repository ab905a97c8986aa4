#!/usr/bin/env node
// List the tools of one MCP server over stdio and print/write the result as JSON.
//
// Usage:
//   node scripts/corpus/list-tools.mjs [--timeout 30000] [--out result.json] \
//        [--env NAME=value]... [--home /tmp/corpus-home] -- <command> [args...]
//
// Example:
//   node scripts/corpus/list-tools.mjs --env GITHUB_PERSONAL_ACCESS_TOKEN=placeholder \
//        --out /tmp/github.json -- npx -y @modelcontextprotocol/server-github@2025.4.8
//
// The server is spawned with a minimal environment: PATH, HOME (a throw-away directory,
// default /tmp/corpus-home) and the --env values only. Never pass real secrets: the
// corpus is collected with obviously fake placeholder values. Note that the SDK's
// StdioClientTransport always merges its small "safe" default set (HOME, LOGNAME, PATH,
// SHELL, TERM, USER) under the values given here; HOME is overridden.
//
// The server's stderr is captured (last 4 KB kept in the result as `stderrTail`) and never
// shown on the terminal. Exit code: 0 when tools/list succeeded, 1 otherwise. The result
// JSON is always written: { ok, serverInfo, capabilities, instructions, tools, listedAt,
// error, stderrTail, elapsedMs }.
//
// Requires @modelcontextprotocol/sdk (1.x) to be resolvable from this file's location
// (it is a dependency of mcp-risk).

import { mkdirSync, writeFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { z } from 'zod';

// tools/list is requested with a deliberately loose result schema so that tool definitions are
// recorded exactly as the server sent them, including ones that the SDK's strict schema would
// reject (e.g. an inputSchema without "type": "object") or would reshape.
const LooseListToolsResult = z
  .object({ tools: z.array(z.any()), nextCursor: z.string().optional() })
  .passthrough();

function parseArgs(argv) {
  const opts = { timeout: 30000, out: null, env: {}, home: '/tmp/corpus-home', cwd: null };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    } else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else if (a === '--out') opts.out = argv[++i];
    else if (a === '--home') opts.home = argv[++i];
    else if (a === '--cwd') opts.cwd = argv[++i];
    else if (a === '--env') {
      const kv = argv[++i];
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new Error(`bad --env ${kv}`);
      opts.env[kv.slice(0, eq)] = kv.slice(eq + 1);
    } else throw new Error(`unknown option ${a}`);
  }
  opts.command = argv[i];
  opts.args = argv.slice(i + 1);
  if (!opts.command) throw new Error('missing command after --');
  return opts;
}

function withTimeout(promise, ms, what) {
  let t;
  return Promise.race([
    promise,
    new Promise((_, rej) => {
      t = setTimeout(() => rej(new Error(`timeout after ${ms} ms during ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(t));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(opts.home, { recursive: true });
  const env = { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin', HOME: opts.home, ...opts.env };
  const started = Date.now();
  const result = {
    ok: false,
    command: [opts.command, ...opts.args],
    envNames: Object.keys(opts.env),
    serverInfo: null,
    capabilities: null,
    instructions: null,
    tools: [],
    listedAt: new Date().toISOString(),
    error: null,
    stderrTail: '',
    elapsedMs: 0,
  };
  let stderr = '';
  const transport = new StdioClientTransport({
    command: opts.command,
    args: opts.args,
    env,
    cwd: opts.cwd ?? opts.home,
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d) => {
    stderr = (stderr + d.toString()).slice(-4096);
  });
  const client = new Client({ name: 'mcp-risk-corpus', version: '0.1.0' }, { capabilities: {} });
  const deadline = started + opts.timeout;
  try {
    await withTimeout(client.connect(transport), opts.timeout, 'initialize');
    result.serverInfo = client.getServerVersion() ?? null;
    result.capabilities = client.getServerCapabilities() ?? null;
    result.instructions = client.getInstructions() ?? null;
    let cursor;
    let pages = 0;
    do {
      const remaining = Math.max(1000, deadline - Date.now());
      const page = await withTimeout(
        client.request({ method: 'tools/list', params: cursor ? { cursor } : {} }, LooseListToolsResult, {
          timeout: remaining,
        }),
        remaining,
        'tools/list',
      );
      result.tools.push(...page.tools);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    result.ok = true;
  } catch (err) {
    result.error = String(err?.message ?? err);
  } finally {
    result.elapsedMs = Date.now() - started;
    result.stderrTail = stderr;
    try {
      await withTimeout(client.close(), 5000, 'close');
    } catch {
      /* ignore */
    }
  }
  const json = JSON.stringify(result, null, 2);
  if (opts.out) writeFileSync(opts.out, json + '\n');
  else process.stdout.write(json + '\n');
  process.exit(result.ok ? 0 : 1);
}

main().catch((err) => {
  process.stderr.write(String(err?.stack ?? err) + '\n');
  process.exit(2);
});
