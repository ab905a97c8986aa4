import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { McpRiskError } from '../core/index.js';

/** A package installed into its own cache folder, ready to start. */
export interface InstalledPackage {
  package: string;
  version: string;
  /** The cache folder (holds package.json, package-lock.json, node_modules/). Mounted read-only in the sandbox. */
  dir: string;
  /** node_modules/<package> inside `dir`. */
  packageDir: string;
  /** Absolute path of the bin file to run with node. */
  binPath: string;
  binName: string;
  /** `integrity` of the package from the lockfile (sha512-...), as npm recorded it. */
  integrity: string | null;
  resolved: string | null;
  /** True when an earlier run's install was reused. */
  cached: boolean;
}

export interface InstallOptions {
  /** Root of the cache; packages go to `<cacheDir>/packages/<slug>@<version>/`. */
  cacheDir: string;
  /** Which bin to run when the package has several. */
  bin?: string | undefined;
  npmCommand?: string;
  timeoutMs?: number;
  /** Extra environment for npm (e.g. a registry mirror); the rest of ours is passed through. */
  env?: Record<string, string>;
  /** Install from this spec (a tarball path) instead of `<pkg>@<version>`; tests use it. */
  spec?: string;
}

const MARKER = '.mcp-risk-install.json';

/** `@scope/name` -> `scope__name`: one safe path segment per package. */
export const packageSlug = (pkg: string): string => pkg.replace(/^@/, '').replace(/\//g, '__');

interface Marker {
  package: string;
  version: string;
  integrity: string | null;
  resolved: string | null;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-8192);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

/** Picks the bin to run from a package.json `bin` member; the path must stay inside the package. */
export function resolveBin(
  pkg: string,
  packageDir: string,
  manifest: { bin?: unknown; name?: unknown },
  wanted?: string,
): { name: string; path: string } {
  const unscoped = pkg.replace(/^@[^/]+\//, '');
  let bins: Record<string, string> = {};
  if (typeof manifest.bin === 'string') bins = { [unscoped]: manifest.bin };
  else if (typeof manifest.bin === 'object' && manifest.bin !== null) {
    for (const [k, v] of Object.entries(manifest.bin as Record<string, unknown>))
      if (typeof v === 'string') bins[k] = v;
  }
  const names = Object.keys(bins);
  if (names.length === 0)
    throw new McpRiskError('startup_failed', `${pkg} declares no bin`, {
      hint: 'name the entry point with "bin" in servers.json',
    });
  let name: string | undefined;
  if (wanted !== undefined) {
    if (!(wanted in bins))
      throw new McpRiskError('config_invalid', `${pkg} has no bin "${wanted}" (it has ${names.join(', ')})`);
    name = wanted;
  } else if (names.length === 1) name = names[0];
  else
    name =
      names.find((n) => n === unscoped) ??
      names.find((n) => unscoped.includes(n) || n.includes(unscoped)) ??
      names.sort()[0];
  const target = bins[name!]!;
  const path = resolve(packageDir, target);
  const rel = relative(packageDir, path);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new McpRiskError('startup_failed', `${pkg} bin "${name}" points outside the package`);
  return { name: name!, path };
}

async function readMarker(dir: string): Promise<Marker | null> {
  try {
    const marker = JSON.parse(await readFile(join(dir, MARKER), 'utf8')) as Marker;
    return typeof marker.package === 'string' && typeof marker.version === 'string' ? marker : null;
  } catch {
    return null;
  }
}

async function describe(
  pkg: string,
  dir: string,
  marker: Marker,
  cached: boolean,
  bin?: string,
): Promise<InstalledPackage> {
  const packageDir = join(dir, 'node_modules', ...pkg.split('/'));
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
    bin?: unknown;
    name?: unknown;
    version?: unknown;
  };
  if (manifest.version !== marker.version) {
    throw new McpRiskError(
      'startup_failed',
      `${pkg}: installed version ${String(manifest.version)} is not ${marker.version}`,
    );
  }
  const chosen = resolveBin(pkg, packageDir, manifest, bin);
  if (!existsSync(chosen.path))
    throw new McpRiskError(
      'startup_failed',
      `${pkg}: bin "${chosen.name}" (${chosen.path}) is missing from the package`,
    );
  return {
    package: pkg,
    version: marker.version,
    dir,
    packageDir,
    binPath: chosen.path,
    binName: chosen.name,
    integrity: marker.integrity,
    resolved: marker.resolved,
    cached,
  };
}

/**
 * `npm install --ignore-scripts --no-audit --no-fund <pkg>@<version>` into a per-package cache
 * folder, reused by later runs. The install happens in a temporary sibling folder renamed into
 * place when complete, so a killed install never leaves a half-filled cache entry. No install
 * script of the package or its dependencies runs.
 */
export async function installPackage(
  pkg: string,
  version: string,
  options: InstallOptions,
): Promise<InstalledPackage> {
  const root = resolve(options.cacheDir, 'packages');
  const dir = join(root, `${packageSlug(pkg)}@${version}`);
  const existing = await readMarker(dir);
  if (existing && existing.package === pkg && existing.version === version)
    return describe(pkg, dir, existing, true, options.bin);

  await mkdir(root, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    await writeFile(
      join(tmp, 'package.json'),
      `${JSON.stringify({ name: 'mcp-risk-install', version: '0.0.0', private: true }, null, 2)}\n`,
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      npm_config_ignore_scripts: 'true',
      npm_config_update_notifier: 'false',
    };
    const args = [
      'install',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--save-exact',
      '--no-progress',
      options.spec ?? `${pkg}@${version}`,
    ];
    let result: { code: number | null; output: string };
    try {
      result = await run(options.npmCommand ?? 'npm', args, tmp, env, options.timeoutMs ?? 300_000);
    } catch (error) {
      throw new McpRiskError('startup_failed', `cannot run npm: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (result.code !== 0) {
      const tail = result.output.trim().split('\n').slice(-6).join('\n');
      throw new McpRiskError(
        'startup_failed',
        `npm install ${pkg}@${version} failed (exit ${result.code}):\n${tail}`,
      );
    }
    const lock = JSON.parse(await readFile(join(tmp, 'package-lock.json'), 'utf8')) as {
      packages?: Record<string, { version?: string; integrity?: string; resolved?: string }>;
    };
    const entry = lock.packages?.[`node_modules/${pkg}`];
    if (entry?.version !== version)
      throw new McpRiskError(
        'startup_failed',
        `npm installed ${pkg}@${entry?.version ?? 'nothing'}, not ${version}`,
      );
    const marker: Marker = {
      package: pkg,
      version,
      integrity: entry.integrity ?? null,
      resolved: entry.resolved ?? null,
    };
    await writeFile(join(tmp, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
    try {
      await rename(tmp, dir);
    } catch (error) {
      // Another crawl installed it first (or an old incomplete folder without a marker is in the way).
      const other = await readMarker(dir);
      if (other && other.package === pkg && other.version === version) {
        await rm(tmp, { recursive: true, force: true });
        return describe(pkg, dir, other, true, options.bin);
      }
      await rm(dir, { recursive: true, force: true });
      try {
        await rename(tmp, dir);
      } catch {
        throw new McpRiskError('internal', `cannot move the install of ${pkg} into ${dir}`, { cause: error });
      }
    }
    return describe(pkg, dir, marker, false, options.bin);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
