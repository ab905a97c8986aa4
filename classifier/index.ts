export { CLASSIFIER_VERSION } from './version.js';
export { classifyTool, classifyServer, failRisk, type ServerClassification } from './engine.js';
export { labelInvalidDefinition } from './invalid.js';
export {
  decide,
  conditionHolds,
  compileNativeRegex,
  limitKey,
  ruleOf,
  isHidden,
  type Decision,
  type DecisionResult,
  type DecideState,
  type ToolCall,
} from './decide.js';
export { buildPolicy, toolPolicy, PROFILE_DESCRIPTIONS } from './policy.js';
export {
  composeRationale,
  visibleText,
  QUOTE_MAX,
  type Rationale,
  type RationaleOptions,
  type RationaleQuote,
  type RationaleSegment,
} from './rationale.js';
export { exportPolicy, EXPORT_TARGETS, type ExportTarget, type ExportedPolicy } from './exporters/index.js';
export { normalizeText, type NormalizedText } from './normalize.js';
export { ALL_RULES } from './rules/index.js';
export type { Rule } from './rules/types.js';
export {
  LLM_FLAGS,
  LLM_RULE,
  LOW_CONFIDENCE,
  buildPrompt,
  formatStatusCounts,
  mergeVerdict,
  parseVerdict,
  secondOpinion,
  secondOpinionBatch,
  type LlmClient,
  type LlmVerdict,
  type SecondOpinion,
  type SecondOpinionStatus,
} from './llm.js';
