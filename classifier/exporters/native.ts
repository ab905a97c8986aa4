import type { Classification, Policy } from '../../core/index.js';
import type { ExportedPolicy } from './types.js';

/** The native policy is the contract itself: pretty JSON with a trailing newline. */
export function exportNative(
  policy: Policy,
  _classifications: readonly Classification[],
  serverName: string,
): ExportedPolicy {
  return {
    target: 'native',
    filename: `${serverName || 'server'}.policy.json`,
    content: `${JSON.stringify(policy, null, 2)}\n`,
    notes: [],
  };
}
