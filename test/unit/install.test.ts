import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm ci` on a fresh clone leaves `git status --porcelain` empty (issue 12). npm ci never writes a
// lockfile, but the root postinstall installs site/ as well: these are the conditions that keep both
// lockfiles as committed, checked without running an install.

const ROOT = join(import.meta.dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;

interface Lock {
  packages: Record<
    string,
    { optionalDependencies?: Record<string, string>; devDependencies?: unknown; dependencies?: unknown }
  >;
}

describe('a fresh npm ci leaves the tree clean', () => {
  it('the root postinstall installs site/ with `npm ci` (never `npm install`, which rewrites the lockfile)', () => {
    const pkg = json('package.json') as { scripts: Record<string, string> };
    expect(pkg.scripts.postinstall).toBe('node scripts/install-site.mjs');
    const script = readFileSync(join(ROOT, 'scripts', 'install-site.mjs'), 'utf8');
    const spawn = /spawnSync\(command, \[\.\.\.args, ([^\]]*)\]/.exec(script);
    expect(spawn?.[1]).toMatch(/^'ci'/);
    expect(script).not.toMatch(/'install'/);
  });

  for (const [lockFile, packageFile] of [
    ['package-lock.json', 'package.json'],
    ['site/package-lock.json', 'site/package.json'],
  ] as const) {
    it(`${lockFile} is in step with ${packageFile} (npm ci refuses otherwise)`, () => {
      const lock = json(lockFile) as unknown as Lock;
      const pkg = json(packageFile);
      expect(lock.packages['']!.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
      expect(lock.packages['']!.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    });

    it(`${lockFile} lists every platform's optional binding (npm install would add the missing ones)`, () => {
      const lock = json(lockFile) as unknown as Lock;
      const paths = Object.keys(lock.packages);
      const missing: string[] = [];
      for (const [path, entry] of Object.entries(lock.packages))
        for (const dep of Object.keys(entry.optionalDependencies ?? {}))
          if (!paths.some((p) => p === `node_modules/${dep}` || p.endsWith(`/node_modules/${dep}`)))
            missing.push(`${path || '(root)'} -> ${dep}`);
      expect(missing).toEqual([]);
    });
  }

  it('what an install and npm start write is ignored by git', () => {
    const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n');
    for (const entry of ['node_modules/', 'dist/', 'site/dist/', 'site/.astro/', 'data/export/', '.cache/'])
      expect(ignored).toContain(entry);
  });
});
