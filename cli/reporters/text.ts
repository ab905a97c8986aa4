import { RISK_ORDER, riskRank, type Classification, type Risk } from '../../core/index.js';
import type { ClassifyOutput, ServerResult } from '../output.js';
import { pad, sanitize, truncate, width, type Styler } from '../terminal.js';

const RISK_STYLE: Record<Risk, Parameters<Styler>[0]> = {
  low: 'green',
  medium: 'yellow',
  high: 'red',
  critical: ['bold', 'red'],
};

export function sortForDisplay<T extends Classification>(tools: readonly T[]): T[] {
  return [...tools].sort(
    (a, b) => riskRank(b.risk) - riskRank(a.risk) || (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0),
  );
}

export const countsLine = (counts: Record<Risk, number>): string =>
  [...RISK_ORDER]
    .reverse()
    .filter((r) => counts[r] > 0)
    .map((r) => `${counts[r]} ${r}`)
    .join(', ') || 'none';

export function describeSource(server: ServerResult): string {
  const s = server.source;
  switch (s.kind) {
    case 'command':
      return `stdio: ${[s.command, ...s.args].join(' ')}`;
    case 'url':
      return `${server.transport}: ${s.url}`;
    case 'tools':
      return `tools file: ${s.file}`;
    case 'config':
      return `config ${s.file}, server "${s.server}"`;
  }
}

/** The table a person reads: risk, category, tool, one-line why; then a summary. */
export function renderText(output: ClassifyOutput, style: Styler, columns = 100): string {
  const lines: string[] = [];
  for (const server of output.servers) {
    const info = server.serverInfo;
    const title = info
      ? `${sanitize(info.name, 80)} ${sanitize(info.version, 40)}`
      : sanitize(server.name, 80);
    lines.push(`${style('bold', title)}  ${style('dim', `(${sanitize(describeSource(server), 200)})`)}`);
    if (server.status !== 'ok') {
      lines.push(`  ${style('red', server.status)}: ${sanitize(server.statusDetail ?? '', 300)}`);
      lines.push('');
      continue;
    }
    const rows = sortForDisplay(server.tools).map(
      (c) => [c.risk, c.category, sanitize(c.tool, 60), sanitize(c.summary, 400)] as const,
    );
    // an invalid entry shows the label its name and description earn; it is hidden by the policy and
    // counted as high by --fail-on whatever that label says
    const invalidRows = server.invalidTools.map(
      (t) =>
        [
          t.label && riskRank(t.label.risk) > riskRank('high') ? t.label.risk : 'high',
          t.label?.category ?? 'unknown',
          sanitize(t.name ?? `#${t.index}`, 60),
          `invalid definition: ${sanitize(t.reason, 200)}; ${t.label && t.label.access !== 'unknown' ? `from its name and description: ${t.label.access}, ${t.label.risk} (confidence ${t.label.confidence}); ` : ''}hidden`,
        ] as const,
    );
    const all = [...rows, ...invalidRows];
    if (all.length === 0) {
      lines.push('  (no tools)');
    } else {
      const toolWidth = Math.min(40, Math.max(4, ...all.map((r) => width(r[2]))));
      const whyWidth = Math.max(20, columns - 2 - 9 - 12 - toolWidth - 3);
      lines.push(style('dim', `  ${pad('RISK', 9)}${pad('CATEGORY', 12)}${pad('TOOL', toolWidth)}   WHY`));
      for (const [risk, category, tool, why] of all) {
        const riskCell = style(RISK_STYLE[risk], pad(risk, 9));
        lines.push(
          `  ${riskCell}${pad(category, 12)}${pad(truncate(tool, toolWidth), toolWidth)}   ${truncate(why, whyWidth)}`,
        );
      }
    }
    const total = server.tools.length + server.invalidTools.length;
    const extra = server.truncated
      ? ` (server offered ${server.totalOffered}; only the first ${total} were kept)`
      : '';
    const invalid = server.invalidTools.length > 0 ? `, ${server.invalidTools.length} invalid` : '';
    lines.push(`  ${total} tools: ${countsLine(server.riskCounts)}${invalid}${extra}`);
    lines.push('');
  }
  const s = output.summary;
  if (output.servers.length > 1)
    lines.push(`${s.servers} servers, ${s.tools} tools: ${countsLine(s.riskCounts)}`);
  if (s.failOn !== null) {
    lines.push(
      s.failing > 0
        ? style('red', `${s.failing} tool(s) at or above --fail-on ${s.failOn}`)
        : `no tool at or above --fail-on ${s.failOn}`,
    );
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
