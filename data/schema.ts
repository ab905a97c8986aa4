import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The catalogue database (see ../shared/HOSTILE.md "Data"). Tool definitions are content-addressed:
 * `tool_versions.hash` is unique, so a re-crawl of an unchanged server inserts no tool rows, and a
 * changed definition is a new row. `crawl_tools` records which versions each crawl saw.
 * Timestamps are ISO-8601 UTC strings so exports are byte-stable and sort lexically.
 */

export const servers = sqliteTable('servers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Catalogue name (unique, from servers.json, a registry server.json, or the CLI). */
  name: text('name').notNull().unique(),
  /** Where the entry came from: curated | registry | cli. */
  source: text('source').notNull(),
  package: text('package').notNull(),
  version: text('version').notNull(),
  title: text('title'),
  description: text('description'),
  /** Canonical JSON of the crawl target (args, placeholder env) this server is started with. */
  targetJson: text('target_json').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * One invocation of `mcp-risk crawl` over a selection of servers (`key`: the shard and the sorted
 * names). A run killed before it finished is resumed by the next invocation with the same key: the
 * servers it already recorded are skipped unless stale.
 */
export const runs = sqliteTable(
  'runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** sha256 of the selection (shard + sorted server names + package versions). */
    key: text('key').notNull(),
    /** `k/n` when the run crawls a shard, else null. */
    shard: text('shard'),
    /** running | done | interrupted. */
    state: text('state').notNull(),
    runnerPid: integer('runner_pid').notNull(),
    total: integer('total').notNull(),
    startedAt: text('started_at').notNull(),
    /** When the last process took the run over (the first start, or a resume). */
    resumedAt: text('resumed_at'),
    finishedAt: text('finished_at'),
  },
  (t) => [index('runs_key_idx').on(t.key, t.id)],
);

export const crawls = sqliteTable(
  'crawls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    serverId: integer('server_id')
      .notNull()
      .references(() => servers.id, { onDelete: 'cascade' }),
    /** running | done | interrupted (a runner that died before finishing). */
    state: text('state').notNull(),
    /** A HOSTILE.md status once done; null while running or when interrupted. */
    status: text('status'),
    statusDetail: text('status_detail'),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    /** pid of the process running the crawl, so a later run can tell a dead runner from a live one. */
    runnerPid: integer('runner_pid').notNull(),
    packageVersion: text('package_version').notNull(),
    /** Lockfile integrity of the installed package (sha512-...), null when not installed from npm. */
    packageIntegrity: text('package_integrity'),
    sandboxed: integer('sandboxed', { mode: 'boolean' }).notNull(),
    serverInfoJson: text('server_info_json'),
    protocolVersion: text('protocol_version'),
    instructions: text('instructions'),
    /** Fields of the server's answer that were over the storage cap and were cut (JSON array of paths). */
    oversizedJson: text('oversized_json').notNull().default('[]'),
    totalOffered: integer('total_offered').notNull().default(0),
    truncated: integer('truncated', { mode: 'boolean' }).notNull().default(false),
    invalidToolsJson: text('invalid_tools_json').notNull().default('[]'),
    stderrTail: text('stderr_tail').notNull().default(''),
    durationsJson: text('durations_json').notNull().default('{}'),
    toolsAdded: integer('tools_added').notNull().default(0),
    toolsChanged: integer('tools_changed').notNull().default(0),
    toolsRemoved: integer('tools_removed').notNull().default(0),
    /** The run this crawl belongs to (null for crawls recorded before runs existed, or merged). */
    runId: integer('run_id').references(() => runs.id),
  },
  (t) => [index('crawls_server_idx').on(t.serverId, t.id), index('crawls_state_idx').on(t.state)],
);

export const toolVersions = sqliteTable(
  'tool_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** `sha256:<hex>` of the canonical JSON of the definition (core/hash.ts). */
    hash: text('hash').notNull(),
    name: text('name').notNull(),
    /** Canonical JSON of the whole definition as the server sent it (after SDK validation). */
    definitionJson: text('definition_json').notNull(),
    firstSeenAt: text('first_seen_at').notNull(),
  },
  (t) => [uniqueIndex('tool_versions_hash_idx').on(t.hash), index('tool_versions_name_idx').on(t.name)],
);

export const crawlTools = sqliteTable(
  'crawl_tools',
  {
    crawlId: integer('crawl_id')
      .notNull()
      .references(() => crawls.id, { onDelete: 'cascade' }),
    /** Order in which the server listed the tool. */
    position: integer('position').notNull(),
    toolVersionId: integer('tool_version_id')
      .notNull()
      .references(() => toolVersions.id),
  },
  (t) => [
    primaryKey({ columns: [t.crawlId, t.position] }),
    index('crawl_tools_tool_idx').on(t.toolVersionId),
  ],
);

export const classifications = sqliteTable(
  'classifications',
  {
    toolVersionId: integer('tool_version_id')
      .notNull()
      .references(() => toolVersions.id),
    classifierVersion: text('classifier_version').notNull(),
    risk: text('risk').notNull(),
    category: text('category').notNull(),
    source: text('source').notNull(),
    /** The whole Classification (core/schemas.ts) as canonical JSON. */
    classificationJson: text('classification_json').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.toolVersionId, t.classifierVersion] })],
);

export type ServerRow = typeof servers.$inferSelect;
export type NewServerRow = typeof servers.$inferInsert;
export type CrawlRow = typeof crawls.$inferSelect;
export type RunRow = typeof runs.$inferSelect;
export type ToolVersionRow = typeof toolVersions.$inferSelect;
export type ClassificationRow = typeof classifications.$inferSelect;

/** SQL now in ISO form; only used for defaults in ad-hoc statements. */
export const sqlNow = sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
