import type { Rationale, Risk } from '../../core/index.js';
import type { ClassifyOutput } from '../output.js';
import { sanitize } from '../terminal.js';
import { countsLine, describeSource, sortForDisplay } from './text.js';

const ICON: Record<Risk, string> = { low: '🟢', medium: '🟡', high: '🟠', critical: '🔴' };

/** Untrusted text inside a Markdown table cell: no HTML, no links, no formatting, no cell breaks. */
export function mdText(text: string, max = 300): string {
  return sanitize(text, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]()#|!~{}])/g, '\\$1')
    .replace(/:\/\//g, ':&#47;&#47;');
}

/** Untrusted text as a code span: one line, visible markers for hidden characters, no backticks. */
function mdCode(text: string, max = 120): string {
  const inner = sanitize(text, max).replace(/`/g, "'").trim();
  return inner === '' ? "''" : `\`${inner}\``;
}

/**
 * A rationale paragraph (classifier/rationale.ts) as Markdown: our prose and the quote escaped with
 * mdText, names and paths as code spans, so nothing from the definition becomes HTML, a link or markup.
 */
export function mdRationale(r: Rationale): string {
  let out = '';
  for (const s of r.segments) {
    if (s.kind === 'text') out += mdText(s.text, 4_000);
    else if (s.kind === 'name') out += mdCode(s.text, 80);
    else
      out += `“${s.cutStart ? '…' : ''}${mdText(s.text, 400)}${s.cutEnd ? '…' : ''}” (${mdCode(s.path, 120)})`;
  }
  return out;
}

/** For a pull-request comment: a summary line, then one table per server. */
export function renderMarkdown(output: ClassifyOutput): string {
  const out: string[] = ['## mcp-risk: tool risk', ''];
  const s = output.summary;
  out.push(
    `**${s.tools}** tools on **${s.servers}** server(s): ${countsLine(s.riskCounts)}${s.invalidTools > 0 ? `, ${s.invalidTools} invalid` : ''}.`,
  );
  if (s.failOn !== null)
    out.push(
      '',
      s.failing > 0
        ? `❌ ${s.failing} tool(s) at or above \`${s.failOn}\`.`
        : `✅ No tool at or above \`${s.failOn}\`.`,
    );
  if (output.drift && output.drift.mode === 'checked') {
    const d = output.drift;
    const n = d.added.length + d.removed.length + d.changed.length;
    out.push(
      '',
      n === 0
        ? '🔒 No drift from the lock file.'
        : `⚠️ Drift from the lock file: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed.`,
    );
    for (const a of d.added) out.push(`- added: \`${mdText(a.tool, 100)}\``);
    for (const r of d.removed) out.push(`- removed: \`${mdText(r.tool, 100)}\``);
    for (const c of d.changed)
      out.push(
        `- changed: \`${mdText(c.tool, 100)}\` (${c.changes.map((x) => mdText(x.path, 80)).join(', ')})`,
      );
  }
  for (const server of output.servers) {
    out.push(
      '',
      `### ${mdText(server.serverInfo?.name ?? server.name, 100)} ${server.serverInfo ? mdText(server.serverInfo.version, 40) : ''}`.trimEnd(),
      '',
    );
    out.push(`<sub>${mdText(describeSource(server), 200)}</sub>`, '');
    if (server.status !== 'ok') {
      out.push(`**${server.status}**: ${mdText(server.statusDetail ?? '', 300)}`);
      continue;
    }
    out.push('| Risk | Category | Tool | Why |', '| --- | --- | --- | --- |');
    for (const c of sortForDisplay(server.tools)) {
      out.push(
        `| ${ICON[c.risk]} ${c.risk} | ${c.category} | \`${mdText(c.tool, 80).replace(/`/g, '')}\` | ${mdText(c.summary)} |`,
      );
    }
    for (const t of server.invalidTools) {
      out.push(
        `| ${ICON.high} high | unknown | ${mdText(t.name ?? `#${t.index}`, 80)} | invalid definition: ${mdText(t.reason, 200)} (denied) |`,
      );
    }
    const explained = [
      ...sortForDisplay(server.tools),
      ...server.invalidTools.flatMap((t) => (t.label ? [t.label] : [])),
    ];
    if (explained.length > 0) {
      out.push('', '<details><summary>Why each tool needs its policy</summary>', '');
      for (const c of explained) out.push(`- ${ICON[c.risk]} ${mdRationale(c.why)}`, '');
      out.push('</details>');
    }
  }
  return `${out.join('\n')}\n`;
}
