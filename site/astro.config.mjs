// Static catalogue site. Data comes from the deterministic export (MCP_RISK_EXPORT, see docs/site.md);
// core/ and classifier/ are imported as TypeScript source, the same code the CLI runs.
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  output: 'static',
  outDir: process.env.MCP_RISK_SITE_OUT ?? './dist',
  site: process.env.MCP_RISK_SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    resolve: {
      alias: {
        '@core': `${repo}core/index.ts`,
        '@classifier': `${repo}classifier/index.ts`,
      },
    },
    // Scripts are always separate files (no inline <script> anywhere), so a strict CSP can be used.
    build: { assetsInlineLimit: 0 },
    server: { fs: { allow: [repo] } },
  },
});
