export { GuardProxy, DEFAULT_GUARD_LIMITS, type GuardLimits, type GuardOptions } from './proxy.js';
export { CappedStdioServerTransport, idOfOversized } from './stdio-server.js';
export { auditEntry, type AuditEntry, type AuditOutcome } from './audit.js';
