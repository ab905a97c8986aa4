import * as z from 'zod';

/** What a tool does to the world. `unknown` is treated as high risk and denied. */
export const AccessSchema = z.enum(['read', 'write', 'execute', 'unknown']);
export type Access = z.infer<typeof AccessSchema>;

/** Catalogue class, compatible with the commercial catalogue's classes; derived from access + flags. */
export const CategorySchema = z.enum(['read', 'write', 'execute', 'destructive', 'financial', 'unknown']);
export type Category = z.infer<typeof CategorySchema>;

export const RiskSchema = z.enum(['low', 'medium', 'high', 'critical']);
export type Risk = z.infer<typeof RiskSchema>;

export const RISK_ORDER: readonly Risk[] = ['low', 'medium', 'high', 'critical'];
export const riskRank = (risk: Risk): number => RISK_ORDER.indexOf(risk);
export const maxRisk = (a: Risk, b: Risk): Risk => (riskRank(a) >= riskRank(b) ? a : b);

export const ACCESS_ORDER: readonly Access[] = ['read', 'write', 'execute'];
/** read < write < execute; `unknown` dominates everything because it means "could not tell". */
export const maxAccess = (a: Access, b: Access): Access => {
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return ACCESS_ORDER.indexOf(a) >= ACCESS_ORDER.indexOf(b) ? a : b;
};

export const FlagSchema = z.enum([
  'destructive',
  'mass_destruction',
  'financial',
  'open_world',
  'private_data',
  'untrusted_content',
  'public_sink',
  'credentials',
  'code_execution',
  'host_execution',
  'filesystem',
  'network_egress',
  'multi_action',
  'annotation_mismatch',
  'missing_annotations',
  'injection_attempt',
  'tool_poisoning',
  'hidden_unicode',
  'bidi_control',
  'oversized',
  'shadowing_name',
  'schema_too_complex',
  'invalid_definition',
  'truncated',
]);
export type Flag = z.infer<typeof FlagSchema>;

export const FLAG_DESCRIPTIONS: Record<Flag, string> = {
  destructive: 'deletes, overwrites or terminates something',
  mass_destruction: 'can destroy many things or a whole store at once',
  financial: 'moves money or creates a financial obligation',
  open_world: 'reaches systems or content outside the server',
  private_data: 'returns or handles private or personal data',
  untrusted_content: 'returns content written by third parties (web pages, issues, email, chat)',
  public_sink: 'its effects are visible to other people',
  credentials: 'handles secrets, tokens or credentials',
  code_execution: 'runs code, commands, queries or jobs chosen by the caller',
  host_execution: 'can run arbitrary code or shell on a host',
  filesystem: 'reads or writes paths on a filesystem',
  network_egress: 'fetches or sends to caller-chosen network addresses',
  multi_action: 'one tool that performs several different actions chosen by an argument',
  annotation_mismatch: "the server's own annotations claim less risk than the definition shows",
  missing_annotations: 'the server declares no behaviour annotations',
  injection_attempt: 'the definition tries to steer the reviewer or the classifier',
  tool_poisoning: 'the definition tells the agent to do something hidden from the user',
  hidden_unicode: 'invisible characters (zero-width, tag) were found and removed before matching',
  bidi_control: 'bidirectional control characters can make the text display differently from what it is',
  oversized: 'a field is larger than the storage cap',
  shadowing_name: "the tool's name imitates another well-known tool or server",
  schema_too_complex: 'the input schema exceeded the inspection budget',
  invalid_definition: 'the definition is not a valid MCP tool',
  truncated: 'the server offered more tools than the cap; only the first ones were kept',
};
