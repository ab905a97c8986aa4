import { execFileSync, spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { McpRiskError } from '../core/index.js';
import type { SpawnSpec } from './stdio-transport.js';

/**
 * The one place that decides how a third-party server is started (see ../shared/HOSTILE.md):
 * bubblewrap with every namespace unshared (no network), the package folder and the Node runtime
 * read-only, a private tmpfs home and /tmp, a cleared environment plus an allow-list, its own pid
 * namespace (so every descendant dies with it), `--die-with-parent`, and resource limits set by
 * prlimit inside the sandbox. As root the sandbox runs as `nobody`, because the kernel does not
 * enforce RLIMIT_NPROC for uid 0.
 */

export interface ResourceLimits {
  /** RLIMIT_DATA: private writable memory (heap, buffers). Address space is not capped: V8 and wasm reserve huge ranges. */
  memoryBytes: number;
  /** RLIMIT_NPROC: processes and threads of the sandbox user (inside its own user namespace). */
  processes: number;
  /** RLIMIT_FSIZE: largest file it may write. */
  fileSizeBytes: number;
  /** RLIMIT_CPU seconds (soft; the hard limit is 5 s later and kills). */
  cpuSeconds: number;
  /** RLIMIT_NOFILE. */
  openFiles: number;
  /** Size of the tmpfs home and of /tmp. */
  tmpfsBytes: number;
}

export const DEFAULT_LIMITS: ResourceLimits = {
  memoryBytes: 2 * 1024 ** 3,
  processes: 256,
  fileSizeBytes: 64 * 1024 ** 2,
  cpuSeconds: 60,
  openFiles: 1024,
  tmpfsBytes: 128 * 1024 ** 2,
};

/** Inside the sandbox. */
export const SANDBOX_HOME = '/home/mcp';
export const SANDBOX_WORKDIR = '/home/mcp/work';
const SANDBOX_UID = 1000;
const NOBODY = 65534;

/** Variables a server may see besides the ones its entry declares. */
const ALLOWED_ENV = ['LANG', 'LC_ALL', 'TZ', 'NO_COLOR', 'FORCE_COLOR', 'NODE_ENV', 'DEBUG'];

export const RESOURCE_LIMIT_MARKER = 'mcp-risk-sandbox:';

export interface SandboxSupport {
  available: boolean;
  bwrap: string | null;
  prlimit: string | null;
  setpriv: string | null;
  /** Why it is unavailable, or notes on how it runs. */
  detail: string;
  runAsNobody: boolean;
}

/** The first regular, executable file called `name` in the PATH's absolute folders. */
function which(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!isAbsolute(dir)) continue;
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      /* not here */
    }
  }
  return null;
}

let cachedSupport: SandboxSupport | undefined;

/** Finds bwrap and prlimit and proves they work here by starting `node -e 0` in a real sandbox (cached). */
export function detectSandbox(options: { refresh?: boolean } = {}): SandboxSupport {
  if (cachedSupport && !options.refresh) return cachedSupport;
  const bwrap = which('bwrap');
  const prlimit = which('prlimit');
  const setpriv = which('setpriv');
  const runAsNobody = process.getuid?.() === 0;
  const base = { bwrap, prlimit, setpriv, runAsNobody };
  if (!bwrap)
    return (cachedSupport = {
      ...base,
      available: false,
      detail: 'bubblewrap (bwrap) is not installed',
    });
  if (!prlimit)
    return (cachedSupport = { ...base, available: false, detail: 'prlimit (util-linux) is not installed' });
  if (runAsNobody && !setpriv)
    return (cachedSupport = {
      ...base,
      available: false,
      detail: 'running as root needs setpriv (util-linux) to drop to nobody',
    });
  const probe = { ...base, available: true, detail: '' };
  const wrap = createSandbox({ support: probe, readOnlyPaths: [] });
  const spec = wrap({
    command: process.execPath,
    args: ['-e', 'process.exit(require("node:os").userInfo().uid === 1000 ? 0 : 3)'],
    env: {},
    cwd: undefined,
  });
  const result = spawnSync(spec.command, spec.args, { env: spec.env, encoding: 'utf8', timeout: 20_000 });
  if (result.status !== 0) {
    const why = (result.error?.message ?? result.stderr ?? '').trim().split('\n').slice(-3).join(' ');
    return (cachedSupport = {
      ...base,
      available: false,
      detail: `bubblewrap cannot create a sandbox here (exit ${result.status}): ${why}`,
    });
  }
  return (cachedSupport = {
    ...probe,
    detail: runAsNobody ? 'bwrap (as nobody, user+pid+net namespaces)' : 'bwrap (user+pid+net namespaces)',
  });
}

/**
 * Small /etc files the sandbox sees instead of the host's. They live in a world-readable folder
 * under the system temp dir, because bwrap runs as `nobody` when we are root and must be able to
 * reach them (a cache folder inside a private 0700 directory would not do).
 */
function writeEtc(): string {
  const etc = join(tmpdir(), `mcp-risk-sandbox-etc-${process.getuid?.() ?? 'u'}`);
  mkdirSync(etc, { recursive: true, mode: 0o755 });
  chmodSync(etc, 0o755);
  const files: Record<string, string> = {
    passwd: `root:x:0:0:root:/root:/usr/sbin/nologin\nmcp:x:${SANDBOX_UID}:${SANDBOX_UID}:mcp:${SANDBOX_HOME}:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n`,
    group: `root:x:0:\nmcp:x:${SANDBOX_UID}:\nnogroup:x:65534:\n`,
    hosts: '127.0.0.1 localhost\n::1 localhost\n',
    'nsswitch.conf': 'passwd: files\ngroup: files\nhosts: files\n',
  };
  for (const [name, text] of Object.entries(files)) {
    const path = join(etc, name);
    writeFileSync(path, text, { mode: 0o644 });
    chmodSync(path, 0o644);
  }
  return etc;
}

/** True when `nobody` can search every folder above `path` (and so bwrap, run as nobody, can mount it). */
function reachableByNobody(path: string): boolean {
  let current = resolve(path);
  for (;;) {
    let mode: number;
    try {
      mode = statSync(current).mode;
    } catch {
      throw new McpRiskError('startup_failed', `sandbox mount ${path} does not exist`);
    }
    if ((mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

let stagingRoot: string | undefined;

/** Removes staging folders left by processes that died without their exit handler (SIGKILL). */
function sweepStaleStaging(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = /^mcp-risk-stage-(\d+)-/.exec(name)?.[1];
    if (!pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH')
        rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}
const stagedTrees = new Map<string, string>();

/**
 * A copy of `path` that `nobody` can reach, for a read-only tree under a private folder (a clone in
 * /root, or in a 0700 temp dir): hard links where the file system allows (copies otherwise) in one
 * private staging folder per process, searchable but not listable by others, removed at exit. The
 * sandbox mounts the copy at the original path, so commands and paths are unchanged. File modes are
 * kept, so a file nobody may read stays unreadable.
 */
function stageForNobody(path: string): string {
  const source = resolve(path);
  const known = stagedTrees.get(source);
  if (known) return known;
  if (!stagingRoot) {
    sweepStaleStaging();
    const root = mkdtempSync(join(tmpdir(), `mcp-risk-stage-${process.pid}-`));
    chmodSync(root, 0o711);
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    stagingRoot = root;
  }
  const target = join(stagingRoot, String(stagedTrees.size));
  const stack: Array<[string, string]> = [[source, target]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const info = lstatSync(from);
    if (info.isDirectory()) {
      mkdirSync(to);
      chmodSync(to, 0o755);
      for (const name of readdirSync(from)) stack.push([join(from, name), join(to, name)]);
    } else if (info.isSymbolicLink()) {
      symlinkSync(readlinkSync(from), to);
    } else if (info.isFile()) {
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
        chmodSync(to, info.mode & 0o7777);
      }
    }
  }
  stagedTrees.set(source, target);
  return target;
}

/** The installation prefix of the Node runtime (e.g. /usr, or /opt/hostedtoolcache/node/20.19.0/x64). */
function nodePrefix(execPath: string): string {
  const real = realpathSync(execPath);
  return dirname(dirname(real));
}

export interface SandboxConfig {
  support: SandboxSupport;
  /** Host paths mounted read-only at the same path (the package's cache folder). */
  readOnlyPaths: string[];
  limits?: Partial<ResourceLimits>;
  /** Names of the variables from the server's entry that it may see (placeholders). */
  envNames?: readonly string[];
}

const SYSTEM_RO = ['/usr', '/etc/ssl', '/etc/ca-certificates', '/etc/localtime', '/etc/alternatives'];

/**
 * Returns the `wrap` hook for introspect: the spec to start becomes
 * `[setpriv --reuid nobody] bwrap <namespaces, mounts> -- prlimit <limits> -- sh -c '<cmd>; report' <cmd...>`.
 * `sh` reports a death by signal (memory, CPU or file-size limit) on stderr as `mcp-risk-sandbox: ...`.
 */
export function createSandbox(config: SandboxConfig): (spec: SpawnSpec) => SpawnSpec {
  const { support } = config;
  if (!support.available || !support.bwrap || !support.prlimit) {
    throw new McpRiskError('sandbox_unavailable', `cannot sandbox: ${support.detail}`, {
      hint: 'install bubblewrap, or pass --no-sandbox to run servers unsandboxed',
    });
  }
  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  const etc = writeEtc();
  // bwrap runs as nobody when we are root: a tree nobody cannot reach is mounted from a staged copy
  const mounts = config.readOnlyPaths.map((path) => ({
    source: support.runAsNobody && !reachableByNobody(path) ? stageForNobody(path) : path,
    dest: path,
  }));
  const prefix = nodePrefix(process.execPath);
  const allowed = new Set([...ALLOWED_ENV, ...(config.envNames ?? [])]);
  const bwrap = support.bwrap;
  const prlimit = support.prlimit;

  return (spec: SpawnSpec): SpawnSpec => {
    const args: string[] = [];
    if (support.runAsNobody)
      args.push(
        `--reuid=${NOBODY}`,
        `--regid=${NOBODY}`,
        '--clear-groups',
        '--pdeathsig',
        'KILL',
        '--',
        bwrap,
      );
    args.push('--unshare-all', '--unshare-user', '--uid', String(SANDBOX_UID), '--gid', String(SANDBOX_UID));
    args.push('--die-with-parent', '--new-session', '--hostname', 'sandbox');
    for (const path of SYSTEM_RO) args.push('--ro-bind-try', path, path);
    for (const link of ['bin', 'lib', 'lib64', 'sbin']) {
      if (existsSync(`/usr/${link}`)) args.push('--symlink', `usr/${link}`, `/${link}`);
    }
    if (!prefix.startsWith('/usr')) args.push('--ro-bind', prefix, prefix);
    for (const name of ['passwd', 'group', 'hosts', 'nsswitch.conf'])
      args.push('--ro-bind', join(etc, name), `/etc/${name}`);
    args.push('--proc', '/proc', '--dev', '/dev');
    args.push('--size', String(limits.tmpfsBytes), '--tmpfs', '/tmp');
    args.push('--size', String(limits.tmpfsBytes), '--tmpfs', SANDBOX_HOME);
    // After the tmpfs mounts, so a package folder under /tmp is not hidden by them.
    for (const m of mounts) args.push('--ro-bind', m.source, m.dest);
    args.push('--dir', SANDBOX_WORKDIR, '--chdir', SANDBOX_WORKDIR);
    args.push('--clearenv');
    const env: Record<string, string> = {
      PATH: `${prefix}/bin:/usr/local/bin:/usr/bin:/bin`,
      HOME: SANDBOX_HOME,
      TMPDIR: '/tmp',
      USER: 'mcp',
      LOGNAME: 'mcp',
      LANG: 'C.UTF-8',
    };
    for (const [key, value] of Object.entries(spec.env)) if (allowed.has(key)) env[key] = value;
    for (const [key, value] of Object.entries(env).sort(([a], [b]) => a.localeCompare(b)))
      args.push('--setenv', key, value);
    args.push('--', prlimit);
    const cpuHard = limits.cpuSeconds + 5;
    args.push(
      `--data=${limits.memoryBytes}`,
      `--nproc=${limits.processes}`,
      `--fsize=${limits.fileSizeBytes}`,
      `--cpu=${limits.cpuSeconds}:${cpuHard}`,
      `--nofile=${limits.openFiles}`,
      '--core=0',
      '--',
      '/bin/sh',
      '-c',
      `"$@"; s=$?; if [ "$s" -gt 128 ]; then echo "${RESOURCE_LIMIT_MARKER} server killed by signal $((s - 128))" >&2; fi; exit "$s"`,
      'sh',
      spec.command,
      ...spec.args,
    );
    return {
      command: support.runAsNobody ? support.setpriv! : bwrap,
      args,
      // bwrap itself needs nothing from us; the server's environment is set with --setenv above.
      env: { PATH: '/usr/bin:/bin' },
      cwd: undefined,
    };
  };
}

/**
 * Without bubblewrap (`--no-sandbox`): the same resource limits and cleared environment, a
 * throw-away home, but no namespaces: the server can reach the network and the host filesystem.
 */
export function createUnsandboxed(config: {
  envNames?: readonly string[];
  home: string;
  limits?: Partial<ResourceLimits>;
}): (spec: SpawnSpec) => SpawnSpec {
  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  const prlimit = which('prlimit');
  const allowed = new Set([...ALLOWED_ENV, ...(config.envNames ?? [])]);
  mkdirSync(join(config.home, 'work'), { recursive: true });
  return (spec: SpawnSpec): SpawnSpec => {
    const env: Record<string, string> = {
      PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
      HOME: config.home,
      TMPDIR: join(config.home, 'tmp'),
      LANG: 'C.UTF-8',
    };
    mkdirSync(env.TMPDIR!, { recursive: true });
    for (const [key, value] of Object.entries(spec.env)) if (allowed.has(key)) env[key] = value;
    if (!prlimit) return { ...spec, env, cwd: join(config.home, 'work') };
    return {
      command: prlimit,
      args: [
        `--data=${limits.memoryBytes}`,
        `--fsize=${limits.fileSizeBytes}`,
        `--cpu=${limits.cpuSeconds}:${limits.cpuSeconds + 5}`,
        `--nofile=${limits.openFiles}`,
        '--core=0',
        '--',
        spec.command,
        ...spec.args,
      ],
      env,
      cwd: join(config.home, 'work'),
    };
  };
}

const RESOURCE_PATTERNS: readonly [RegExp, string][] = [
  [
    /heap out of memory|Allocation failed|Array buffer allocation failed|Cannot allocate memory|\bENOMEM\b|could not allocate memory/i,
    'memory limit',
  ],
  [
    /\bEAGAIN\b.*(spawn|fork)|(spawn|fork).*\bEAGAIN\b|Cannot fork|Resource temporarily unavailable|pthread_create/i,
    'process limit',
  ],
  [/\bEFBIG\b|File too large|\bENOSPC\b|No space left on device|\bEDQUOT\b/i, 'disk limit'],
  [/\bEMFILE\b|Too many open files/i, 'open-file limit'],
];

const SIGNAL_LIMITS: Record<number, string> = {
  6: 'memory limit (abort)',
  9: 'CPU time limit (killed)',
  24: 'CPU time limit',
  25: 'file size limit',
};

/**
 * Reads a server's stderr tail for signs that a sandbox limit stopped it: the wrapper's
 * death-by-signal marker, or the messages Node and libc print when memory, processes, disk or file
 * descriptors run out. Returns what was hit, or null.
 */
export function detectResourceLimit(stderrTail: string): string | null {
  const marker = new RegExp(`${RESOURCE_LIMIT_MARKER} server killed by signal (\\d+)`).exec(stderrTail);
  if (marker) {
    const signal = Number(marker[1]);
    const fromText = RESOURCE_PATTERNS.find(([re]) => re.test(stderrTail));
    if (fromText) return fromText[1];
    if (SIGNAL_LIMITS[signal]) return SIGNAL_LIMITS[signal];
  }
  for (const [re, what] of RESOURCE_PATTERNS) if (re.test(stderrTail)) return what;
  return null;
}

/** True when bwrap is installed and `--size` (bubblewrap >= 0.5) is understood. */
export function bwrapVersion(bwrap: string): string | null {
  try {
    return execFileSync(bwrap, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
