// Capture the npm registry's repository and homepage of every snapshot package at its listed version,
// once, into data/catalogue/npm-links.json (sorted, normalised by data/npm-links.ts). The snapshot
// export reads the file; nothing at build time touches the network.
//
// Usage: npx tsx scripts/catalogue/npm-links.ts [--snapshot data/snapshot/catalogue.json.gz]
//          [--out data/catalogue/npm-links.json] [--concurrency 6]
//
// `npm view <pkg>@<version> name repository homepage --json` per package, at most --concurrency at a time
// (npm's own client and cache; only the registry is asked). A package or version the registry does
// not have is kept with both links null.

import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { decodeSnapshot } from '../../data/snapshot.js';
import {
  NPM_LINKS_VERSION,
  normalizeNpmLinks,
  npmLinkFields,
  type NpmLinkEntry,
} from '../../data/npm-links.js';

const run = promisify(execFile);

function parseArgs(argv: string[]): { snapshot: string; out: string; concurrency: number } {
  const o = {
    snapshot: 'data/snapshot/catalogue.json.gz',
    out: 'data/catalogue/npm-links.json',
    concurrency: 6,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--snapshot') o.snapshot = argv[++i]!;
    else if (a === '--out') o.out = argv[++i]!;
    else if (a === '--concurrency') o.concurrency = Math.max(1, Math.min(8, Number(argv[++i])));
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

async function view(pkg: string, version: string): Promise<unknown> {
  const spec = version ? `${pkg}@${version}` : pkg;
  try {
    // `name` too: with one field npm prints its bare value, with several an object keyed by field
    const { stdout } = await run('npm', ['view', spec, 'name', 'repository', 'homepage', '--json'], {
      timeout: 60_000,
      maxBuffer: 4 * 1024 * 1024,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    const text = stdout.trim();
    if (text === '') return null;
    const json = JSON.parse(text) as unknown;
    // several versions matching a range come back as an array; an exact version gives one object
    return Array.isArray(json) ? (json[json.length - 1] as unknown) : json;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const snapshot = decodeSnapshot(readFileSync(o.snapshot), o.snapshot);
  const seen = new Set<string>();
  const queue: { pkg: string; version: string }[] = [];
  for (const s of snapshot.servers) {
    const key = `${s.target.package}@${s.target.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    queue.push({ pkg: s.target.package, version: s.target.version });
  }
  const out: NpmLinkEntry[] = [];
  let done = 0;
  await Promise.all(
    Array.from({ length: o.concurrency }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const links = npmLinkFields(await view(next.pkg, next.version));
        out.push({ package: next.pkg, version: next.version, ...links });
        if (++done % 50 === 0) process.stderr.write(`${done} of ${seen.size}\n`);
      }
    }),
  );
  const file = normalizeNpmLinks({
    version: NPM_LINKS_VERSION,
    capturedAt: new Date().toISOString().slice(0, 10),
    how: 'npm view <pkg>@<version> name repository homepage --json per snapshot package (scripts/catalogue/npm-links.ts); git+https:// -> https://, other schemes kept as text',
    packages: out,
  });
  writeFileSync(o.out, `${JSON.stringify(file, null, 2)}\n`);
  const withLink = file.packages.filter((p) => p.homepage !== null || p.repository !== null).length;
  process.stderr.write(`${file.packages.length} packages, ${withLink} with a link -> ${o.out}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
