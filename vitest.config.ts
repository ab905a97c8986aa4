import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // the site's libraries import core and the classifier through these aliases (site/astro.config.mjs)
  resolve: {
    alias: {
      '@core': fileURLToPath(new URL('./core/index.ts', import.meta.url)),
      '@classifier': fileURLToPath(new URL('./classifier/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // the machines have 2 cores, often shared: the differential suites take 20-40 s under load
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
