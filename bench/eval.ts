// npm run eval [-- --errors] [-- --json]: the classifier against the hand-labelled corpus in data/corpus/,
// tuning and held-out servers side by side. The held-out figures are the ones that count.
//
// --errors lists the disagreements on the tuning servers only. Rules are tuned on those; the held-out
// servers' disagreements are printed only with --heldout-errors, which is for the final report, never for
// tuning.
import { loadCorpus } from './corpus.js';
import { classifyTool } from '../classifier/engine.js';
import { evaluate, evaluateSplits, targetChecks, type EvalReport, type PR } from './eval-lib.js';

const args = new Set(process.argv.slice(2));
const corpus = loadCorpus();
const { tuning, heldout, all } = evaluateSplits(corpus);
// the same held-out servers with the rules alone, to show what the learned layer adds
const rulesAlone = evaluate(
  corpus.filter((t) => t.split === 'heldout'),
  (tool, server) => classifyTool(tool, server, { learned: false }),
);
if (args.has('--json')) {
  const strip = (r: EvalReport) => ({ ...r, errors: r.errors.length });
  process.stdout.write(
    `${JSON.stringify({ tuning: strip(tuning), heldout: strip(heldout), all: strip(all), heldoutRulesAlone: strip(rulesAlone) }, null, 2)}\n`,
  );
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const cols = (a: string, b: string, c: string, d: string, e = '') =>
    `${a.padEnd(34)}${b.padStart(14)}${c.padStart(14)}${d.padStart(14)}${e.padStart(22)}`;
  const reports = [tuning, heldout, all, rulesAlone] as const;
  const row = (what: string, f: (r: EvalReport) => string) =>
    console.log(
      cols(
        what,
        f(reports[0]),
        reports[1].tools ? f(reports[1]) : '-',
        f(reports[2]),
        reports[3].tools ? f(reports[3]) : '-',
      ),
    );
  console.log(cols('', 'tuning', 'held-out', 'all', 'held-out, rules alone'));
  row('servers', (r) => String(r.servers));
  row('tools', (r) => String(r.tools));
  row('access accuracy', (r) => pct(r.accessAccuracy));
  row('false-read (of predicted read)', (r) => pct(r.falseReadRate));
  row('false-read (of write/execute)', (r) => pct(r.falseReadShareOfUnsafe));
  row('false reads (tools)', (r) => String(r.falseReads));
  row('risk exact', (r) => pct(r.riskExact));
  row('risk within one level', (r) => pct(r.riskWithinOne));
  row('category accuracy', (r) => pct(r.categoryAccuracy));
  row('unlabelled (unknown)', (r) => String(r.unknown));
  const prTable = (title: string, pick: (r: EvalReport) => PR[]) => {
    console.log(`\n${cols(title, 'tuning P/R', 'held-out P/R', 'support')}`);
    for (const [i, label] of pick(all)
      .map((p) => p.label)
      .entries()) {
      const pr = (r: EvalReport) => {
        const x = pick(r)[i]!;
        return x.support + x.fp === 0
          ? '-'
          : `${(x.precision * 100).toFixed(0)}/${(x.recall * 100).toFixed(0)}`;
      };
      console.log(
        cols(
          `  ${label}`,
          pr(tuning),
          pr(heldout),
          `${pick(tuning)[i]!.support}/${pick(heldout)[i]!.support}`,
        ),
      );
    }
  };
  prTable('access', (r) => r.access);
  prTable('risk', (r) => r.risk);
  prTable('category', (r) => r.category);
  prTable('flags', (r) => r.flags);
  console.log(
    `\nserver annotations: ${all.annotations.declaredReadOnly} tools declare readOnlyHint; it matches the hand label for ${pct(all.annotations.serverAgreesWithHand)}`,
  );
  console.log('\nheld-out targets (issue 8):');
  for (const c of targetChecks(heldout)) console.log(`  ${c.ok ? 'met    ' : 'NOT met'}  ${c.what}`);
  const list = (title: string, r: EvalReport) => {
    console.log(`\n${title} (${r.errors.length}): expected -> got`);
    for (const e of r.errors)
      console.log(`  ${e.package} ${e.tool}: ${e.expected} -> ${e.got}   ${e.summary}`);
  };
  if (args.has('--errors')) list('tuning disagreements', tuning);
  if (args.has('--heldout-errors')) list('held-out disagreements', heldout);
}
