import type { Classification, Policy } from '../../core/index.js';
import { exportAgentgateway } from './agentgateway.js';
import { exportCedarDocker } from './cedar-docker.js';
import { exportCedarToolhive } from './cedar-toolhive.js';
import { exportClaudeCode } from './claude-code.js';
import { exportCodex } from './codex.js';
import { exportIntercept } from './intercept.js';
import { exportNative } from './native.js';
import type { ExportedPolicy } from './types.js';

export type { ExportedPolicy, ExtraFile } from './types.js';

type Exporter = (policy: Policy, classifications: Classification[], serverName: string) => ExportedPolicy;

const EXPORTERS = {
  native: exportNative,
  'claude-code': exportClaudeCode,
  codex: exportCodex,
  'cedar-toolhive': exportCedarToolhive,
  'cedar-docker': exportCedarDocker,
  agentgateway: exportAgentgateway,
  intercept: exportIntercept,
} satisfies Record<string, Exporter>;

export type ExportTarget = keyof typeof EXPORTERS;
export const EXPORT_TARGETS = Object.keys(EXPORTERS) as ExportTarget[];

/** Renders a native policy for a target; `notes` name what the target cannot express. */
export function exportPolicy(
  policy: Policy,
  classifications: readonly Classification[],
  target: ExportTarget,
  serverName: string,
): ExportedPolicy {
  const exporter: Exporter = EXPORTERS[target];
  return exporter(policy, [...classifications], serverName);
}
