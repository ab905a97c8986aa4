import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyOutputJsonSchema } from '../../cli/output.js';
import { ROOT } from '../fixtures/servers/harness.js';

describe('schemas/classify-output.schema.json', () => {
  it('is the JSON Schema generated from ClassifyOutputSchema (UPDATE_GOLDEN=1 regenerates it)', () => {
    const file = join(ROOT, 'schemas', 'classify-output.schema.json');
    const generated = `${JSON.stringify(classifyOutputJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });
});
