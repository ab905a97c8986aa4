import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMcpRiskError } from '../../core/index.js';
import { InputTooLargeError, readInputFile, readStreamCapped } from '../../cli/input.js';

describe('capped input reading', () => {
  it('stops pulling from a stream once it is over the cap, with an input error', async () => {
    let pulled = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) {
          pulled++;
          await Promise.resolve();
          yield new Uint8Array(1000).fill(0x61);
        }
      } finally {
        closed = true;
      }
    }
    const error = await readStreamCapped(endless(), 10_000, 'stdin').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect(isMcpRiskError(error) && error.code).toBe('input_invalid');
    expect((error as Error).message).toBe(
      'stdin is larger than 10000 bytes; mcp-risk reads at most that much input',
    );
    expect(pulled).toBe(11);
    expect(closed).toBe(true);
  });

  it('decodes UTF-8 split across chunks, and accepts exactly the cap', async () => {
    const bytes = Buffer.from('{"a":"dé😀"}', 'utf8');
    async function* oneByteAtATime(): AsyncGenerator<Uint8Array> {
      for (const b of bytes) {
        await Promise.resolve();
        yield Uint8Array.of(b);
      }
    }
    expect(await readStreamCapped(oneByteAtATime(), bytes.length, 'stdin')).toBe('{"a":"dé😀"}');
  });

  it('files: missing, a directory, over the cap, an endless device', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-risk-input-'));
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(2048));
    expect(await readInputFile(dir, 'nope.json', 'lock file', { missingOk: true })).toBeUndefined();
    await expect(readInputFile(dir, 'nope.json', 'tools file')).rejects.toThrow(
      'cannot read tools file nope.json: does not exist',
    );
    await expect(readInputFile(dir, '.', 'config', { code: 'config_invalid' })).rejects.toMatchObject({
      code: 'config_invalid',
      message: 'config . is a directory, not a file',
    });
    await expect(readInputFile(dir, 'big.json', 'tools file', { maxBytes: 1024 })).rejects.toThrow(
      'tools file big.json is larger than 1024 bytes',
    );
    // a character device has no size: the stream cap stops it
    await expect(readInputFile(dir, '/dev/zero', 'tools file', { maxBytes: 1 << 20 })).rejects.toThrow(
      'tools file /dev/zero is larger than 1 MiB',
    );
  });
});
