export {
  openDb,
  closeDb,
  applyMigrations,
  integrityCheck,
  defaultMigrationsFolder,
  type CatalogueDb,
  type OpenOptions,
} from './db.js';
export * from './repository.js';
export {
  ServerEntrySchema,
  ServersFileSchema,
  parseServersFile,
  formatIssues,
  TARGET_TOKENS,
  type ServerEntry,
  type ServersFile,
} from './servers.js';
export {
  OverrideSchema,
  OverridesFileSchema,
  parseOverridesFile,
  findOverride,
  applyOverride,
  type Override,
  type OverridesFile,
} from './overrides.js';
export {
  importRegistryServer,
  importRegistryServers,
  catalogueNameFromRegistryName,
  RegistryServerJsonSchema,
  type RegistryImport,
} from './registry.js';
export {
  buildCatalogue,
  writeCatalogue,
  changedPaths,
  stableJson,
  type BuiltCatalogue,
  type ExportDeps,
} from './export.js';
export * as schema from './schema.js';
export * from './snapshot.js';
export * from './npm-links.js';
export { buildCatalogueFromSnapshot, type SnapshotExportDeps } from './snapshot-export.js';
export {
  readDbContents,
  mergeDatabases,
  mergeSnapshots,
  databaseDigest,
  type DbContents,
  type DbMergeResult,
  type MergeConflict,
  type SnapshotMergeResult,
} from './merge.js';
