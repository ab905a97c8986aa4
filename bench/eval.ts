// npm run eval [-- --errors] [-- --json]: the classifier against the hand-labelled corpus in data/corpus/.
import { loadCorpus } from './corpus.js';
import { evaluate, meetsTargets, TARGETS, type PR } from './eval-lib.js';

const args = new Set(process.argv.slice(2));
const report = evaluate(loadCorpus());
if (args.has('--json')) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const table = (title: string, rows: PR[]) => {
    console.log(`\n${title.padEnd(14)} precision  recall   support`);
    for (const r of rows)
      console.log(
        `  ${r.label.padEnd(12)} ${pct(r.precision).padStart(8)} ${pct(r.recall).padStart(8)} ${String(r.support).padStart(8)}`,
      );
  };
  console.log(`corpus: ${report.tools} tools from ${report.servers} servers (data/corpus/)`);
  table('access', report.access);
  table('category', report.category);
  console.log('');
  console.log(
    `access accuracy        ${pct(report.accessAccuracy)}   (target >= ${pct(TARGETS.accessAccuracy)})`,
  );
  console.log(`category accuracy      ${pct(report.categoryAccuracy)}`);
  console.log(`risk exact             ${pct(report.riskExact)}`);
  console.log(
    `risk within one level  ${pct(report.riskWithinOne)}   (target >= ${pct(TARGETS.riskWithinOne)})`,
  );
  console.log(
    `false-read rate        ${pct(report.falseReadRate)}   (${report.falseReads} tools labelled read that write or execute, over all labelled read; target <= ${pct(TARGETS.falseReadRate)})`,
  );
  console.log(
    `  share of unsafe      ${pct(report.falseReadShareOfUnsafe)}   (the same tools over all tools that write or execute)`,
  );
  console.log(
    `server annotations     ${report.annotations.declaredReadOnly} tools declare readOnlyHint; it matches the hand label for ${pct(report.annotations.serverAgreesWithHand)}, and our label for ${pct(report.annotations.classifierAgreesWithServer)}`,
  );
  console.log(`targets                ${meetsTargets(report) ? 'met' : 'NOT met'}`);
  if (args.has('--errors')) {
    console.log(`\ndisagreements (${report.errors.length}): expected -> got`);
    for (const e of report.errors)
      console.log(`  ${e.package} ${e.tool}: ${e.expected} -> ${e.got}   ${e.summary}`);
  }
}
