import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  McpRiskError,
  ServerSnapshotSchema,
  isMcpRiskError,
  type CrawlStatus,
  type ServerSnapshot,
  type StdioTarget,
} from '../core/index.js';
import { installPackage, type InstalledPackage } from './install.js';
import { introspect, type IntrospectOptions } from './introspect.js';
import {
  SANDBOX_HOME,
  SANDBOX_WORKDIR,
  createSandbox,
  createUnsandboxed,
  detectResourceLimit,
  type ResourceLimits,
  type SandboxSupport,
} from './sandbox.js';
import type { SpawnSpec } from './stdio-transport.js';

/**
 * Batch orchestration: install (cached), sandbox, introspect, with a bounded number of servers in
 * flight. Results are handed to `onResult` as each server finishes, so the caller can store each
 * server in its own transaction; one server's failure is a status, never the end of the batch.
 */

/** A published npm package (servers.json, registry server.json). */
export interface NpmJob {
  kind: 'npm';
  name: string;
  package: string;
  version: string;
  bin?: string | undefined;
  args: string[];
  env: Record<string, string>;
}

/** A server already on disk (fixtures, node_modules): `readOnlyPaths` are mounted into the sandbox. */
export interface LocalJob {
  kind: 'local';
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  readOnlyPaths: string[];
}

export type CrawlJob = NpmJob | LocalJob;

export interface CrawlJobResult {
  job: CrawlJob;
  snapshot: ServerSnapshot;
  install: InstalledPackage | null;
  sandboxed: boolean;
  attempts: number;
  /** Whatever `onStart` returned for this job (e.g. the crawl row id). */
  context: unknown;
}

export type SandboxMode = { kind: 'bwrap'; support: SandboxSupport } | { kind: 'none' };

export interface CrawlBatchOptions {
  concurrency?: number;
  cacheDir: string;
  sandbox: SandboxMode;
  limits?: Partial<ResourceLimits>;
  introspect?: Pick<IntrospectOptions, 'deadlines' | 'limits'>;
  /** Retries after `startup_failed` (HOSTILE.md: at most one). */
  retries?: number;
  signal?: AbortSignal;
  /** Called when a server starts (before install); its return value comes back in the result. */
  onStart?: (job: CrawlJob) => unknown;
  onPhase?: (job: CrawlJob, phase: string) => void;
  /** Called once per server, in completion order; may be async (awaited before that worker moves on). */
  onResult?: (result: CrawlJobResult) => void | Promise<void>;
}

export const defaultConcurrency = (): number => Math.max(2, Math.min(8, availableParallelism() * 2));

/** A snapshot for a server we could not even start (install failure, refused sandbox). */
export function failedSnapshot(status: CrawlStatus, detail: string, stderrTail = ''): ServerSnapshot {
  return ServerSnapshotSchema.parse({
    status,
    statusDetail: detail.slice(0, 2000),
    serverInfo: null,
    protocolVersion: null,
    capabilities: null,
    instructions: null,
    transport: 'stdio',
    tools: [],
    invalidTools: [],
    totalOffered: 0,
    truncated: false,
    pages: 0,
    stderrTail: stderrTail.slice(-8192),
    durations: { spawnMs: null, initializeMs: null, listMs: null, totalMs: 0 },
  });
}

/** `{{home}}` and `{{workdir}}` in args and env become the server's private folders. */
export function expandTokens(value: string, home: string, workdir: string): string {
  return value.replaceAll('{{home}}', home).replaceAll('{{workdir}}', workdir);
}

/** A server that stops because a config or credentials file it wants is not in its (empty) home. */
const MISSING_CONFIG_FILE =
  /\b(no config(uration)? file|config(uration)? file[^\n]{0,60}not found|(credentials?|keys?|oauth[^\n]{0,20}) file[^\n]{0,60}(not found|missing|does not exist))|\b(please (place|put|create))[^\n]{0,80}\.(json|toml|ya?ml|ini)\b/i;

/**
 * A sandbox limit shows up as a crash: the wrapper's death-by-signal marker or an out-of-memory,
 * fork or disk-full message. Such a crash is `resource_limit`, not `startup_failed`.
 */
export function refineStatus(snapshot: ServerSnapshot): ServerSnapshot {
  // a server that listed nothing usable is never `ok (0 tools)`
  if (snapshot.status === 'ok' && snapshot.tools.length === 0) {
    const invalid = snapshot.invalidTools;
    const first = invalid[0];
    return {
      ...snapshot,
      status: first ? 'invalid_tools' : 'no_tools',
      statusDetail: first
        ? `all ${invalid.length} tool definitions it listed are invalid (${first.name === null ? `entry ${first.index}` : JSON.stringify(first.name)}: ${first.reason})`.slice(
            0,
            2000,
          )
        : 'tools/list answered with no tools',
    };
  }
  if (snapshot.status !== 'startup_failed' && snapshot.status !== 'protocol_error') return snapshot;
  const limit = detectResourceLimit(snapshot.stderrTail);
  if (!limit) {
    if (snapshot.status === 'startup_failed' && MISSING_CONFIG_FILE.test(snapshot.stderrTail)) {
      return {
        ...snapshot,
        status: 'needs_config',
        statusDetail: `needs a configuration or credentials file: ${snapshot.statusDetail ?? ''}`.slice(
          0,
          2000,
        ),
      };
    }
    return snapshot;
  }
  return {
    ...snapshot,
    status: 'resource_limit',
    statusDetail:
      `stopped by the sandbox's ${limit}${snapshot.statusDetail ? ` (${snapshot.statusDetail})` : ''}`.slice(
        0,
        2000,
      ),
  };
}

async function crawlOne(job: CrawlJob, options: CrawlBatchOptions): Promise<Omit<CrawlJobResult, 'context'>> {
  const sandboxed = options.sandbox.kind === 'bwrap';
  let install: InstalledPackage | null = null;
  let command: string;
  let args: string[];
  let readOnlyPaths: string[];
  if (job.kind === 'npm') {
    options.onPhase?.(job, 'install');
    try {
      install = await installPackage(job.package, job.version, { cacheDir: options.cacheDir, bin: job.bin });
    } catch (error) {
      const status: CrawlStatus =
        isMcpRiskError(error) && error.code === 'config_invalid' ? 'needs_config' : 'startup_failed';
      return {
        job,
        snapshot: failedSnapshot(status, `install failed: ${(error as Error).message}`),
        install: null,
        sandboxed,
        attempts: 0,
      };
    }
    command = process.execPath;
    args = [install.binPath, ...job.args];
    readOnlyPaths = [install.dir];
  } else {
    command = job.command;
    args = [...job.args];
    readOnlyPaths = job.readOnlyPaths;
  }

  const maxAttempts = 1 + Math.max(0, Math.min(1, options.retries ?? 1));
  let snapshot: ServerSnapshot | undefined;
  let attempts = 0;
  while (attempts < maxAttempts) {
    attempts++;
    let scratch: string | undefined;
    let home = SANDBOX_HOME;
    let workdir = SANDBOX_WORKDIR;
    let wrap: (spec: SpawnSpec) => SpawnSpec;
    if (options.sandbox.kind === 'bwrap') {
      try {
        wrap = createSandbox({
          support: options.sandbox.support,
          readOnlyPaths,
          envNames: Object.keys(job.env),
          limits: options.limits,
        });
      } catch (error) {
        return {
          job,
          snapshot: failedSnapshot('startup_failed', (error as Error).message),
          install,
          sandboxed,
          attempts,
        };
      }
    } else {
      scratch = mkdtempSync(join(tmpdir(), 'mcp-risk-home-'));
      home = scratch;
      workdir = join(scratch, 'work');
      wrap = createUnsandboxed({ envNames: Object.keys(job.env), home, limits: options.limits });
    }
    const target: StdioTarget = {
      type: 'stdio',
      command,
      args: args.map((a) => expandTokens(a, home, workdir)),
      env: Object.fromEntries(Object.entries(job.env).map(([k, v]) => [k, expandTokens(v, home, workdir)])),
    };
    options.onPhase?.(job, attempts > 1 ? 'retry' : 'introspect');
    try {
      snapshot = refineStatus(
        await introspect(target, { ...options.introspect, wrap, signal: options.signal }),
      );
    } catch (error) {
      if (isMcpRiskError(error) && error.code === 'interrupted') throw error;
      snapshot = failedSnapshot('startup_failed', `introspection failed: ${(error as Error).message}`);
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
    if (snapshot.status !== 'startup_failed' || options.signal?.aborted) break;
  }
  return { job, snapshot: snapshot!, install, sandboxed, attempts };
}

/**
 * Crawls `jobs` with at most `concurrency` servers at once. Refuses to start anything without a
 * sandbox unless the caller chose `{ kind: 'none' }` explicitly (the CLI's `--no-sandbox`).
 */
export async function crawlBatch(
  jobs: readonly CrawlJob[],
  options: CrawlBatchOptions,
): Promise<CrawlJobResult[]> {
  if (options.sandbox.kind === 'bwrap' && !options.sandbox.support.available) {
    throw new McpRiskError(
      'sandbox_unavailable',
      `refusing to start third-party servers without a sandbox: ${options.sandbox.support.detail}`,
      {
        hint: 'install bubblewrap (apt-get install bubblewrap), or pass --no-sandbox to run them unsandboxed',
      },
    );
  }
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? defaultConcurrency()));
  const results: CrawlJobResult[] = new Array<CrawlJobResult>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      if (options.signal?.aborted) return;
      const index = next++;
      const job = jobs[index]!;
      const context = options.onStart?.(job);
      const result: CrawlJobResult = { ...(await crawlOne(job, options)), context };
      results[index] = result;
      await options.onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, () => worker()));
  if (options.signal?.aborted) throw new McpRiskError('interrupted', 'crawl interrupted');
  return results.filter((r) => r !== undefined);
}
