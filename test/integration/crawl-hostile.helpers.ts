import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalJob } from '../../crawler/crawl.js';

export const HOSTILE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');

export const hostileJob = (
  name: string,
  file: string,
  args: string[] = [],
  env: Record<string, string> = {},
): LocalJob => ({
  kind: 'local',
  name,
  command: process.execPath,
  args: [join(HOSTILE_DIR, file), ...args],
  env,
  readOnlyPaths: [HOSTILE_DIR],
});
