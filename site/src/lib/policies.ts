/** The policy in every format the classifier exports (native JSON, Claude Code, Cedar, ...). */
import { exportPolicy, EXPORT_TARGETS, type ExportedPolicy } from '@classifier';
import type { Classification, Policy } from '@core';
import { orderedPolicy } from './text';

export type PolicyFormat = ExportedPolicy & { noteList: string[] };

export function policyFormats(
  policy: Policy,
  classifications: Classification[],
  serverName: string,
): PolicyFormat[] {
  return EXPORT_TARGETS.map((target) => {
    const exported = exportPolicy(orderedPolicy(policy), classifications, target, serverName);
    const notes: unknown = (exported as { notes?: unknown }).notes;
    const noteList = Array.isArray(notes)
      ? notes.map(String)
      : typeof notes === 'string' && notes
        ? [notes]
        : [];
    return { ...exported, noteList };
  });
}
