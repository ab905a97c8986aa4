import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { canonicalJson, type Classification, type ToolSnapshot } from '../core/index.js';
import type { ServerSnapshot } from '../core/server.js';
import type { CatalogueDb } from './db.js';
import {
  classifications,
  crawlTools,
  crawls,
  runs,
  servers,
  toolVersions,
  type CrawlRow,
  type ServerRow,
} from './schema.js';

/** Every write is one short BEGIN IMMEDIATE transaction: a second process waits (busy_timeout) instead of failing. */
const write = <T>(db: CatalogueDb, fn: (tx: CatalogueDb) => T): T =>
  db.transaction((tx) => fn(tx as unknown as CatalogueDb), { behavior: 'immediate' });

export interface ServerEntryInput {
  name: string;
  source: 'curated' | 'registry' | 'cli';
  package: string;
  version: string;
  title?: string | null | undefined;
  description?: string | null | undefined;
  /** The crawl target (args, placeholder env); stored as canonical JSON. */
  target: unknown;
}

/** Inserts or updates a server by name; idempotent. Returns its id. */
export function upsertServer(db: CatalogueDb, entry: ServerEntryInput, now: string): number {
  return write(db, (tx) => {
    const values = {
      source: entry.source,
      package: entry.package,
      version: entry.version,
      title: entry.title ?? null,
      description: entry.description ?? null,
      targetJson: canonicalJson(entry.target),
    };
    const row = tx
      .insert(servers)
      .values({ name: entry.name, ...values, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: servers.name, set: { ...values, updatedAt: now } })
      .returning({ id: servers.id })
      .get();
    return row.id;
  });
}

export interface BeginCrawlInput {
  serverId: number;
  runnerPid: number;
  packageVersion: string;
  packageIntegrity: string | null;
  sandboxed: boolean;
  /** The run (`startRun`) this attempt belongs to. */
  runId?: number | null | undefined;
}

/** Records the start of one attempt (state `running`). */
export function beginCrawl(db: CatalogueDb, input: BeginCrawlInput, now: string): number {
  return write(
    db,
    (tx) =>
      tx
        .insert(crawls)
        .values({ ...input, state: 'running', startedAt: now })
        .returning({ id: crawls.id })
        .get().id,
  );
}

/**
 * Marks `running` crawls whose runner process is gone as `interrupted` (a crawl killed mid-way).
 * Their results were never written: a crawl's results land in one transaction or not at all.
 */
export function sweepInterruptedCrawls(
  db: CatalogueDb,
  isRunnerAlive: (pid: number) => boolean,
  now: string,
): number {
  return write(db, (tx) => {
    const running = tx
      .select({ id: crawls.id, pid: crawls.runnerPid })
      .from(crawls)
      .where(eq(crawls.state, 'running'))
      .all();
    const dead = running.filter((r) => !isRunnerAlive(r.pid)).map((r) => r.id);
    if (dead.length > 0) {
      tx.update(crawls).set({ state: 'interrupted', finishedAt: now }).where(inArray(crawls.id, dead)).run();
    }
    return dead.length;
  });
}

// ---------------------------------------------------------------- runs (resume)

export interface RunInput {
  /** The selection's identity: the same key resumes an interrupted run. */
  key: string;
  shard: string | null;
  total: number;
  runnerPid: number;
}

export interface StartedRun {
  runId: number;
  /** True when an interrupted run with the same key was taken over. */
  resumed: boolean;
  startedAt: string;
}

/** Marks `running` runs whose runner process is gone as `interrupted`. */
export function sweepInterruptedRuns(
  db: CatalogueDb,
  isRunnerAlive: (pid: number) => boolean,
  now: string,
): number {
  return write(db, (tx) => {
    const dead = tx
      .select({ id: runs.id, pid: runs.runnerPid })
      .from(runs)
      .where(eq(runs.state, 'running'))
      .all()
      .filter((r) => !isRunnerAlive(r.pid))
      .map((r) => r.id);
    if (dead.length > 0)
      tx.update(runs).set({ state: 'interrupted', finishedAt: now }).where(inArray(runs.id, dead)).run();
    return dead.length;
  });
}

/**
 * Starts a run, or (with `resume`) takes over the newest interrupted run with the same key. The
 * take-over is one BEGIN IMMEDIATE transaction, so two restarts at once never share a run: the
 * second finds it running under the first's pid and starts its own.
 */
export function startRun(db: CatalogueDb, input: RunInput, now: string, resume = true): StartedRun {
  return write(db, (tx) => {
    if (resume) {
      const previous = tx
        .select({ id: runs.id, state: runs.state, startedAt: runs.startedAt })
        .from(runs)
        .where(eq(runs.key, input.key))
        .orderBy(desc(runs.id))
        .limit(1)
        .get();
      if (previous?.state === 'interrupted') {
        tx.update(runs)
          .set({
            state: 'running',
            runnerPid: input.runnerPid,
            total: input.total,
            resumedAt: now,
            finishedAt: null,
          })
          .where(eq(runs.id, previous.id))
          .run();
        return { runId: previous.id, resumed: true, startedAt: previous.startedAt };
      }
    }
    const row = tx
      .insert(runs)
      .values({ ...input, state: 'running', startedAt: now, resumedAt: now })
      .returning({ id: runs.id })
      .get();
    return { runId: row.id, resumed: false, startedAt: now };
  });
}

/** Ends a run: `done` when every selected server was recorded, else `interrupted` (resumable). */
export function endRun(db: CatalogueDb, runId: number, state: 'done' | 'interrupted', now: string): void {
  write(db, (tx) => tx.update(runs).set({ state, finishedAt: now }).where(eq(runs.id, runId)).run());
}

export interface RecordedCrawl {
  crawlId: number;
  status: string;
  packageVersion: string;
  finishedAt: string;
}

/** Per server name, the newest finished crawl of the run (what a resumed run may skip). */
export function recordedInRun(db: CatalogueDb, runId: number): Map<string, RecordedCrawl> {
  const rows = db
    .select({
      name: servers.name,
      crawlId: crawls.id,
      status: crawls.status,
      packageVersion: crawls.packageVersion,
      finishedAt: crawls.finishedAt,
    })
    .from(crawls)
    .innerJoin(servers, eq(crawls.serverId, servers.id))
    .where(and(eq(crawls.runId, runId), eq(crawls.state, 'done')))
    .orderBy(crawls.id)
    .all();
  const out = new Map<string, RecordedCrawl>();
  for (const r of rows)
    out.set(r.name, {
      crawlId: r.crawlId,
      status: r.status ?? 'startup_failed',
      packageVersion: r.packageVersion,
      finishedAt: r.finishedAt ?? '',
    });
  return out;
}

/** Names of servers that have at least one finished crawl (before this one). */
export function serversWithFinishedCrawls(db: CatalogueDb): Set<string> {
  return new Set(
    db
      .selectDistinct({ name: servers.name })
      .from(crawls)
      .innerJoin(servers, eq(crawls.serverId, servers.id))
      .where(eq(crawls.state, 'done'))
      .all()
      .map((r) => r.name),
  );
}

export interface CrawlOutcome {
  crawlId: number;
  status: ServerSnapshot['status'];
  /** Rows inserted into tool_versions (0 for an unchanged server). */
  toolRowsInserted: number;
  /** Compared by tool name with the server's previous successful crawl. */
  added: string[];
  changed: string[];
  removed: string[];
  toolCount: number;
  /** Server-supplied fields cut at the storage cap (`serverInfo.name`, `instructions`, ...). */
  oversized: string[];
}

function previousOkTools(
  tx: CatalogueDb,
  serverId: number,
  beforeCrawlId: number,
): Map<string, string> | null {
  const prev = tx
    .select({ id: crawls.id })
    .from(crawls)
    .where(
      and(
        eq(crawls.serverId, serverId),
        eq(crawls.state, 'done'),
        eq(crawls.status, 'ok'),
        lt(crawls.id, beforeCrawlId),
      ),
    )
    .orderBy(desc(crawls.id))
    .limit(1)
    .get();
  if (!prev) return null;
  const rows = tx
    .select({ name: toolVersions.name, hash: toolVersions.hash })
    .from(crawlTools)
    .innerJoin(toolVersions, eq(crawlTools.toolVersionId, toolVersions.id))
    .where(eq(crawlTools.crawlId, prev.id))
    .all();
  return new Map(rows.map((r) => [r.name, r.hash]));
}

/**
 * Stores a crawl's whole result in one transaction: the tool versions (content-addressed, inserted
 * only when new), which of them the crawl saw, the diff against the previous successful crawl, and
 * the crawl row itself. Killed before the commit, nothing of it exists; after, all of it does.
 */
export function finishCrawl(
  db: CatalogueDb,
  crawlId: number,
  snapshot: ServerSnapshot,
  now: string,
): CrawlOutcome {
  return write(db, (tx) => {
    const crawl = tx
      .select({ serverId: crawls.serverId, state: crawls.state })
      .from(crawls)
      .where(eq(crawls.id, crawlId))
      .get();
    if (!crawl) throw new Error(`crawl ${crawlId} does not exist`);
    const ok = snapshot.status === 'ok';
    let toolRowsInserted = 0;
    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    if (ok) {
      const previous = previousOkTools(tx, crawl.serverId, crawlId);
      const seen = new Map<string, string>();
      snapshot.tools.forEach((tool: ToolSnapshot, position) => {
        const inserted = tx
          .insert(toolVersions)
          .values({
            hash: tool.hash,
            name: tool.tool.name,
            definitionJson: canonicalJson(tool.tool),
            firstSeenAt: now,
          })
          .onConflictDoNothing({ target: toolVersions.hash })
          .run();
        toolRowsInserted += inserted.changes;
        const id = tx
          .select({ id: toolVersions.id })
          .from(toolVersions)
          .where(eq(toolVersions.hash, tool.hash))
          .get()!.id;
        tx.insert(crawlTools).values({ crawlId, position, toolVersionId: id }).run();
        if (!seen.has(tool.tool.name)) seen.set(tool.tool.name, tool.hash);
      });
      if (previous) {
        for (const [name, hash] of seen) {
          const before = previous.get(name);
          if (before === undefined) added.push(name);
          else if (before !== hash) changed.push(name);
        }
        for (const name of previous.keys()) if (!seen.has(name)) removed.push(name);
      } else {
        added.push(...seen.keys());
      }
    }
    const oversized: string[] = [];
    const serverInfo = snapshot.serverInfo ? cappedServerInfo(snapshot.serverInfo, oversized) : null;
    const instructions =
      snapshot.instructions === null
        ? null
        : cap(snapshot.instructions, TEXT_CAPS.instructions, 'instructions', oversized);
    tx.update(crawls)
      .set({
        state: 'done',
        status: snapshot.status,
        statusDetail:
          snapshot.statusDetail === null
            ? null
            : cap(snapshot.statusDetail, TEXT_CAPS.statusDetail, 'statusDetail', []),
        finishedAt: now,
        serverInfoJson: serverInfo ? canonicalJson(serverInfo) : null,
        protocolVersion:
          snapshot.protocolVersion === null
            ? null
            : cap(snapshot.protocolVersion, 64, 'protocolVersion', oversized),
        instructions,
        oversizedJson: JSON.stringify(oversized),
        totalOffered: snapshot.totalOffered,
        truncated: snapshot.truncated,
        invalidToolsJson: canonicalJson(snapshot.invalidTools),
        stderrTail: cap(snapshot.stderrTail, TEXT_CAPS.stderrTail, 'stderrTail', []),
        durationsJson: canonicalJson(snapshot.durations),
        toolsAdded: added.length,
        toolsChanged: changed.length,
        toolsRemoved: removed.length,
      })
      .where(eq(crawls.id, crawlId))
      .run();
    return {
      crawlId,
      status: snapshot.status,
      toolRowsInserted,
      added,
      changed,
      removed,
      toolCount: snapshot.tools.length,
      oversized,
    };
  });
}

/** Storage caps for server-supplied text outside tool definitions. */
export const TEXT_CAPS = {
  serverInfoField: 1024,
  instructions: 64 * 1024,
  statusDetail: 2048,
  stderrTail: 8192,
} as const;

function cap(value: string, max: number, path: string, oversized: string[]): string {
  if (value.length <= max) return value;
  oversized.push(path);
  return `${value.slice(0, max)}…`;
}

/** Server info with every string member capped (a hostile server can send a 1 MB name). */
function cappedServerInfo(info: Record<string, unknown>, oversized: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(info).slice(0, 50)) {
    if (typeof value === 'string')
      out[key] = cap(value, TEXT_CAPS.serverInfoField, `serverInfo.${key}`, oversized);
    else {
      const text = canonicalJson(value, { maxNodes: 10_000 });
      if (text.length > TEXT_CAPS.serverInfoField) oversized.push(`serverInfo.${key}`);
      else out[key] = value;
    }
  }
  return out;
}

export interface StoredTool {
  toolVersionId: number;
  hash: string;
  name: string;
  definition: ToolSnapshot['tool'];
}

/** The tools a crawl saw, in the server's order. */
export function toolsOfCrawl(db: CatalogueDb, crawlId: number): StoredTool[] {
  return db
    .select({
      toolVersionId: toolVersions.id,
      hash: toolVersions.hash,
      name: toolVersions.name,
      definitionJson: toolVersions.definitionJson,
    })
    .from(crawlTools)
    .innerJoin(toolVersions, eq(crawlTools.toolVersionId, toolVersions.id))
    .where(eq(crawlTools.crawlId, crawlId))
    .orderBy(crawlTools.position)
    .all()
    .map((r) => ({
      toolVersionId: r.toolVersionId,
      hash: r.hash,
      name: r.name,
      definition: JSON.parse(r.definitionJson) as ToolSnapshot['tool'],
    }));
}

/** Tool versions seen by the crawl that have no classification for `classifierVersion` yet. */
export function unclassifiedToolsOfCrawl(
  db: CatalogueDb,
  crawlId: number,
  classifierVersion: string,
): StoredTool[] {
  const done = new Set(
    db
      .select({ id: classifications.toolVersionId })
      .from(classifications)
      .innerJoin(crawlTools, eq(crawlTools.toolVersionId, classifications.toolVersionId))
      .where(and(eq(crawlTools.crawlId, crawlId), eq(classifications.classifierVersion, classifierVersion)))
      .all()
      .map((r) => r.id),
  );
  const seen = new Set<number>();
  return toolsOfCrawl(db, crawlId).filter((t) => {
    if (done.has(t.toolVersionId) || seen.has(t.toolVersionId)) return false;
    seen.add(t.toolVersionId);
    return true;
  });
}

/** Stores classifications; an existing (tool version, classifier version) pair is left as it is. Returns rows inserted. */
export function storeClassifications(
  db: CatalogueDb,
  items: readonly { toolVersionId: number; classification: Classification }[],
  now: string,
): number {
  if (items.length === 0) return 0;
  return write(db, (tx) => {
    let inserted = 0;
    for (const { toolVersionId, classification: c } of items) {
      inserted += tx
        .insert(classifications)
        .values({
          toolVersionId,
          classifierVersion: c.classifierVersion,
          risk: c.risk,
          category: c.category,
          source: c.source,
          classificationJson: canonicalJson(c),
          createdAt: now,
        })
        .onConflictDoNothing()
        .run().changes;
    }
    return inserted;
  });
}

export function classificationOf(
  db: CatalogueDb,
  toolVersionId: number,
  classifierVersion: string,
): Classification | null {
  const row = db
    .select({ json: classifications.classificationJson })
    .from(classifications)
    .where(
      and(
        eq(classifications.toolVersionId, toolVersionId),
        eq(classifications.classifierVersion, classifierVersion),
      ),
    )
    .get();
  return row ? (JSON.parse(row.json) as Classification) : null;
}

export function listServers(db: CatalogueDb): ServerRow[] {
  return db.select().from(servers).orderBy(servers.name).all();
}

export function serverByName(db: CatalogueDb, name: string): ServerRow | undefined {
  return db.select().from(servers).where(eq(servers.name, name)).get();
}

/** The latest finished crawl of a server (any status), or undefined. */
export function latestCrawl(db: CatalogueDb, serverId: number): CrawlRow | undefined {
  return db
    .select()
    .from(crawls)
    .where(and(eq(crawls.serverId, serverId), eq(crawls.state, 'done')))
    .orderBy(desc(crawls.id))
    .limit(1)
    .get();
}

/** The latest successful crawl of a server, or undefined. */
export function latestOkCrawl(db: CatalogueDb, serverId: number): CrawlRow | undefined {
  return db
    .select()
    .from(crawls)
    .where(and(eq(crawls.serverId, serverId), eq(crawls.state, 'done'), eq(crawls.status, 'ok')))
    .orderBy(desc(crawls.id))
    .limit(1)
    .get();
}

/** History of one tool name on one server: each distinct version with first and last crawl time. */
export function toolHistory(
  db: CatalogueDb,
  serverId: number,
  name: string,
): { hash: string; definitionJson: string; firstSeen: string; lastSeen: string }[] {
  return db
    .select({
      hash: toolVersions.hash,
      definitionJson: toolVersions.definitionJson,
      firstSeen: sql<string>`min(${crawls.startedAt})`,
      lastSeen: sql<string>`max(${crawls.startedAt})`,
    })
    .from(crawlTools)
    .innerJoin(crawls, eq(crawlTools.crawlId, crawls.id))
    .innerJoin(toolVersions, eq(crawlTools.toolVersionId, toolVersions.id))
    .where(and(eq(crawls.serverId, serverId), eq(toolVersions.name, name), eq(crawls.status, 'ok')))
    .groupBy(toolVersions.id)
    .orderBy(sql`min(${crawls.startedAt})`, toolVersions.hash)
    .all();
}

export interface TableCounts {
  servers: number;
  crawls: number;
  toolVersions: number;
  crawlTools: number;
  classifications: number;
}

export function tableCounts(db: CatalogueDb): TableCounts {
  const count = (table: 'servers' | 'crawls' | 'tool_versions' | 'crawl_tools' | 'classifications'): number =>
    (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    servers: count('servers'),
    crawls: count('crawls'),
    toolVersions: count('tool_versions'),
    crawlTools: count('crawl_tools'),
    classifications: count('classifications'),
  };
}
