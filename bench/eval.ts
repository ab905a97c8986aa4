// npm run eval [-- --errors] [-- --json]: the classifier against the hand-labelled corpus in data/corpus/,
// tuning and held-out servers side by side. The held-out figures are the ones that count.
//
// --errors lists the disagreements on the tuning servers only. Rules are tuned on those; the held-out
// servers' disagreements are printed only with --heldout-errors, which is for the final report, never for
// tuning.
//
// The attack section (issue 10) measures the attack corpus of data/attacks/: recall per class on the
// held-out attacks (the tuning attacks alongside), false positives on the hard negatives, and the
// false-positive rate on every benign tool of the corpus. --errors lists the missed tuning attacks and
// the flagged benign tools of tuning servers; --heldout-errors the held-out ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { attackTargetChecks, evaluateAttacks, loadAttacks, loadHardNegatives } from './attacks.js';
import { loadCorpus } from './corpus.js';
import { classifyTool } from '../classifier/engine.js';
import { CLASSIFIER_VERSION } from '../classifier/version.js';
import { AccuracySchema } from '../core/index.js';
import {
  accuracyDocument,
  evaluate,
  evaluateSplits,
  targetChecks,
  type EvalReport,
  type PR,
} from './eval-lib.js';

// --site <file>: only the document the site's /accuracy/ page is built from (npm start writes it into
// the export); nothing else is evaluated or printed
const siteAt = process.argv.indexOf('--site');
if (siteAt >= 0) {
  const file = process.argv[siteAt + 1];
  if (!file) throw new Error('--site needs a file name');
  const started = performance.now();
  const doc = AccuracySchema.parse(accuracyDocument(loadCorpus(), CLASSIFIER_VERSION));
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  process.stderr.write(
    `accuracy: held-out ${doc.split.heldout.servers} servers, ${doc.split.heldout.tools} tools; access ${(doc.heldout.accessAccuracy * 100).toFixed(1)} % -> ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  process.exit(0);
}

const args = new Set(process.argv.slice(2));
const corpus = loadCorpus();
const { tuning, heldout, all } = evaluateSplits(corpus);
// the same held-out servers with the rules alone, to show what the learned layer adds
const rulesAlone = evaluate(
  corpus.filter((t) => t.split === 'heldout'),
  (tool, server, siblings) => classifyTool(tool, server, { learned: false, siblings }),
);
const attacks = evaluateAttacks(loadAttacks(), loadHardNegatives(), corpus);
if (args.has('--json')) {
  const strip = (r: EvalReport) => ({ ...r, errors: r.errors.length });
  process.stdout.write(
    `${JSON.stringify(
      {
        tuning: strip(tuning),
        heldout: strip(heldout),
        all: strip(all),
        heldoutRulesAlone: strip(rulesAlone),
        attacks: {
          byClass: attacks.byClass,
          tuning: attacks.tuning,
          heldout: attacks.heldout,
          hardNegatives: {
            n: attacks.hardNegatives.n,
            falsePositives: attacks.hardNegatives.falsePositives.length,
          },
          benign: {
            tools: attacks.benign.tools,
            falsePositives: attacks.benign.falsePositives.length,
            rate: attacks.benign.rate,
          },
        },
      },
      null,
      2,
    )}\n`,
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

  // ---------------------------------------------------------------- attacks (issue 10)
  const rc = (r: { n: number; caught: number; recall: number }) =>
    r.n ? `${r.caught}/${r.n} ${pct(r.recall)}` : '-';
  const acols = (a: string, b: string, c: string) => `${a.padEnd(34)}${b.padStart(16)}${c.padStart(18)}`;
  console.log(`\n${acols('attack corpus (data/attacks)', 'tuning', 'held-out')}`);
  for (const c of attacks.byClass) console.log(acols(`  ${c.cls}`, rc(c.tuning), rc(c.heldout)));
  console.log(acols('  all classes', rc(attacks.tuning), rc(attacks.heldout)));
  console.log(
    '  caught = flagged tool_poisoning or injection_attempt (hidden_unicode/bidi_control for invisible,\n' +
      '  shadowing_name for shadowing and confusable names) and hidden in every profile',
  );
  const negFP = attacks.hardNegatives.falsePositives;
  console.log(
    `\nhard negatives flagged tool_poisoning/injection_attempt: ${negFP.length} of ${attacks.hardNegatives.n}`,
  );
  for (const f of negFP) console.log(`  ${f.id} ${f.tool}: ${f.flags.join(',')}   (${f.note})`);
  const fps = attacks.benign.falsePositives;
  const inSplit = (s: 'tuning' | 'heldout') => fps.filter((f) => f.split === s);
  console.log(
    `benign corpus tools flagged tool_poisoning/injection_attempt: ${fps.length} of ${attacks.benign.tools} (${pct(attacks.benign.rate)}; tuning servers ${inSplit('tuning').length}, held-out servers ${inSplit('heldout').length})`,
  );
  console.log('\nattack targets (issue 10):');
  for (const c of attackTargetChecks(attacks)) console.log(`  ${c.ok ? 'met    ' : 'NOT met'}  ${c.what}`);
  const misses = (title: string, s: 'tuning' | 'heldout') => {
    const missed = attacks.results.filter((r) => r.split === s && !r.caught);
    console.log(`\n${title} (${missed.length}): id class carrier -> flags`);
    for (const r of missed)
      console.log(
        `  ${r.attack.id} ${r.attack.class} ${r.attack.carrier} -> ${r.classification.flags.join(',') || '(none)'} ${r.classification.risk}`,
      );
    const flagged = inSplit(s);
    console.log(`\nbenign tools flagged on ${s} servers (${flagged.length}):`);
    for (const f of flagged) console.log(`  ${f.package} ${f.tool}: ${f.flags.join(',')}   ${f.summary}`);
  };
  if (args.has('--errors')) misses('missed tuning attacks', 'tuning');
  if (args.has('--heldout-errors')) misses('missed held-out attacks', 'heldout');
}
