export {
  introspect,
  childEnvironment,
  isPrivateAddress,
  ENV_ALLOW_LIST,
  DEFAULT_DEADLINES,
  DEFAULT_INTROSPECT_LIMITS,
  type Deadlines,
  type IntrospectLimits,
  type IntrospectOptions,
  type IntrospectPhase,
} from './introspect.js';
export {
  ChildProcessTransport,
  DEFAULT_STDIO_LIMITS,
  type SpawnSpec,
  type StdioLimits,
  type TransportFault,
} from './stdio-transport.js';
export {
  parseClientConfig,
  selectServers,
  parseToolsDocument,
  unresolvedPlaceholders,
  type ParsedConfig,
  type ConfigFormat,
} from './targets.js';
export { openUpstream, type Upstream, type UpstreamOptions } from './upstream.js';
