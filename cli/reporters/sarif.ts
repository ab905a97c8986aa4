import { riskRank, type Classification, type Risk } from '../../core/index.js';
import { ALL_RULES } from '../../classifier/index.js';
import type { ClassifyOutput, ServerResult } from '../output.js';

const LEVEL: Record<Risk, 'note' | 'warning' | 'error'> = {
  low: 'note',
  medium: 'warning',
  high: 'error',
  critical: 'error',
};
/** GitHub code scanning reads `security-severity` (0-10) from rule properties. */
const SEVERITY: Record<Risk, string> = { low: '2.0', medium: '5.0', high: '7.5', critical: '9.5' };

const INVALID_RULE = 'mcp-risk/invalid-definition';
const NO_EVIDENCE_RULE = 'mcp-risk/no-evidence';

/** The evidence that most explains the label: the highest risk floor, strong before weak. */
export function primaryRule(c: Classification): string {
  const ranked = [...c.evidence].sort(
    (a, b) =>
      riskRank(b.effect.minRisk ?? 'low') - riskRank(a.effect.minRisk ?? 'low') ||
      (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1) ||
      (b.effect.access ? 1 : 0) - (a.effect.access ? 1 : 0),
  );
  return ranked[0]?.rule ?? NO_EVIDENCE_RULE;
}

function artifactFor(server: ServerResult): string | undefined {
  if (server.source.kind === 'tools' && server.source.file !== '-') return server.source.file;
  if (server.source.kind === 'config') return server.source.file;
  return undefined;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: 'note' | 'warning' | 'error' };
  properties: { 'security-severity': string; tags: string[] };
}

/** SARIF 2.1.0: rule ids are the classifier's rule ids; one result per tool at or above `minRisk`. */
export function renderSarif(
  output: ClassifyOutput,
  minRisk: Risk,
  toUri: (file: string) => string = (f) => f,
): string {
  const titles = new Map(ALL_RULES.map((r) => [r.id, r]));
  const rules = new Map<string, SarifRule>();
  const ruleIndex = (id: string, risk: Risk): number => {
    if (!rules.has(id)) {
      const rule = titles.get(id);
      const text =
        rule?.title ??
        (id === INVALID_RULE
          ? 'The tool definition is not a valid MCP tool'
          : 'No rule matched: the label is unknown and denied');
      rules.set(id, {
        id,
        name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
        shortDescription: { text },
        ...(rule
          ? { fullDescription: { text: `${rule.title}: ${rule.rationale.replace('{match}', '…')}` } }
          : {}),
        defaultConfiguration: { level: LEVEL[risk] },
        properties: { 'security-severity': SEVERITY[risk], tags: ['security', 'mcp'] },
      });
    }
    return [...rules.keys()].indexOf(id);
  };

  const results: unknown[] = [];
  for (const server of output.servers) {
    const file = artifactFor(server);
    const location = (tool: string) => ({
      ...(file
        ? { physicalLocation: { artifactLocation: { uri: toUri(file) }, region: { startLine: 1 } } }
        : {}),
      logicalLocations: [{ name: tool, fullyQualifiedName: `${server.name}/${tool}`, kind: 'function' }],
    });
    for (const c of server.tools) {
      if (riskRank(c.risk) < riskRank(minRisk)) continue;
      const ruleId = primaryRule(c);
      results.push({
        ruleId,
        ruleIndex: ruleIndex(ruleId, c.risk),
        level: LEVEL[c.risk],
        message: {
          text: `${c.tool} (${server.name}): ${c.risk} risk, ${c.category}. ${c.summary}`.slice(0, 2000),
        },
        locations: [location(c.tool)],
        partialFingerprints: { toolContentHash: c.hash },
        properties: {
          server: server.name,
          tool: c.tool,
          risk: c.risk,
          category: c.category,
          access: c.access,
          flags: c.flags,
          rationale: c.rationale,
        },
      });
    }
    if (riskRank('high') >= riskRank(minRisk)) {
      for (const t of server.invalidTools) {
        const name = t.name ?? `#${t.index}`;
        results.push({
          ruleId: INVALID_RULE,
          ruleIndex: ruleIndex(INVALID_RULE, 'high'),
          level: 'error',
          message: { text: `${name} (${server.name}): invalid tool definition (${t.reason}); denied.` },
          locations: [location(name)],
          properties: { server: server.name, tool: name, risk: 'high', category: 'unknown' },
        });
      }
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mcp-risk',
            semanticVersion: output.mcpRisk,
            version: output.mcpRisk,
            informationUri: 'https://github.com/mcp-risk/mcp-risk',
            rules: [...rules.values()],
          },
        },
        results,
        properties: { classifierVersion: output.classifierVersion, profile: output.profile },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
