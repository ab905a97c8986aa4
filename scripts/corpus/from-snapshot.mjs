#!/usr/bin/env node
// Copy the servers of the committed catalogue snapshot that listed tools and are not yet in the corpus
// into data/corpus/unlabelled/<slug>.json, in the corpus's servers/ format, for hand labelling.
// The packages reserved for our own evaluation (scripts/catalogue/candidates.mjs RESERVED) are skipped.
//
// Usage: node scripts/corpus/from-snapshot.mjs [--max-tools N]   (default 70: very large servers wait)
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { RESERVED } from '../catalogue/candidates.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const maxIdx = process.argv.indexOf('--max-tools');
const maxTools = maxIdx > 0 ? Number(process.argv[maxIdx + 1]) : 70;
const snapshot = JSON.parse(gunzipSync(readFileSync(path.join(root, 'data/snapshot/catalogue.json.gz'))));
const corpusDir = path.join(root, 'data/corpus');
const have = new Set(readdirSync(path.join(corpusDir, 'servers')).map((f) => f.replace(/\.json$/, '')));
const reserved = new Set(RESERVED);
const slugOf = (pkg) => pkg.toLowerCase().replace(/^@/, '').replace('/', '__');
mkdirSync(path.join(corpusDir, 'unlabelled'), { recursive: true });
let servers = 0;
let tools = 0;
for (const s of snapshot.servers) {
  const pkg = s.target?.package;
  if (s.status !== 'ok' || !s.tools?.length || !pkg) continue;
  if (reserved.has(pkg) || have.has(slugOf(pkg)) || s.tools.length > maxTools) continue;
  const server = {
    package: pkg,
    version: s.target.version,
    command: ['npx', '-y', `${pkg}@${s.target.version}`, ...(s.target.args ?? [])],
    env: s.target.envNames ?? [],
    serverInfo: s.serverInfo,
    instructions: s.instructions,
    listedAt: s.listedAt,
    tools: s.tools,
  };
  writeFileSync(
    path.join(corpusDir, 'unlabelled', `${slugOf(pkg)}.json`),
    JSON.stringify(server, null, 2) + '\n',
  );
  servers += 1;
  tools += s.tools.length;
}
console.log(`${servers} servers, ${tools} tools written to data/corpus/unlabelled/`);
