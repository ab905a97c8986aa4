#!/usr/bin/env node
import { isMcpRiskError } from '../core/index.js';
import type { CliIo, Command } from './command.js';
import { EXIT, exitCodeForError } from './exit-codes.js';
import { readStreamCapped } from './input.js';
import { makeStyler, sanitize } from './terminal.js';
import { VERSION } from './version.js';

/** Every command: one line each, loaded only when used. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  classify: {
    summary: 'classify the tools of your own MCP server',
    load: () => import('./commands/classify.js'),
  },
  crawl: {
    summary: 'crawl the curated servers into the catalogue database and classify new tool versions',
    load: () => import('./commands/crawl.js'),
  },
  merge: {
    summary: 'combine shard crawl databases or snapshots into one, idempotently',
    load: () => import('./commands/merge.js'),
  },
  snapshot: {
    summary: 'build the committed catalogue snapshot, or classify it into the export the site reads',
    load: () => import('./commands/snapshot.js'),
  },
  guard: {
    summary: 'an MCP proxy that enforces a native policy between your client and a server',
    load: () => import('./commands/guard.js'),
  },
};

function help(): string {
  const names = Object.keys(COMMANDS);
  const w = Math.max(...names.map((n) => n.length));
  return [
    `mcp-risk ${VERSION}: risk labels and policies for MCP tools`,
    '',
    'Usage: mcp-risk <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(w)}  ${COMMANDS[n]!.summary}`),
    '',
    'Run mcp-risk <command> --help for the options of a command.',
    '',
  ].join('\n');
}

const readStdin = (maxBytes: number): Promise<string> =>
  readStreamCapped(process.stdin as AsyncIterable<Buffer>, maxBytes, 'stdin');

/** Runs one command line; returns the exit code. Writes data to io.stdout and everything else to io.stderr. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr.write(
      `mcp-risk: unknown command "${sanitize(name, 60)}" (commands: ${Object.keys(COMMANDS).join(', ')})\n`,
    );
    return EXIT.usage;
  }
  try {
    const command = (await entry.load()).default;
    return await command.run(rest, io);
  } catch (error) {
    if (isMcpRiskError(error)) {
      if (error.code === 'interrupted') {
        io.stderr.write('mcp-risk: interrupted\n');
        return EXIT.interrupted;
      }
      const hint = error.hint ? ` (${error.hint})` : '';
      io.stderr.write(`mcp-risk: ${sanitize(error.message, 1000)}${hint}\n`);
      return exitCodeForError(error.code);
    }
    io.stderr.write(
      `mcp-risk: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.unreachable;
  }
}

async function main(): Promise<void> {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (): void => {
    interrupts++;
    if (interrupts > 1) process.exit(EXIT.interrupted);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin,
    signal: controller.signal,
    out: makeStyler(process.stdout.isTTY === true, process.env),
    err: makeStyler(process.stderr.isTTY === true, process.env),
  };
  const code = await runCli(process.argv.slice(2), io);
  // Let stdout drain before exiting (large JSON through a pipe).
  process.exitCode = code;
  await new Promise<void>((r) =>
    process.stdout.writableNeedDrain ? process.stdout.once('drain', () => r()) : r(),
  );
  process.exit(code);
}

void main();
