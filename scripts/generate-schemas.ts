// Writes the published JSON Schemas from the zod schemas (the schema is the type; this file is derived).
// Run `npm run schemas`; test/unit/schemas.test.ts fails when a committed file is stale.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemas } from './schemas.js';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [file, content] of Object.entries(renderSchemas())) {
  writeFileSync(join(dir, file), content);
  process.stderr.write(`wrote schemas/${file}\n`);
}
