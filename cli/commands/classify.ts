import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  McpRiskError,
  ProfileSchema,
  RISK_ORDER,
  RiskSchema,
  maxRisk as higherRisk,
  riskRank,
  safeSlug,
  splitToolList,
  type Classification,
  type Profile,
  type Risk,
  type ServerContext,
  type ServerSnapshot,
  type ServerTarget,
} from '../../core/index.js';
import {
  CLASSIFIER_VERSION,
  EXPORT_TARGETS,
  buildPolicy,
  composeRationale,
  classifyServer,
  labelInvalidDefinition,
  exportPolicy,
  failRisk,
  type ExportTarget,
  type ExportedPolicy,
} from '../../classifier/index.js';
import { mergeClaudeCode } from '../../classifier/exporters/claude-code.js';
import { clientFileContent, joinCodex, serverNameAdvice, writeAtomically } from '../client-settings.js';
import {
  emptyStatusCounts,
  formatStatusCounts,
  secondOpinionBatch,
  type LlmClient,
  type SecondOpinionStatus,
} from '../../classifier/llm.js';
import {
  introspect,
  parseClientConfig,
  parseToolsDocument,
  selectServers,
  unresolvedPlaceholders,
} from '../../crawler/index.js';
import type { CliIo, Command } from '../command.js';
import { EXIT, exitCodeForStatus, worstExit, type ExitCode } from '../exit-codes.js';
import {
  createLlmClient,
  redactor,
  resolveLlmConfig,
  sendsKeyInClear,
  type LlmConfig,
} from '../llm-client.js';
import { MAX_INPUT_BYTES, parseJsonInput, readInputFile } from '../input.js';
import { buildLock, compareWithLock, hasDrift, parseLock, renderLock } from '../lock.js';
import {
  ClassifyOutputSchema,
  type ClassifyOutput,
  type Drift,
  type LabelledTool,
  type ServerResult,
  type Source,
} from '../output.js';
import { renderMarkdown } from '../reporters/markdown.js';
import { renderSarif } from '../reporters/sarif.js';
import { renderText } from '../reporters/text.js';
import { sanitize } from '../terminal.js';
import { VERSION } from '../version.js';

const USAGE = `Usage:
  mcp-risk classify [options] -- <command> [args...]   start a stdio server and classify its tools
  mcp-risk classify [options] --url <url>              a remote server (Streamable HTTP, falls back to SSE)
  mcp-risk classify [options] --tools <file|->         a saved tools/list result or an array of tools
  mcp-risk classify [options] --config <file> [--server <name>]
                                                       Claude Desktop / Cursor / .mcp.json (mcpServers) or VS Code (servers)

Options:
  --format <text|json|sarif|markdown>   output on stdout (default: text)
  --policy <file>                       write a policy file (claude-code: merged into an existing
                                        settings.json, keeping every entry already there)
  --target <${EXPORT_TARGETS.join('|')}>   policy format (default: native)
  --profile <strict|balanced|permissive> policy profile (default: balanced)
  --fail-on <low|medium|high|critical>  exit 1 when a tool is at or above this risk
  --min-risk <risk>                     SARIF: report tools at or above this risk (default: medium)
  --lock <file>                         pin each tool's content hash; later runs report drift (exit 1)
  --update-lock                         rewrite the lock file with what the server offers now
  --env KEY=VALUE                       environment for a stdio server (repeatable; nothing else is passed
                                        but PATH, HOME, LANG, TMPDIR and a few more)
  --header "Name: value"                HTTP header for --url / config URLs (repeatable)
  --transport <auto|streamable-http|sse> HTTP transport (default: auto)
  --name <name>                         server name used in policies (default: the server's own name)
  --timeout <seconds>                   per phase: start, initialize, list (default: 30)
  --verbose                             progress on stderr even when it is not a terminal
  --llm                                 ask a language model for a second opinion on each tool; it can only
                                        raise a label, never lower it (off by default: nothing is sent)
  --llm-base-url <url>                  OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1
                                        (or MCP_RISK_LLM_BASE_URL)
  --llm-model <name>                    model name (or MCP_RISK_LLM_MODEL); the API key is read from
                                        MCP_RISK_LLM_API_KEY only
  --llm-timeout <seconds>               per tool (default: 30)
  -h, --help                            this help

Exit codes: 0 ok; 1 a tool at or above --fail-on, or drift from --lock; 2 usage, config or input error
(also a server that needs configuration); 3 the server requires authentication; 4 the server could not
be started or reached, did not answer in time, or broke the protocol; 130 interrupted.
`;

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  policy: string | undefined;
  target: string;
  profile: Profile;
  failOn: Risk | undefined;
  minRisk: Risk;
  lock: string | undefined;
  updateLock: boolean;
  env: Record<string, string>;
  headers: Record<string, string>;
  transport: 'auto' | 'streamable-http' | 'sse';
  name: string | undefined;
  timeoutMs: number;
  verbose: boolean;
  /** --llm and its flags, resolved against the environment in run() */
  llm:
    | { baseUrl: string | undefined; model: string | undefined; timeoutSeconds: string | undefined }
    | undefined;
}

interface Job {
  name: string | undefined;
  source: Source;
  target?: ServerTarget;
  tools?: { entries: unknown[]; serverInfo: ServerSnapshot['serverInfo']; instructions: string | null };
}

const usage = (message: string): McpRiskError =>
  new McpRiskError('usage', message, { hint: 'see mcp-risk classify --help' });

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw usage(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function parseOptions(argv: string[]): {
  options: Options;
  command: string[];
  inputs: { url?: string; tools?: string; config?: string; server?: string };
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
        url: { type: 'string' },
        tools: { type: 'string' },
        config: { type: 'string' },
        server: { type: 'string' },
        format: { type: 'string' },
        policy: { type: 'string' },
        target: { type: 'string' },
        profile: { type: 'string' },
        'fail-on': { type: 'string' },
        'min-risk': { type: 'string' },
        lock: { type: 'string' },
        'update-lock': { type: 'boolean' },
        env: { type: 'string', multiple: true },
        header: { type: 'string', multiple: true },
        transport: { type: 'string' },
        name: { type: 'string' },
        timeout: { type: 'string' },
        verbose: { type: 'boolean' },
        llm: { type: 'boolean' },
        'llm-base-url': { type: 'string' },
        'llm-model': { type: 'string' },
        'llm-timeout': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usage((error as Error).message.split('\n')[0]!);
  }
  const v = parsed.values;
  if (parsed.positionals.length > 0)
    throw usage(`unexpected argument "${parsed.positionals[0]}" (put the server command after --)`);
  const env: Record<string, string> = {};
  for (const pair of v.env ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw usage(`--env expects KEY=VALUE (got "${pair}")`);
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const headers: Record<string, string> = {};
  for (const line of v.header ?? []) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw usage(`--header expects "Name: value" (got "${line}")`);
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const risk = (flag: string, value: string | undefined): Risk | undefined => {
    if (value === undefined) return undefined;
    const r = RiskSchema.safeParse(value);
    if (!r.success) throw usage(`--${flag} must be one of ${RISK_ORDER.join(', ')} (got "${value}")`);
    return r.data;
  };
  const profile = ProfileSchema.safeParse(v.profile ?? 'balanced');
  if (!profile.success)
    throw usage(`--profile must be one of ${ProfileSchema.options.join(', ')} (got "${v.profile}")`);
  const timeout = v.timeout === undefined ? 30 : Number(v.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 3600)
    throw usage(`--timeout must be a number of seconds (got "${v.timeout}")`);
  if (v.server !== undefined && v.config === undefined) throw usage('--server needs --config');
  if (v['update-lock'] && v.lock === undefined) throw usage('--update-lock needs --lock');
  for (const flag of ['llm-base-url', 'llm-model', 'llm-timeout'] as const)
    if (v[flag] !== undefined && !v.llm) throw usage(`--${flag} needs --llm`);
  return {
    help: v.help ?? false,
    command,
    inputs: { url: v.url, tools: v.tools, config: v.config, server: v.server },
    options: {
      format: oneOf('format', v.format, FORMATS, 'text'),
      policy: v.policy,
      target: oneOf('target', v.target, EXPORT_TARGETS as readonly string[], 'native'),
      profile: profile.data,
      failOn: risk('fail-on', v['fail-on']),
      minRisk: risk('min-risk', v['min-risk']) ?? 'medium',
      lock: v.lock,
      updateLock: v['update-lock'] ?? false,
      env,
      headers,
      transport: oneOf('transport', v.transport, ['auto', 'streamable-http', 'sse'] as const, 'auto'),
      name: v.name,
      timeoutMs: timeout * 1000,
      verbose: v.verbose ?? false,
      llm: v.llm
        ? { baseUrl: v['llm-base-url'], model: v['llm-model'], timeoutSeconds: v['llm-timeout'] }
        : undefined,
    },
  };
}

async function readInput(file: string, io: CliIo, what: string): Promise<string> {
  if (file === '-') return io.readStdin(MAX_INPUT_BYTES);
  return (await readInputFile(io.cwd, file, what, {
    code: what === 'config' ? 'config_invalid' : 'input_invalid',
  }))!;
}

/** JSON with comments and trailing commas (VS Code's mcp.json allows both). Strings are left alone. */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function parseJson(
  text: string,
  file: string,
  code: 'config_invalid' | 'input_invalid',
  jsonc = false,
): unknown {
  return parseJsonInput(jsonc ? stripJsonComments(text) : text, file, code);
}

async function collectJobs(
  command: string[],
  inputs: { url?: string; tools?: string; config?: string; server?: string },
  options: Options,
  io: CliIo,
): Promise<Job[]> {
  const given = [
    command.length > 0,
    inputs.url !== undefined,
    inputs.tools !== undefined,
    inputs.config !== undefined,
  ].filter(Boolean).length;
  if (given === 0) throw usage('nothing to classify: give -- <command>, --url, --tools or --config');
  if (given > 1) throw usage('give only one of -- <command>, --url, --tools, --config');
  if (command.length > 0) {
    const [cmd, ...args] = command as [string, ...string[]];
    return [
      {
        name: options.name,
        source: { kind: 'command', command: cmd, args },
        target: { type: 'stdio', command: cmd, args, env: options.env, cwd: io.cwd },
      },
    ];
  }
  if (inputs.url !== undefined) {
    if (!URL.canParse(inputs.url) || !/^https?:$/.test(new URL(inputs.url).protocol))
      throw usage(`--url must be an http(s) URL (got "${inputs.url}")`);
    return [
      {
        name: options.name,
        source: { kind: 'url', url: inputs.url },
        target: { type: 'http', url: inputs.url, headers: options.headers, transport: options.transport },
      },
    ];
  }
  if (inputs.tools !== undefined) {
    const doc = parseJson(await readInput(inputs.tools, io, 'tools file'), inputs.tools, 'input_invalid');
    const entries = parseToolsDocument(doc, inputs.tools);
    const record =
      typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {};
    const info = record.serverInfo;
    const serverInfo =
      typeof info === 'object' && info !== null && typeof (info as { name?: unknown }).name === 'string'
        ? {
            name: (info as { name: string }).name,
            version:
              typeof (info as { version?: unknown }).version === 'string'
                ? (info as { version: string }).version
                : '',
          }
        : null;
    const stem = inputs.tools === '-' ? 'stdin' : basename(inputs.tools, extname(inputs.tools));
    return [
      {
        name: options.name ?? serverInfo?.name ?? stem,
        source: { kind: 'tools', file: inputs.tools },
        tools: {
          entries,
          serverInfo,
          instructions: typeof record.instructions === 'string' ? record.instructions : null,
        },
      },
    ];
  }
  const file = inputs.config!;
  const config = parseClientConfig(
    parseJson(await readInput(file, io, 'config'), file, 'config_invalid', true),
    file,
  );
  for (const s of config.skipped)
    io.stderr.write(`mcp-risk: ${file}: skipping "${sanitize(s.name, 100)}": ${s.reason}\n`);
  return selectServers(config, inputs.server, file).map(({ name, target }) => {
    const withOverrides: ServerTarget =
      target.type === 'stdio'
        ? {
            ...target,
            env: { ...target.env, ...options.env },
            cwd: target.cwd ?? dirname(resolve(io.cwd, file)),
          }
        : {
            ...target,
            headers: { ...target.headers, ...options.headers },
            transport: options.transport === 'auto' ? target.transport : options.transport,
          };
    const missing = unresolvedPlaceholders(withOverrides);
    if (missing.length > 0)
      io.stderr.write(
        `mcp-risk: ${name}: unresolved placeholders (${missing.map((m) => sanitize(m, 60)).join(', ')}); pass values with --env / --header\n`,
      );
    return { name, source: { kind: 'config', file, server: name }, target: withOverrides };
  });
}

async function snapshotFor(
  job: Job,
  options: Options,
  io: CliIo,
  progress: boolean,
): Promise<ServerSnapshot> {
  if (job.tools) {
    const list = splitToolList(job.tools.entries);
    return {
      status: 'ok',
      statusDetail: null,
      serverInfo: job.tools.serverInfo,
      protocolVersion: null,
      capabilities: null,
      instructions: job.tools.instructions,
      transport: 'file',
      ...list,
      pages: 0,
      stderrTail: '',
      durations: { spawnMs: null, initializeMs: null, listMs: null, totalMs: 0 },
    };
  }
  const label =
    job.name ??
    (job.source.kind === 'command'
      ? basename(job.source.command)
      : job.source.kind === 'url'
        ? job.source.url
        : '');
  return introspect(job.target!, {
    signal: io.signal,
    deadlines: {
      spawnMs: Math.min(options.timeoutMs, 10_000),
      initializeMs: options.timeoutMs,
      listMs: options.timeoutMs,
      totalMs: options.timeoutMs * 3,
    },
    clientInfo: { name: 'mcp-risk', version: VERSION },
    onProgress: progress
      ? (phase, message) =>
          io.stderr.write(io.err('dim', `mcp-risk: ${sanitize(label, 80)}: ${sanitize(message, 200)}\n`))
      : undefined,
  });
}

const emptyCounts = (): Record<Risk, number> => ({ low: 0, medium: 0, high: 0, critical: 0 });

function toResult(
  job: Job,
  snapshot: ServerSnapshot,
  profile: Profile,
  /** labels already computed for snapshot.tools, in order (the --llm step) */
  relabelled?: Classification[],
): { result: ServerResult; classifications: Classification[] } {
  const info = snapshot.serverInfo;
  const name =
    job.name ?? info?.name ?? (job.source.kind === 'command' ? basename(job.source.command) : 'server');
  const ctx: ServerContext = {
    name: info?.name ?? name,
    ...(info?.title === undefined ? {} : { title: info.title }),
    ...(info?.version ? { version: info.version } : {}),
    ...(snapshot.instructions === null ? {} : { instructions: snapshot.instructions }),
  };
  const classifications =
    relabelled ??
    (snapshot.status === 'ok'
      ? classifyServer(
          snapshot.tools.map((t) => t.tool),
          ctx,
        ).tools
      : []);
  const riskCounts = emptyCounts();
  let top: Risk | null = null;
  for (const c of classifications) {
    riskCounts[c.risk]++;
    top = top === null ? c.risk : higherRisk(top, c.risk);
  }
  if (snapshot.invalidTools.length > 0) top = top === null ? 'high' : higherRisk(top, 'high');
  const result: ServerResult = {
    name,
    source: job.source,
    status: snapshot.status,
    statusDetail: snapshot.statusDetail,
    serverInfo: snapshot.serverInfo,
    protocolVersion: snapshot.protocolVersion,
    instructions: snapshot.instructions,
    capabilities: snapshot.capabilities,
    transport: snapshot.transport,
    tools: classifications.map((c, i) => ({
      ...c,
      why: composeRationale(c, { definition: snapshot.tools[i]?.tool, server: ctx, profile }),
    })),
    invalidTools: snapshot.invalidTools.map((t) => ({
      ...t,
      label: labelInvalid(t.raw, t.name, ctx, profile),
    })),
    totalOffered: snapshot.totalOffered,
    truncated: snapshot.truncated,
    riskCounts,
    maxRisk: top,
    policy: snapshot.status === 'ok' ? buildPolicy(classifications, profile) : null,
  };
  return { result, classifications };
}

/**
 * An entry that is not a valid tool is still labelled from what it says (LABELS.md: classify invalid
 * definitions by their name and description). Its raw JSON is capped, so a cut-off entry is labelled from
 * its name alone; one with neither is unknown.
 */
function labelInvalid(
  raw: string,
  name: string | null,
  ctx: ServerContext,
  profile: Profile,
): LabelledTool | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = name === null ? null : { name };
  }
  if (parsed === null || parsed === undefined) return null;
  const label = labelInvalidDefinition(parsed, ctx);
  return { ...label, why: composeRationale(label, { definition: parsed, server: ctx, profile }) };
}

// ---------------------------------------------------------------- optional LLM second opinion (--llm)

interface LlmStep {
  config: LlmConfig;
  client: LlmClient;
  redact: (text: string) => string;
  counts: Record<SecondOpinionStatus, number>;
}

function startLlmStep(options: Options, io: CliIo): LlmStep | undefined {
  if (!options.llm) return undefined;
  const config = resolveLlmConfig(options.llm, io.env);
  if (sendsKeyInClear(config))
    io.stderr.write(
      `mcp-risk: llm: warning: the API key is sent over plain http to ${sanitize(new URL(config.baseURL).host, 100)}\n`,
    );
  return {
    config,
    client: createLlmClient(config),
    redact: redactor(config.apiKey),
    counts: emptyStatusCounts(),
  };
}

/** Asks the model about every tool of one server; labels can only go up. Re-derives the server's result. */
async function withSecondOpinion(
  job: Job,
  snapshot: ServerSnapshot,
  first: { result: ServerResult; classifications: Classification[] },
  profile: Profile,
  step: LlmStep,
  io: CliIo,
  progress: boolean,
): Promise<{ result: ServerResult; classifications: Classification[] }> {
  if (first.classifications.length === 0) return first;
  const server = sanitize(first.result.name, 80);
  io.stderr.write(
    io.err(
      'dim',
      `mcp-risk: llm: asking ${sanitize(step.config.model, 80)} at ${sanitize(new URL(step.config.baseURL).host, 100)} about ${first.classifications.length} tool(s) of ${server}\n`,
    ),
  );
  const batch = await secondOpinionBatch(
    first.classifications.map((classification, i) => ({ classification, tool: snapshot.tools[i]?.tool })),
    step.client,
    {
      timeoutMs: step.config.timeoutMs,
      concurrency: 4,
      signal: io.signal,
      onResult: (r) => {
        const tool = sanitize(r.classification.tool, 100);
        if (r.status === 'raised')
          io.stderr.write(
            `mcp-risk: llm: ${server}/${tool}: raised to ${r.classification.access} (${r.classification.category}), ${r.classification.risk}\n`,
          );
        else if (progress && r.detail)
          io.stderr.write(
            io.err(
              'dim',
              `mcp-risk: llm: ${server}/${tool}: ${r.status}: ${sanitize(step.redact(r.detail), 200)}\n`,
            ),
          );
      },
    },
  );
  for (const [status, n] of Object.entries(batch.counts)) step.counts[status as SecondOpinionStatus] += n;
  return toResult(
    job,
    snapshot,
    profile,
    batch.results.map((r) => r.classification),
  );
}

function hintFor(status: ServerSnapshot['status']): string {
  switch (status) {
    case 'needs_config':
      return ' (pass the variables it needs with --env NAME=value)';
    case 'auth_required':
      return ' (pass credentials with --header "Authorization: Bearer ...")';
    case 'timeout':
      return ' (raise --timeout if the server is slow to start)';
    default:
      return '';
  }
}

async function writeOut(io: CliIo, file: string, content: string): Promise<string> {
  const path = resolve(io.cwd, file);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    throw new McpRiskError('usage', `cannot write ${file}: ${(error as Error).message}`, { cause: error });
  }
  return path;
}

async function writePolicies(
  results: { result: ServerResult; classifications: Classification[] }[],
  options: Options,
  io: CliIo,
): Promise<void> {
  const ok = results.filter((r) => r.result.policy !== null);
  if (ok.length === 0 || options.policy === undefined) return;
  const exports: { server: string; exported: ExportedPolicy }[] = ok.map(({ result, classifications }) => {
    const exported = exportPolicy(
      result.policy!,
      classifications,
      options.target as ExportTarget,
      result.name,
    );
    // in --config mode the name is the config's key; otherwise only --name says what the user calls it
    const advice = serverNameAdvice(
      options.target,
      result.name,
      options.name !== undefined || result.source.kind === 'config',
    );
    return {
      server: result.name,
      exported: advice ? { ...exported, notes: [advice, ...exported.notes] } : exported,
    };
  });
  let written: { file: string; exported: ExportedPolicy }[];
  if (exports.length === 1) written = [{ file: options.policy, exported: exports[0]!.exported }];
  else if (options.target === 'claude-code')
    written = [{ file: options.policy, exported: mergeClaudeCode(exports.map((e) => e.exported)) }];
  else if (options.target === 'codex')
    written = [{ file: options.policy, exported: joinCodex(exports.map((e) => e.exported)) }];
  else {
    const ext = extname(options.policy);
    const stem = ext ? options.policy.slice(0, -ext.length) : options.policy;
    written = exports.map((e) => ({
      file: `${stem}.${safeSlug(e.server)}${ext || '.json'}`,
      exported: e.exported,
    }));
  }
  for (const w of written) {
    const exported =
      options.target === 'claude-code' || options.target === 'codex'
        ? await clientFileContent(options.target, resolve(io.cwd, w.file), w.file, w.exported)
        : w.exported;
    if (options.target === 'claude-code' || options.target === 'codex') {
      try {
        await writeAtomically(resolve(io.cwd, w.file), exported.content);
      } catch (error) {
        throw new McpRiskError('usage', `cannot write ${w.file}: ${(error as Error).message}`, {
          cause: error,
        });
      }
    } else await writeOut(io, w.file, exported.content);
    io.stderr.write(`mcp-risk: wrote ${options.target} policy (${options.profile}) to ${w.file}\n`);
    // files that belong beside the policy (a Cedar schema): the policy's name without its extension
    const ext = extname(w.file);
    for (const extra of w.exported.extraFiles ?? []) {
      const file = `${ext ? w.file.slice(0, -ext.length) : w.file}${extra.suffix}`;
      await writeOut(io, file, extra.content);
      io.stderr.write(`mcp-risk: wrote ${extra.description} to ${file}\n`);
    }
    for (const note of exported.notes) io.stderr.write(`mcp-risk: note: ${sanitize(note, 500)}\n`);
  }
}

async function handleLock(
  results: { result: ServerResult }[],
  snapshots: Map<string, ServerSnapshot>,
  options: Options,
  io: CliIo,
): Promise<Drift | null> {
  if (options.lock === undefined) return null;
  const ok = results
    .filter((r) => r.result.status === 'ok')
    .map((r) => ({ name: r.result.name, tools: snapshots.get(r.result.name)!.tools }));
  const existing = await readInputFile(io.cwd, options.lock, 'lock file', { missingOk: true });
  const previous = existing === undefined ? undefined : parseLock(existing, options.lock);
  if (previous === undefined || options.updateLock) {
    if (ok.length === 0) return null;
    await writeOut(io, options.lock, renderLock(buildLock(ok, previous)));
    io.stderr.write(
      `mcp-risk: wrote lock file ${options.lock} (${ok.reduce((n, s) => n + s.tools.length, 0)} tools)\n`,
    );
    return { lockFile: options.lock, mode: 'written', added: [], removed: [], changed: [] };
  }
  const drift = compareWithLock(previous, options.lock, ok);
  if (hasDrift(drift)) {
    io.stderr.write(
      `mcp-risk: drift from ${options.lock}: ${drift.added.length} added, ${drift.removed.length} removed, ${drift.changed.length} changed\n`,
    );
    for (const a of drift.added) io.stderr.write(`  + ${sanitize(a.server, 60)}/${sanitize(a.tool, 100)}\n`);
    for (const r of drift.removed)
      io.stderr.write(`  - ${sanitize(r.server, 60)}/${sanitize(r.tool, 100)}\n`);
    for (const c of drift.changed) {
      io.stderr.write(`  ~ ${sanitize(c.server, 60)}/${sanitize(c.tool, 100)}\n`);
      for (const ch of c.changes) {
        io.stderr.write(
          `      ${sanitize(ch.path, 200)}: ${sanitize(ch.before ?? '(absent)', 200)} -> ${sanitize(ch.after ?? '(absent)', 200)}\n`,
        );
      }
      if (c.moreChanges > 0) io.stderr.write(`      … and ${c.moreChanges} more\n`);
    }
    io.stderr.write(`mcp-risk: review the changes, then run again with --update-lock to accept them\n`);
  }
  return drift;
}

export const classify: Command = {
  name: 'classify',
  summary: 'classify the tools of your own MCP server (command, URL, tools file or client config)',
  usage: USAGE,
  async run(argv, io) {
    const { options, command, inputs, help } = parseOptions(argv);
    if (help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const llm = startLlmStep(options, io);
    const jobs = await collectJobs(command, inputs, options, io);
    const progress = options.verbose || io.stderr.isTTY === true;
    const results: { result: ServerResult; classifications: Classification[] }[] = [];
    const snapshots = new Map<string, ServerSnapshot>();
    const codes: ExitCode[] = [];
    for (const job of jobs) {
      const snapshot = await snapshotFor(job, options, io, progress);
      let r = toResult(job, snapshot, options.profile);
      if (llm) r = await withSecondOpinion(job, snapshot, r, options.profile, llm, io, progress);
      if (snapshots.has(r.result.name)) r.result.name = `${r.result.name}-${results.length + 1}`;
      snapshots.set(r.result.name, snapshot);
      results.push(r);
      if (snapshot.status !== 'ok') {
        io.stderr.write(
          `mcp-risk: ${sanitize(r.result.name, 80)}: ${snapshot.status}: ${sanitize(snapshot.statusDetail ?? '', 400)}${hintFor(snapshot.status)}\n`,
        );
        codes.push(exitCodeForStatus(snapshot.status));
      }
      if (snapshot.invalidTools.length > 0) {
        io.stderr.write(
          `mcp-risk: ${sanitize(r.result.name, 80)}: ${snapshot.invalidTools.length} invalid tool definition(s), denied\n`,
        );
      }
    }

    if (llm) io.stderr.write(`mcp-risk: llm: ${formatStatusCounts(llm.counts)}\n`);

    const drift = await handleLock(results, snapshots, options, io);
    if (hasDrift(drift)) codes.push(EXIT.findings);

    const all = results.flatMap((r) => r.result.tools);
    const invalidCount = results.reduce((n, r) => n + r.result.invalidTools.length, 0);
    const riskCounts = emptyCounts();
    for (const c of all) riskCounts[c.risk]++;
    const maxRisk = results.reduce<Risk | null>(
      (top, r) =>
        r.result.maxRisk === null ? top : top === null ? r.result.maxRisk : higherRisk(top, r.result.maxRisk),
      null,
    );
    let failing = 0;
    if (options.failOn !== undefined) {
      const threshold = riskRank(options.failOn);
      failing =
        all.filter((c) => riskRank(failRisk(c)) >= threshold).length +
        (riskRank('high') >= threshold ? invalidCount : 0);
      if (failing > 0) codes.push(EXIT.findings);
    }
    const exitCode = worstExit(codes);
    const output: ClassifyOutput = ClassifyOutputSchema.parse({
      mcpRisk: VERSION,
      classifierVersion: CLASSIFIER_VERSION,
      profile: options.profile,
      servers: results.map((r) => r.result),
      summary: {
        servers: results.length,
        tools: all.length,
        invalidTools: invalidCount,
        riskCounts,
        maxRisk,
        failOn: options.failOn ?? null,
        failing,
        exitCode,
      },
      drift,
    });

    switch (options.format) {
      case 'json':
        io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
        break;
      case 'sarif':
        io.stdout.write(renderSarif(output, options.minRisk));
        break;
      case 'markdown':
        io.stdout.write(renderMarkdown(output));
        break;
      default:
        io.stdout.write(
          renderText(output, io.out, io.stdout.isTTY === true ? (io.stdout.columns ?? 100) : 160),
        );
    }
    await writePolicies(results, options, io);
    if (options.failOn !== undefined && failing > 0) {
      io.stderr.write(`mcp-risk: ${failing} tool(s) at or above --fail-on ${options.failOn}\n`);
    }
    return exitCode;
  },
};

export default classify;
