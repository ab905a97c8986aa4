#!/usr/bin/env node
// `npm run build` in site/ (and `npm run site:build` at the root): Astro build of the export, then the
// search index, the dataset downloads and the sitemap. Fails (exit 1) on any error, slug collisions included.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runAstroQuiet } from './astro.mjs';
import { postBuild } from './postbuild.mjs';

const siteDir = resolve(import.meta.dirname, '..');
const exportDir = resolve(process.env.MCP_RISK_EXPORT ?? join(siteDir, '..', 'data', 'export'));
const outDir = resolve(process.env.MCP_RISK_SITE_OUT ?? join(siteDir, 'dist'));
if (!existsSync(join(exportDir, 'index.json'))) {
  process.stderr.write(
    `site build: no catalogue export at ${exportDir} (index.json missing).\nhint: run the export first, or set MCP_RISK_EXPORT to a folder holding index.json and servers/\n`,
  );
  process.exit(2);
}
const t0 = performance.now();
process.stderr.write(`site build: export ${exportDir}\n`);
const status = await runAstroQuiet(['build'], {
  ...process.env,
  MCP_RISK_EXPORT: exportDir,
  MCP_RISK_SITE_OUT: outDir,
  ASTRO_TELEMETRY_DISABLED: '1',
});
if (status !== 0) {
  process.stderr.write(`site build: astro build failed (exit ${status})\n`);
  process.exit(1);
}
const t1 = performance.now();
try {
  const stats = await postBuild({
    exportDir,
    outDir,
    site: process.env.MCP_RISK_SITE_URL ?? 'http://localhost:4321',
  });
  const t2 = performance.now();
  process.stderr.write(
    `site build: astro ${((t1 - t0) / 1000).toFixed(1)} s; ${stats.twins} JSON twins, search index ${stats.searchRecords} records, datasets, sitemap ${stats.sitemapUrls} URLs in ${((t2 - t1) / 1000).toFixed(1)} s (${stats.steps})\n`,
  );
} catch (error) {
  process.stderr.write(
    `site build: post-build failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
}
