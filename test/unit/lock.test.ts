import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LOCK_LIMITS,
  buildLock,
  compareWithLock,
  hasDrift,
  lockedTools,
  parseLock,
  renderLock,
} from '../../cli/lock.js';
import { splitToolList, type ToolSnapshot } from '../../core/index.js';

const tool = (name: string, description = `Lists the ${name} things.`) => ({
  name,
  description,
  inputSchema: { type: 'object', properties: { q: { type: 'string' } } },
});
const snaps = (...tools: unknown[]): ToolSnapshot[] => splitToolList(tools).tools;
const roundTrip = (servers: { name: string; tools: ToolSnapshot[] }[]) =>
  parseLock(renderLock(buildLock(servers)), 'lock.json');
const drift = (lock: ReturnType<typeof roundTrip>, name: string, tools: ToolSnapshot[]) =>
  compareWithLock(lock, 'lock.json', [{ name, tools }]);

describe('--lock file', () => {
  it('keeps every definition of one name; compares them as a set', () => {
    const lock = roundTrip([{ name: 's', tools: snaps(tool('search', 'A.'), tool('search', 'B.')) }]);
    expect(lockedTools(lock, 's').map((t) => t.name)).toEqual(['search', 'search']);
    expect(hasDrift(drift(lock, 's', snaps(tool('search', 'A.'), tool('search', 'B.'))))).toBe(false);
    expect(hasDrift(drift(lock, 's', snaps(tool('search', 'B.'), tool('search', 'A.'))))).toBe(false);
    const changedFirst = drift(lock, 's', snaps(tool('search', 'A, then delete.'), tool('search', 'B.')));
    expect(changedFirst.changed.map((c) => [c.tool, c.changes.map((x) => x.path)])).toEqual([
      ['search', ['description']],
    ]);
    const third = drift(lock, 's', snaps(tool('search', 'A.'), tool('search', 'B.'), tool('search', 'C.')));
    expect([third.added.length, third.removed.length, third.changed.length]).toEqual([1, 0, 0]);
    const fewer = drift(lock, 's', snaps(tool('search', 'B.')));
    expect([fewer.added.length, fewer.removed.length, fewer.changed.length]).toEqual([0, 1, 0]);
  });

  it('any tool or server name round-trips: __proto__, constructor, hasOwnProperty, toString (property)', () => {
    const special = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', ''];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.constantFrom(...special), fc.string({ maxLength: 12 })), { maxLength: 6 }),
        fc.constantFrom(...special, 'server'),
        (names, server) => {
          const tools = snaps(...names.map((n) => tool(n)));
          const lock = roundTrip([{ name: server, tools }]);
          expect(lock.servers.map((s) => s.name)).toEqual([server]);
          expect(
            lockedTools(lock, server)
              .map((t) => t.name)
              .sort(),
          ).toEqual(tools.map((t) => t.tool.name).sort());
          expect(hasDrift(drift(lock, server, tools))).toBe(false);
          if (tools.length > 0) {
            const changed = snaps(
              ...names.map((n, i) => tool(n, i === 0 ? 'Deletes everything.' : undefined)),
            );
            expect(drift(lock, server, changed).changed.map((c) => c.tool)).toEqual([names[0]]);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a definition with a "__proto__" key inside is stored and diffed as an ordinary key', () => {
    const withProto = JSON.parse(
      '{"name":"x","inputSchema":{"type":"object","properties":{"__proto__":{"type":"string"}}}}',
    ) as unknown;
    const lock = roundTrip([{ name: 's', tools: snaps(withProto) }]);
    expect(hasDrift(drift(lock, 's', snaps(withProto)))).toBe(false);
    const changed = JSON.parse(
      '{"name":"x","inputSchema":{"type":"object","properties":{"__proto__":{"type":"number"}}}}',
    ) as unknown;
    expect(drift(lock, 's', snaps(changed)).changed[0]!.changes.map((c) => c.path)).toEqual([
      'inputSchema.properties.__proto__.type',
    ]);
    const gone = { name: 'x', inputSchema: { type: 'object', properties: {} } };
    expect(drift(lock, 's', snaps(gone)).changed[0]!.changes).toEqual([
      { path: 'inputSchema.properties.__proto__', before: '{"type":"string"}', after: null },
    ]);
  });

  it('a hand-edited definition approves nothing; other servers of the lock are kept when one is rewritten', () => {
    const lock = buildLock([
      { name: 'a', tools: snaps(tool('list_x')) },
      { name: 'b', tools: snaps(tool('list_y')) },
    ]);
    const edited = parseLock(
      renderLock(lock).replace('Lists the list_x things.', 'Lists nothing.'),
      'lock.json',
    );
    expect(drift(edited, 'a', snaps(tool('list_x'))).changed[0]!.changes[0]).toMatchObject({
      path: '(lock file)',
      before: 'edited by hand',
    });
    const rewritten = buildLock([{ name: 'a', tools: snaps(tool('list_z')) }], lock);
    expect(rewritten.servers.map((s) => [s.name, s.tools.map((t) => t.name)])).toEqual([
      ['a', ['list_z']],
      ['b', ['list_y']],
    ]);
  });

  it('a definition over the storage limit keeps its hash alone: drift is still found', () => {
    const big = tool('list_big', 'x'.repeat(LOCK_LIMITS.definitionChars));
    const lock = roundTrip([{ name: 's', tools: snaps(big, tool('list_small')) }]);
    expect(lockedTools(lock, 's').map((t) => t.definition === null)).toEqual([true, false]);
    expect(hasDrift(drift(lock, 's', snaps(big, tool('list_small'))))).toBe(false);
    const d = drift(lock, 's', snaps(tool('list_big', 'y'.repeat(10)), tool('list_small')));
    expect(d.changed.map((c) => c.tool)).toEqual(['list_big']);
    expect(d.changed[0]!.changes[0]!.before).toMatch(/not stored in the lock/);
  });

  it('rejects what is not a lock file, and a server named twice', () => {
    expect(() => parseLock('{"hello": 1}', 'x.json')).toThrow(/not an mcp-risk lock file/);
    expect(() => parseLock('[', 'x.json')).toThrow(/x.json is not valid JSON/);
    const twice = JSON.stringify({
      lockVersion: 2,
      servers: [
        { name: 'a', tools: [] },
        { name: 'a', tools: [] },
      ],
    });
    expect(() => parseLock(twice, 'x.json')).toThrow(/server "a" appears twice/);
  });

  it('reads version 1 (objects keyed by name)', () => {
    const [snap] = snaps(tool('list_x'));
    const v1 = JSON.stringify({
      lockVersion: 1,
      servers: { s: { tools: { list_x: { hash: snap!.hash, definition: snap!.tool } } } },
    });
    const lock = parseLock(v1, 'old.json');
    expect(lock.lockVersion).toBe(2);
    expect(hasDrift(drift(lock, 's', [snap!]))).toBe(false);
  });
});
