// Property: inserting zero-width characters, changing case or appending benign text never lowers a label.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../classifier/index.js';
import { riskRank, type Access, type Classification } from '../../core/index.js';
import { RULE_FIXTURES } from '../fixtures/rule-fixtures.js';

const ACCESS_RANK: Record<Access, number> = { read: 0, write: 1, execute: 2, unknown: 3 };
const SECURITY_FLAGS = [
  'destructive',
  'financial',
  'host_execution',
  'code_execution',
  'injection_attempt',
  'tool_poisoning',
  'public_sink',
  'credentials',
] as const;

type Tool = {
  name: string;
  description?: string;
  inputSchema: {
    type: 'object';
    properties?: Record<string, { type?: string; description?: string; enum?: string[] }>;
  };
  annotations?: Record<string, unknown>;
};

const BASE: Tool[] = [
  ...Object.values(RULE_FIXTURES)
    .flatMap((f) => [...f.positive, ...f.negative])
    .map((f) => f.tool as Tool)
    .filter(
      (t) =>
        typeof t?.name === 'string' &&
        typeof t.description === 'string' &&
        (t.description?.length ?? 0) < 2000,
    ),
  {
    name: 'run_job',
    description: 'Run a job template by ID, optionally with extra_vars.',
    inputSchema: { type: 'object', properties: { job_id: { type: 'integer' } } },
  },
  {
    name: 'execute_command',
    description: 'Execute a terminal command',
    inputSchema: { type: 'object', properties: { command: { type: 'string' } } },
  },
  {
    name: 'transfer_funds',
    description: 'Transfer money between accounts',
    inputSchema: { type: 'object', properties: { amount: { type: 'number' } } },
  },
];

const BENIGN = [
  ' Returns JSON.',
  ' See the docs for details.',
  ' Results are paginated.',
  ' This is useful for reporting.',
  ' Works with every project.',
  ' Version 2.',
  ' (beta)',
];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u{e0041}'];

/**
 * A read's low/medium split (public data or the user's own) is the learned layer's call both ways, by
 * design (classifier/engine.ts applyLearned; no policy depends on it), and text joined to a description
 * with no full stop of its own ("List jobs" + " Returns JSON.") is part of what it reads. That one move is
 * allowed; every other drop in risk, and any drop in access, fails.
 */
function readRiskSplit(before: Classification, after: Classification): boolean {
  return (
    before.access === 'read' &&
    after.access === 'read' &&
    riskRank(before.risk) <= 1 &&
    riskRank(after.risk) <= 1 &&
    [before, after].some((c) => c.evidence.some((e) => e.rule === 'learned.read-risk'))
  );
}

function notLower(before: Classification, after: Classification): void {
  if (!readRiskSplit(before, after))
    expect(
      riskRank(after.risk),
      `${before.tool}: risk ${before.risk} -> ${after.risk}`,
    ).toBeGreaterThanOrEqual(riskRank(before.risk));
  expect(
    ACCESS_RANK[after.access],
    `${before.tool}: access ${before.access} -> ${after.access}`,
  ).toBeGreaterThanOrEqual(ACCESS_RANK[before.access]);
  for (const f of SECURITY_FLAGS)
    if (before.flags.includes(f)) expect(after.flags, `${before.tool}: lost ${f}`).toContain(f);
}

const insertAt = (s: string, positions: number[], chars: string[]): string => {
  let out = s;
  positions.forEach((p, i) => {
    const at = p % (out.length + 1);
    out = out.slice(0, at) + chars[i % chars.length]! + out.slice(at);
  });
  return out;
};

describe('labels never go down', () => {
  const toolArb = fc.constantFrom(...BASE);

  it('when zero-width characters are inserted anywhere in the name or description', () => {
    fc.assert(
      fc.property(
        toolArb,
        fc.array(fc.nat(200), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...INVISIBLE), { minLength: 1, maxLength: 6 }),
        (tool, positions, chars) => {
          const before = classifyTool(tool);
          const after = classifyTool({
            ...tool,
            name: insertAt(tool.name, positions, chars),
            description: insertAt(tool.description ?? '', positions.slice().reverse(), chars),
          });
          notLower(before, after);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('when the case of the name or of description words changes', () => {
    fc.assert(
      fc.property(
        toolArb,
        fc.constantFrom<'upper' | 'lower' | 'title'>('upper', 'lower', 'title'),
        fc.boolean(),
        (tool, mode, nameToo) => {
          const changeWord = (s: string) =>
            mode === 'upper'
              ? s.toUpperCase()
              : mode === 'lower'
                ? s.toLowerCase()
                : s.replace(/\b[a-z]/g, (c) => c.toUpperCase());
          // an encoded run (base64, hex) is content whose case carries meaning: changing it writes a
          // different payload, not the same words in another case, so it is left as it is
          const change = (s: string) =>
            s
              .split(/(\s+)/)
              .map((w) => (/^[A-Za-z0-9+/_-]{16,}={0,2}[.,;:]?$/.test(w) ? w : changeWord(w)))
              .join('');
          const before = classifyTool(tool);
          const after = classifyTool({
            ...tool,
            // a Latin capital inside a lower-case name can be the look-alike itself ("read_fiIe"): changing its
            // case writes another name, so names with Latin capitals keep their case. Names in other scripts
            // change case too: an upper-cased Cyrillic look-alike ("RЕAD_FILE") folds like a lower-case one.
            name: nameToo && !/[A-Z]/.test(tool.name) ? change(tool.name) : tool.name,
            description: change(tool.description ?? ''),
          });
          notLower(before, after);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('when benign text is appended to the description', () => {
    fc.assert(
      fc.property(
        toolArb,
        fc.array(fc.constantFrom(...BENIGN), { minLength: 1, maxLength: 4 }),
        (tool, extra) => {
          const before = classifyTool(tool);
          const after = classifyTool({ ...tool, description: `${tool.description ?? ''}${extra.join('')}` });
          notLower(before, after);
        },
      ),
      { numRuns: 400 },
    );
  });
});
