import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  McpRiskError,
  PolicySchema,
  type HttpTarget,
  type Policy,
  type StdioTarget,
  type ToolSnapshot,
} from '../../core/index.js';
import { openUpstream, type Upstream } from '../../crawler/index.js';
import { CappedStdioServerTransport, GuardProxy, auditEntry, type AuditEntry } from '../../guard/index.js';
import type { CliIo, Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { parseJsonInput, readInputFile } from '../input.js';
import {
  buildLock,
  compareWithLock,
  entryIntact,
  hasDrift,
  lockedTools,
  parseLock,
  renderLock,
} from '../lock.js';
import { sanitize } from '../terminal.js';
import { VERSION } from '../version.js';

const USAGE = `Usage:
  mcp-risk guard --policy <file> [options] -- <command> [args...]   guard a stdio server
  mcp-risk guard --policy <file> [options] --url <url>              guard a Streamable HTTP server

An MCP server on stdin/stdout for your client, in front of the real server: every tools/list is
filtered and every tools/call decided by the native policy (mcp-risk classify --policy).

Options:
  --policy <file>              native policy (required)
  --lock <file>                approved tool definitions (the classify --lock format); a tool whose
                               definition differs, or that the lock does not name, is blocked.
                               Written from what the server offers when the file does not exist yet
  --update-lock                approve what the server offers now: rewrite the lock file, then guard
  --audit <file.jsonl>         append one JSON line per call (arguments as a hash and a size only)
  --env KEY=VALUE              environment for the server (repeatable; nothing else is passed but
                               PATH, HOME, LANG, TMPDIR and a few more)
  --pass-env NAME              pass the guard's own variable NAME to the server (repeatable; keeps a
                               token out of the command line)
  --header "Name: value"       HTTP header for --url (repeatable)
  --name <name>                the server's name in the lock file (default: the server's own name)
  --timeout <seconds>          starting the server and listing its tools (default: 30)
  --call-timeout <seconds>     one tools/call (default: 60)
  --approval-timeout <seconds> the user's answer to an approval request (default: 120)
  --max-argument-bytes <n>     the arguments of one call as JSON (default: 1048576)
  -h, --help                   this help

Exit codes: 0 the client closed the connection; 2 usage, policy or lock file error; 3 the server
requires authentication; 4 the server could not be started or reached; 130 interrupted.
`;

interface Options {
  policy: string;
  lock: string | undefined;
  updateLock: boolean;
  audit: string | undefined;
  env: Record<string, string>;
  headers: Record<string, string>;
  name: string | undefined;
  timeoutMs: number;
  callTimeoutMs: number;
  approvalTimeoutMs: number;
  maxArgumentBytes: number;
}

const usage = (message: string): McpRiskError =>
  new McpRiskError('usage', message, { hint: 'see mcp-risk guard --help' });

function seconds(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback * 1000;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 86_400)
    throw usage(`--${flag} must be a number of seconds (got "${value}")`);
  return n * 1000;
}

function parseOptions(
  argv: string[],
  hostEnv: Record<string, string | undefined>,
): {
  options: Options;
  target: StdioTarget | HttpTarget | undefined;
  help: boolean;
} {
  const dd = argv.indexOf('--');
  const mine = dd === -1 ? argv : argv.slice(0, dd);
  const command = dd === -1 ? [] : argv.slice(dd + 1);
  let parsed;
  try {
    parsed = parseArgs({
      args: mine,
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string' },
        lock: { type: 'string' },
        'update-lock': { type: 'boolean' },
        audit: { type: 'string' },
        url: { type: 'string' },
        env: { type: 'string', multiple: true },
        'pass-env': { type: 'string', multiple: true },
        header: { type: 'string', multiple: true },
        name: { type: 'string' },
        timeout: { type: 'string' },
        'call-timeout': { type: 'string' },
        'approval-timeout': { type: 'string' },
        'max-argument-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usage((error as Error).message.split('\n')[0]!);
  }
  const v = parsed.values;
  if (v.help) return { options: undefined as unknown as Options, target: undefined, help: true };
  if (parsed.positionals.length > 0)
    throw usage(`unexpected argument "${parsed.positionals[0]}" (put the server command after --)`);
  if (v.policy === undefined) throw usage('--policy <file> is required');
  if (v['update-lock'] && v.lock === undefined) throw usage('--update-lock needs --lock');
  const env: Record<string, string> = {};
  for (const pair of v.env ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw usage(`--env expects KEY=VALUE (got "${pair}")`);
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  for (const name of v['pass-env'] ?? []) {
    const value = hostEnv[name];
    if (value === undefined) throw usage(`--pass-env ${name}: the variable is not set`);
    env[name] = value;
  }
  const headers: Record<string, string> = {};
  for (const line of v.header ?? []) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw usage(`--header expects "Name: value" (got "${line}")`);
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const maxArgs = v['max-argument-bytes'] === undefined ? 1024 * 1024 : Number(v['max-argument-bytes']);
  if (!Number.isSafeInteger(maxArgs) || maxArgs < 2 || maxArgs > 64 * 1024 * 1024)
    throw usage(`--max-argument-bytes must be a whole number of bytes up to 64 MiB`);
  let target: StdioTarget | HttpTarget;
  if (command.length > 0 && v.url !== undefined) throw usage('give either -- <command> or --url, not both');
  if (command.length > 0) {
    const [cmd, ...args] = command as [string, ...string[]];
    target = { type: 'stdio', command: cmd, args, env, cwd: undefined };
  } else if (v.url !== undefined) {
    if (!URL.canParse(v.url) || !/^https?:$/.test(new URL(v.url).protocol))
      throw usage(`--url must be an http(s) URL (got "${v.url}")`);
    if (Object.keys(env).length > 0) throw usage('--env is for a stdio server (-- <command>)');
    target = { type: 'http', url: v.url, headers, transport: 'streamable-http' };
  } else throw usage('nothing to guard: give -- <command> or --url <url>');
  return {
    help: false,
    target,
    options: {
      policy: v.policy,
      lock: v.lock,
      updateLock: v['update-lock'] ?? false,
      audit: v.audit,
      env,
      headers,
      name: v.name,
      timeoutMs: seconds('timeout', v.timeout, 30),
      callTimeoutMs: seconds('call-timeout', v['call-timeout'], 60),
      approvalTimeoutMs: seconds('approval-timeout', v['approval-timeout'], 120),
      maxArgumentBytes: maxArgs,
    },
  };
}

const readText = (io: CliIo, file: string, what: string): Promise<string | undefined> =>
  readInputFile(io.cwd, file, what, { missingOk: true });

async function loadPolicy(io: CliIo, file: string): Promise<Policy> {
  const text = await readText(io, file, 'policy');
  if (text === undefined) throw new McpRiskError('input_invalid', `policy ${file} does not exist`);
  const doc = parseJsonInput(text, file);
  const parsed = PolicySchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new McpRiskError(
      'input_invalid',
      `${file} is not a native mcp-risk policy (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})`,
      { hint: 'write one with mcp-risk classify --policy <file> (the native target)' },
    );
  }
  return parsed.data;
}

/**
 * The approved definitions. No lock file yet, or --update-lock: what the server offers now is
 * approved and written (trust on first use, as `classify --lock` does). Otherwise the lock decides;
 * an entry whose stored definition does not hash to its stored hash (edited by hand) approves nothing.
 */
async function pinsFor(
  io: CliIo,
  options: Options,
  upstream: Upstream,
  tools: readonly ToolSnapshot[],
): Promise<Map<string, string> | undefined> {
  if (options.lock === undefined) return undefined;
  const text = await readText(io, options.lock, 'lock file');
  const previous = text === undefined ? undefined : parseLock(text, options.lock);
  const server = { name: upstream.lockName, tools };
  if (previous === undefined || options.updateLock) {
    const path = resolve(io.cwd, options.lock);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, renderLock(buildLock([server], previous)));
    io.stderr.write(
      `mcp-risk guard: approved ${tools.length} tool definition(s) of ${sanitize(upstream.lockName, 80)} in ${options.lock}\n`,
    );
    return new Map(tools.map((t) => [t.tool.name, t.hash]));
  }
  const drift = compareWithLock(previous, options.lock, [server]);
  if (hasDrift(drift)) {
    const blocked = [...drift.added.map((a) => a.tool), ...drift.changed.map((c) => c.tool)];
    if (blocked.length > 0)
      io.stderr.write(
        `mcp-risk guard: ${blocked.length} tool(s) differ from ${options.lock} and are blocked until approved with --update-lock: ${blocked
          .slice(0, 20)
          .map((t) => sanitize(t, 80))
          .join(', ')}\n`,
      );
  }
  // a name the lock holds several definitions of pins none: the guard cannot tell which one it is offered
  const pins = new Map<string, string>();
  const seen = new Set<string>();
  for (const entry of lockedTools(previous, upstream.lockName)) {
    if (seen.has(entry.name)) pins.delete(entry.name);
    else if (entryIntact(entry)) pins.set(entry.name, entry.hash);
    seen.add(entry.name);
  }
  return pins;
}

function openAudit(io: CliIo, file: string | undefined): Promise<WriteStream | undefined> {
  if (file === undefined) return Promise.resolve(undefined);
  const path = resolve(io.cwd, file);
  return new Promise((done, fail) => {
    void mkdir(dirname(path), { recursive: true }).then(() => {
      const stream = createWriteStream(path, { flags: 'a' });
      stream.once('open', () => done(stream));
      stream.once('error', (error) =>
        fail(new McpRiskError('usage', `cannot write the audit log ${file}: ${error.message}`)),
      );
    }, fail);
  });
}

export const guard: Command = {
  name: 'guard',
  summary: 'an MCP proxy that enforces a native policy between your client and a server',
  usage: USAGE,
  async run(argv, io) {
    const { options, target, help } = parseOptions(argv, io.env);
    if (help || !target) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const policy = await loadPolicy(io, options.policy);
    const audit = await openAudit(io, options.audit);
    const writeAudit = (entry: AuditEntry): void => {
      audit?.write(`${JSON.stringify(entry)}\n`);
    };
    const log = (message: string): void => {
      io.stderr.write(`mcp-risk guard: ${sanitize(message, 500)}\n`);
    };
    let proxy: GuardProxy | undefined;
    let changedEarly = false;
    let closing = false;
    let upstream: Upstream;
    try {
      upstream = await openUpstream(target, {
        ...(options.name === undefined ? {} : { name: options.name }),
        hostEnv: io.env,
        spawnMs: Math.min(options.timeoutMs, 10_000),
        initializeMs: options.timeoutMs,
        clientInfo: { name: 'mcp-risk-guard', version: VERSION },
        onToolListChanged: () => {
          if (proxy) void proxy.onToolListChanged();
          else changedEarly = true;
        },
        onClose: () => {
          if (!closing) log(`the upstream server stopped: ${upstream.failure()}`);
        },
      });
    } catch (error) {
      audit?.end();
      throw error;
    }
    try {
      let list;
      try {
        list = await upstream.listTools(options.timeoutMs);
      } catch (error) {
        throw new McpRiskError(
          upstream.alive ? 'protocol_error' : 'startup_failed',
          `the upstream server did not list its tools: ${upstream.alive ? (error as Error).message.split('\n')[0] : upstream.failure()}`,
          { cause: error },
        );
      }
      if (list.invalidTools.length > 0)
        log(`${list.invalidTools.length} invalid tool definition(s) from the server are not offered`);
      const pins = await pinsFor(io, options, upstream, list.tools);
      proxy = new GuardProxy({
        policy,
        upstream,
        tools: list.tools,
        pins,
        limits: {
          callTimeoutMs: options.callTimeoutMs,
          approvalTimeoutMs: options.approvalTimeoutMs,
          listTimeoutMs: options.timeoutMs,
          maxArgumentBytes: options.maxArgumentBytes,
        },
        audit: writeAudit,
        log,
        version: VERSION,
      });
      if (changedEarly) void proxy.onToolListChanged();
      log(
        `guarding ${sanitize(upstream.lockName, 80)}: ${proxy.visibleTools().length} of ${list.tools.length} tool(s) offered to the client`,
      );
      // the MCP channel is this process's own stdin/stdout; the message cap leaves room for the
      // argument cap plus the envelope
      const transport = new CappedStdioServerTransport(
        process.stdin,
        process.stdout,
        options.maxArgumentBytes + 64 * 1024,
      );
      transport.onrefused = (what) =>
        writeAudit(
          auditEntry({
            time: Date.now(),
            durationMs: 0,
            tool: null,
            args: undefined,
            decision: 'error',
            reason: what,
            outcome: 'refused',
          }),
        );
      transport.screen = (message) => GuardProxy.screen(message);
      const closed = new Promise<void>((done) => {
        transport.onclose = () => done();
      });
      // stdin ended: the client is gone, but answers to calls already in flight are still written
      const ended = transport.ended.then(() =>
        proxy!.drain(options.callTimeoutMs + options.approvalTimeoutMs),
      );
      await proxy.connect(transport);
      const interrupted = new Promise<'interrupted'>((done) => {
        if (io.signal.aborted) done('interrupted');
        io.signal.addEventListener('abort', () => done('interrupted'), { once: true });
      });
      const how = await Promise.race([
        closed.then(() => 'closed' as const),
        ended.then(() => 'closed' as const),
        interrupted,
      ]);
      return how === 'interrupted' ? EXIT.interrupted : EXIT.ok;
    } finally {
      closing = true;
      if (proxy) await proxy.close();
      else await upstream.close();
      if (audit) await new Promise<void>((done) => audit.end(() => done()));
    }
  },
};

export default guard;
