import type { Classification, ServerContext } from '../core/index.js';
import { classifyTool } from './engine.js';

/**
 * An entry the SDK's tool schema rejects is still labelled from what it says (LABELS.md: classify
 * invalid definitions by their name and description). The SDK's schema is stricter than the
 * classifier's view: whatever made it reject the entry, the label says the definition is invalid and is
 * no more confident than one built from a name alone. The policy hides such a tool.
 */
export function labelInvalidDefinition(entry: unknown, server?: ServerContext): Classification {
  const c = classifyTool(entry, server);
  if (c.flags.includes('invalid_definition')) return c;
  return {
    ...c,
    flags: [...c.flags, 'invalid_definition' as const].sort(),
    confidence: Math.min(c.confidence, 0.35),
  };
}
