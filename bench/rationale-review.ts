/**
 * Prints the rationale paragraph (classifier/rationale.ts) for 30 tools of different kinds, for a person
 * to read: reads, private reads, writes, destructive, financial, execute (shell, SQL, deploy, CI, browser
 * input), routers, session-local controls, poisoned and invalid definitions. Tools come from the TUNING
 * split only (data/corpus/split.json and data/attacks/split.json name the held-out ones), picked by a
 * fixed rule, so the same run prints the same 30. `npx tsx bench/rationale-review.ts [--before] [--json]`
 */
import {
  classifyServer,
  classifyTool,
  composeRationale,
  labelInvalidDefinition,
} from '../classifier/index.js';
import type { Classification } from '../core/index.js';
import { contextOf, loadAttacks, splitOf, targetTool } from './attacks.js';
import { loadCorpus, type CorpusTool } from './corpus.js';

interface Pick {
  kind: string;
  test: (c: Classification, t: CorpusTool) => boolean;
  n: number;
}

const name = (t: CorpusTool) => t.name.toLowerCase();
const has = (c: Classification, f: string) => c.flags.includes(f as never);
const rule = (c: Classification, r: string) => c.evidence.some((e) => e.rule === r);

const PICKS: Pick[] = [
  { kind: 'public read', test: (c) => c.access === 'read' && c.risk === 'low', n: 3 },
  { kind: 'private read', test: (c) => c.access === 'read' && has(c, 'private_data'), n: 2 },
  { kind: 'untrusted read', test: (c) => c.access === 'read' && has(c, 'untrusted_content'), n: 1 },
  { kind: 'write', test: (c) => c.category === 'write' && c.risk === 'medium', n: 2 },
  { kind: 'public sink', test: (c) => c.access === 'write' && has(c, 'public_sink'), n: 1 },
  {
    kind: 'destructive',
    test: (c) => c.category === 'destructive' && !has(c, 'mass_destruction') && c.actions.length === 0,
    n: 2,
  },
  { kind: 'mass destruction', test: (c) => has(c, 'mass_destruction'), n: 1 },
  { kind: 'financial', test: (c) => c.category === 'financial', n: 2 },
  { kind: 'shell', test: (c) => rule(c, 'code.command-param'), n: 2 },
  { kind: 'sql', test: (c) => rule(c, 'code.sql-param'), n: 2 },
  { kind: 'deploy', test: (c, t) => c.access === 'execute' && /deploy|rollback|release/.test(name(t)), n: 1 },
  { kind: 'ci trigger', test: (c) => rule(c, 'execute.start-runnable') && !has(c, 'host_execution'), n: 2 },
  { kind: 'browser input', test: (c) => rule(c, 'browser.interaction'), n: 2 },
  { kind: 'navigation', test: (c) => rule(c, 'browser.navigation'), n: 1 },
  { kind: 'router', test: (c) => c.actions.length > 0, n: 2 },
  { kind: 'session-local', test: (c) => rule(c, 'browser.session-local') || rule(c, 'session.local'), n: 1 },
  { kind: 'learned guess', test: (c) => rule(c, 'learned.access'), n: 1 },
];

interface Row {
  kind: string;
  id: string;
  label: string;
  text: string;
  /** what the tool page said before: one templated sentence per finding (Classification.rationale) */
  before: string;
}

export function reviewRows(): Row[] {
  const rows: Row[] = [];
  const corpus = loadCorpus().filter((t) => t.split === 'tuning');
  const classified = corpus.map((t) => ({ t, c: classifyTool(t.tool, t.server, { siblings: t.siblings }) }));
  const used = new Set<string>();
  for (const p of PICKS) {
    const servers = new Set<string>();
    let n = 0;
    for (const { t, c } of classified) {
      if (n >= p.n) break;
      const id = `${t.slug}/${t.name}`;
      if (used.has(id) || servers.has(t.slug) || !p.test(c, t)) continue;
      // spread the picks over the corpus: a server's tools after the first few are skipped
      servers.add(t.slug);
      used.add(id);
      n++;
      const r = composeRationale(c, { definition: t.tool, server: t.server });
      rows.push({
        kind: p.kind,
        id,
        label: `${c.access}/${c.category}/${c.risk}`,
        text: r.text,
        before: c.rationale.join(' '),
      });
    }
  }
  // poisoned definitions: tuning attacks only
  const attacks = loadAttacks().filter((a) => splitOf(a.id) === 'tuning');
  const classes = new Set<string>();
  for (const a of attacks) {
    const tool = targetTool(a);
    if (!tool || classes.has(a.class) || classes.size >= 3) continue;
    const server = contextOf(a);
    const c = classifyServer([tool], server).tools[0]!;
    // the ones the classifier catches: a paragraph for a missed attack reads like any other tool
    if (!c.flags.includes('tool_poisoning') && !c.flags.includes('injection_attempt')) continue;
    classes.add(a.class);
    const r = composeRationale(c, { definition: tool, server });
    rows.push({
      kind: 'poisoned',
      id: `attack ${a.id}`,
      label: `${c.access}/${c.category}/${c.risk}`,
      text: r.text,
      before: c.rationale.join(' '),
    });
  }
  // an invalid definition: a corpus tool with its input schema taken away
  const base = corpus.find((t) => t.name === 'create_issue') ?? corpus[0]!;
  const broken = { ...(base.tool as Record<string, unknown>), inputSchema: 'none' };
  const ci = labelInvalidDefinition(broken, base.server);
  rows.push({
    kind: 'invalid',
    id: `${base.slug}/${base.name} (schema removed)`,
    label: `${ci.access}/${ci.category}/${ci.risk}`,
    text: composeRationale(ci, { definition: broken, server: base.server }).text,
    before: ci.rationale.join(' '),
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = reviewRows();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    const before = process.argv.includes('--before');
    for (const r of rows)
      process.stdout.write(
        `## ${r.kind}: ${r.id} [${r.label}]\n${before ? `before: ${r.before}\nafter:  ` : ''}${r.text}\n\n`,
      );
  }
}
