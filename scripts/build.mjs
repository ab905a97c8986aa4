#!/usr/bin/env node
// `npm run build`: TypeScript -> dist/, one line per phase (tsc itself is silent for a minute or more on a
// small machine, so the line comes first), then the bin is made executable so `npm link` (or
// `./dist/cli/main.js`) runs it directly. Exit status: tsc's.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'cli', 'main.js');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

process.stderr.write('mcp-risk build: building TypeScript… (tsc -p tsconfig.build.json)\n');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) {
  process.stderr.write(
    `mcp-risk build: tsc failed (exit ${result.status ?? result.signal}) after ${seconds()}\n`,
  );
  process.exit(result.status ?? 1);
}
if (!existsSync(bin) || !readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')) {
  process.stderr.write(`mcp-risk build: ${bin} is missing or has no "#!/usr/bin/env node" line\n`);
  process.exit(1);
}
chmodSync(bin, 0o755);
process.stderr.write(`mcp-risk build: dist/ written in ${seconds()}; bin dist/cli/main.js is executable\n`);
