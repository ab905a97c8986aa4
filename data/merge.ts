import { canonicalJson, contentHash, sha256Hex } from '../core/index.js';
import type { CatalogueDb } from './db.js';
import { SnapshotSchema, normalizeSnapshot, type Snapshot, type SnapshotServer } from './snapshot.js';

/**
 * `mcp-risk merge`: shard crawl databases (or snapshots) into one. The result is a function of the
 * SET of finished crawls in the inputs, never of their order or of how often one is given:
 *
 *  - every finished crawl of every input is kept (the history: a tool that changed between two
 *    crawls, in one shard or across shards, is still a changed version), identified by a content
 *    hash of what it recorded, so the same crawl given twice is stored once;
 *  - crawls get their ids in the order (finished_at, started_at, content hash), so a server's latest
 *    crawl (the highest id, what exports and snapshots read) is its newest, ties broken by hash;
 *  - each crawl's added/changed/removed counts are recomputed against the server's previous
 *    successful crawl in the merged history;
 *  - a server's row comes from the input holding its newest crawl (ties by content hash), with the
 *    earliest created_at; tool versions are keyed by hash (earliest first_seen_at); classifications
 *    by (hash, classifier version) (earliest created_at).
 *
 * Hence merge(a, b) = merge(b, a), merge(a, a) = a, and merge(merge(a, b), a) = merge(a, b). Runs
 * (resume bookkeeping of one machine) are not carried over; unfinished crawls hold no results and
 * are dropped. Curated overrides live in data/overrides.json and apply at export, by server, tool
 * and hash, which a merge keeps.
 */

interface ServerIn {
  name: string;
  source: string;
  package: string;
  version: string;
  title: string | null;
  description: string | null;
  targetJson: string;
  createdAt: string;
  updatedAt: string;
}

interface CrawlIn {
  server: string;
  status: string;
  statusDetail: string | null;
  startedAt: string;
  finishedAt: string;
  runnerPid: number;
  packageVersion: string;
  packageIntegrity: string | null;
  sandboxed: number;
  serverInfoJson: string | null;
  protocolVersion: string | null;
  instructions: string | null;
  oversizedJson: string;
  totalOffered: number;
  truncated: number;
  invalidToolsJson: string;
  stderrTail: string;
  durationsJson: string;
  /** Tool hashes in the server's order. */
  tools: string[];
}

interface ToolIn {
  hash: string;
  name: string;
  definitionJson: string;
  firstSeenAt: string;
}

interface ClassificationIn {
  hash: string;
  classifierVersion: string;
  risk: string;
  category: string;
  source: string;
  classificationJson: string;
  createdAt: string;
}

export interface DbContents {
  servers: ServerIn[];
  crawls: CrawlIn[];
  tools: ToolIn[];
  classifications: ClassificationIn[];
  /** Crawls not finished (running or interrupted): no results, not merged. */
  unfinished: number;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Everything a merge needs from one database, read with plain SQL (any schema version since 0000). */
export function readDbContents(db: CatalogueDb): DbContents {
  const c = db.$client;
  const servers = c
    .prepare(
      `SELECT name, source, package, version, title, description, target_json AS targetJson,
              created_at AS createdAt, updated_at AS updatedAt FROM servers ORDER BY name`,
    )
    .all() as ServerIn[];
  const crawlRows = c
    .prepare(
      `SELECT c.id, s.name AS server, c.status, c.status_detail AS statusDetail, c.started_at AS startedAt,
              c.finished_at AS finishedAt, c.runner_pid AS runnerPid, c.package_version AS packageVersion,
              c.package_integrity AS packageIntegrity, c.sandboxed, c.server_info_json AS serverInfoJson,
              c.protocol_version AS protocolVersion, c.instructions, c.oversized_json AS oversizedJson,
              c.total_offered AS totalOffered, c.truncated, c.invalid_tools_json AS invalidToolsJson,
              c.stderr_tail AS stderrTail, c.durations_json AS durationsJson
         FROM crawls c JOIN servers s ON s.id = c.server_id
        WHERE c.state = 'done' AND c.status IS NOT NULL AND c.finished_at IS NOT NULL
        ORDER BY c.id`,
    )
    .all() as (Omit<CrawlIn, 'tools'> & { id: number })[];
  const toolsOf = new Map<number, string[]>();
  for (const row of c
    .prepare(
      `SELECT ct.crawl_id AS crawlId, tv.hash FROM crawl_tools ct JOIN tool_versions tv ON tv.id = ct.tool_version_id
        ORDER BY ct.crawl_id, ct.position`,
    )
    .iterate() as Iterable<{ crawlId: number; hash: string }>) {
    const list = toolsOf.get(row.crawlId);
    if (list) list.push(row.hash);
    else toolsOf.set(row.crawlId, [row.hash]);
  }
  const crawls = crawlRows.map(({ id, ...rest }) => ({ ...rest, tools: toolsOf.get(id) ?? [] }));
  const tools = c
    .prepare(
      `SELECT hash, name, definition_json AS definitionJson, first_seen_at AS firstSeenAt FROM tool_versions ORDER BY hash`,
    )
    .all() as ToolIn[];
  const classifications = c
    .prepare(
      `SELECT tv.hash, cl.classifier_version AS classifierVersion, cl.risk, cl.category, cl.source,
              cl.classification_json AS classificationJson, cl.created_at AS createdAt
         FROM classifications cl JOIN tool_versions tv ON tv.id = cl.tool_version_id`,
    )
    .all() as ClassificationIn[];
  const unfinished = (
    c
      .prepare(
        "SELECT count(*) AS n FROM crawls WHERE NOT (state = 'done' AND status IS NOT NULL AND finished_at IS NOT NULL)",
      )
      .get() as { n: number }
  ).n;
  return { servers, crawls, tools, classifications, unfinished };
}

const crawlHash = (c: CrawlIn): string => contentHash(c);
const serverHash = (s: ServerIn): string => contentHash({ ...s, createdAt: null });

export interface MergeConflict {
  server: string;
  /** The input whose newest crawl was kept as the server's latest. */
  kept: { input: string; finishedAt: string; status: string };
  /** Other inputs whose newest crawl of the server differs (kept in the history, no longer latest). */
  others: { input: string; finishedAt: string; status: string }[];
}

export interface DbMergeResult {
  servers: number;
  crawls: number;
  /** Crawls given more than once (the same content hash), stored once. */
  duplicateCrawls: number;
  toolVersions: number;
  classifications: number;
  unfinishedDropped: number;
  conflicts: MergeConflict[];
}

interface Latest {
  finishedAt: string;
  hash: string;
  status: string;
}

const newer = (a: Latest, b: Latest): boolean =>
  a.finishedAt !== b.finishedAt ? a.finishedAt > b.finishedAt : a.hash > b.hash;

/** Merges the contents of several databases (each labelled for the report) into `out`, a fresh, migrated, empty database. */
export function mergeDatabases(
  inputs: readonly { label: string; contents: DbContents }[],
  out: CatalogueDb,
): DbMergeResult {
  // ---- crawls: union by content hash, newest last
  const crawlsByHash = new Map<string, CrawlIn>();
  let given = 0;
  const latestPerInput = new Map<string, Map<string, Latest>>(); // server -> input -> its newest crawl
  for (const { label, contents } of inputs) {
    for (const crawl of contents.crawls) {
      given++;
      const hash = crawlHash(crawl);
      crawlsByHash.set(hash, crawl);
      const perInput = latestPerInput.get(crawl.server) ?? new Map<string, Latest>();
      latestPerInput.set(crawl.server, perInput);
      const candidate = { finishedAt: crawl.finishedAt, hash, status: crawl.status };
      const prev = perInput.get(label);
      if (!prev || newer(candidate, prev)) perInput.set(label, candidate);
    }
  }
  const ordered = [...crawlsByHash.entries()]
    .map(([hash, crawl]) => ({ hash, crawl }))
    .sort(
      (a, b) =>
        byString(a.crawl.finishedAt, b.crawl.finishedAt) ||
        byString(a.crawl.startedAt, b.crawl.startedAt) ||
        byString(a.hash, b.hash),
    );

  // ---- servers: the row of the input holding the newest crawl; earliest created_at
  const serverRows = new Map<string, { row: ServerIn; key: [string, string, string] }>();
  for (const { contents } of inputs) {
    const newestOf = new Map<string, Latest>();
    for (const crawl of contents.crawls) {
      const l = { finishedAt: crawl.finishedAt, hash: crawlHash(crawl), status: crawl.status };
      const prev = newestOf.get(crawl.server);
      if (!prev || newer(l, prev)) newestOf.set(crawl.server, l);
    }
    for (const row of contents.servers) {
      const latest = newestOf.get(row.name);
      const key: [string, string, string] = [
        latest ? `${latest.finishedAt}\u0000${latest.hash}` : '',
        row.updatedAt,
        serverHash(row),
      ];
      const prev = serverRows.get(row.name);
      const createdAt = prev && prev.row.createdAt < row.createdAt ? prev.row.createdAt : row.createdAt;
      const wins =
        !prev ||
        key[0] > prev.key[0] ||
        (key[0] === prev.key[0] &&
          (key[1] > prev.key[1] || (key[1] === prev.key[1] && key[2] > prev.key[2])));
      if (wins) serverRows.set(row.name, { row: { ...row, createdAt }, key });
      else prev.row.createdAt = createdAt;
    }
  }

  // ---- tool versions and classifications
  const tools = new Map<string, ToolIn>();
  const classifications = new Map<string, ClassificationIn>();
  for (const { contents } of inputs) {
    for (const t of contents.tools) {
      const prev = tools.get(t.hash);
      if (!prev) tools.set(t.hash, { ...t });
      else if (t.firstSeenAt < prev.firstSeenAt) prev.firstSeenAt = t.firstSeenAt;
    }
    for (const cl of contents.classifications) {
      const key = `${cl.hash}\u0000${cl.classifierVersion}`;
      const prev = classifications.get(key);
      if (
        !prev ||
        cl.createdAt < prev.createdAt ||
        (cl.createdAt === prev.createdAt && cl.classificationJson < prev.classificationJson)
      )
        classifications.set(key, cl);
    }
  }

  // ---- write, in one transaction, in a stable order
  const c = out.$client;
  const insertServer = c.prepare(
    `INSERT INTO servers (name, source, package, version, title, description, target_json, created_at, updated_at)
     VALUES (@name, @source, @package, @version, @title, @description, @targetJson, @createdAt, @updatedAt)`,
  );
  const insertTool = c.prepare(
    'INSERT INTO tool_versions (hash, name, definition_json, first_seen_at) VALUES (@hash, @name, @definitionJson, @firstSeenAt)',
  );
  const insertCrawl = c.prepare(
    `INSERT INTO crawls (server_id, state, status, status_detail, started_at, finished_at, runner_pid, package_version,
        package_integrity, sandboxed, server_info_json, protocol_version, instructions, oversized_json, total_offered,
        truncated, invalid_tools_json, stderr_tail, durations_json, tools_added, tools_changed, tools_removed, run_id)
     VALUES (@serverId, 'done', @status, @statusDetail, @startedAt, @finishedAt, @runnerPid, @packageVersion,
        @packageIntegrity, @sandboxed, @serverInfoJson, @protocolVersion, @instructions, @oversizedJson, @totalOffered,
        @truncated, @invalidToolsJson, @stderrTail, @durationsJson, @added, @changed, @removed, NULL)`,
  );
  const insertCrawlTool = c.prepare(
    'INSERT INTO crawl_tools (crawl_id, position, tool_version_id) VALUES (?, ?, ?)',
  );
  const insertClassification = c.prepare(
    `INSERT INTO classifications (tool_version_id, classifier_version, risk, category, source, classification_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  c.transaction(() => {
    const serverId = new Map<string, number>();
    for (const name of [...serverRows.keys()].sort(byString))
      serverId.set(name, Number(insertServer.run(serverRows.get(name)!.row).lastInsertRowid));
    const toolId = new Map<string, number>();
    for (const hash of [...tools.keys()].sort(byString))
      toolId.set(hash, Number(insertTool.run(tools.get(hash)!).lastInsertRowid));
    const previousOk = new Map<string, Map<string, string>>();
    for (const { crawl } of ordered) {
      let added = 0;
      let changed = 0;
      let removed = 0;
      if (crawl.status === 'ok') {
        const seen = new Map<string, string>();
        for (const hash of crawl.tools) {
          const name = tools.get(hash)?.name ?? hash;
          if (!seen.has(name)) seen.set(name, hash);
        }
        const before = previousOk.get(crawl.server);
        for (const [name, hash] of seen) {
          const b = before?.get(name);
          if (b === undefined) added++;
          else if (b !== hash) changed++;
        }
        if (before) for (const name of before.keys()) if (!seen.has(name)) removed++;
        previousOk.set(crawl.server, seen);
      }
      const { tools: hashes, server, ...fields } = crawl;
      const id = Number(
        insertCrawl.run({ ...fields, serverId: serverId.get(server)!, added, changed, removed })
          .lastInsertRowid,
      );
      hashes.forEach((hash, position) => insertCrawlTool.run(id, position, toolId.get(hash)!));
    }
    for (const key of [...classifications.keys()].sort(byString)) {
      const cl = classifications.get(key)!;
      const id = toolId.get(cl.hash);
      if (id === undefined) continue;
      insertClassification.run(
        id,
        cl.classifierVersion,
        cl.risk,
        cl.category,
        cl.source,
        cl.classificationJson,
        cl.createdAt,
      );
    }
  })();

  // ---- conflicts: a server whose newest crawl differs between inputs
  const conflicts: MergeConflict[] = [];
  for (const [server, perInput] of [...latestPerInput.entries()].sort(([a], [b]) => byString(a, b))) {
    const distinct = new Set([...perInput.values()].map((l) => l.hash));
    if (distinct.size < 2) continue;
    const entries = [...perInput.entries()].sort(([la, a], [lb, b]) =>
      newer(a, b) ? -1 : newer(b, a) ? 1 : byString(la, lb),
    );
    const [[keptLabel, kept], ...rest] = entries as [[string, Latest], ...[string, Latest][]];
    conflicts.push({
      server,
      kept: { input: keptLabel, finishedAt: kept.finishedAt, status: kept.status },
      others: rest
        .filter(([, l]) => l.hash !== kept.hash)
        .map(([input, l]) => ({ input, finishedAt: l.finishedAt, status: l.status })),
    });
  }

  return {
    servers: serverRows.size,
    crawls: ordered.length,
    duplicateCrawls: given - ordered.length,
    toolVersions: tools.size,
    classifications: classifications.size,
    unfinishedDropped: inputs.reduce((n, i) => n + i.contents.unfinished, 0),
    conflicts,
  };
}

/**
 * A digest of a database's catalogue content (servers, finished crawls, tools, classifications; not
 * runs or unfinished crawls), independent of row ids: equal digests, equal catalogues.
 */
export function databaseDigest(db: CatalogueDb): string {
  const contents = readDbContents(db);
  const crawls = contents.crawls.map((c) => crawlHash(c)).sort(byString);
  const servers = contents.servers.map((s) => canonicalJson(s));
  const classifications = contents.classifications.map((cl) => canonicalJson(cl)).sort(byString);
  return `sha256:${sha256Hex(canonicalJson({ servers, crawls, tools: contents.tools, classifications }))}`;
}

// ---------------------------------------------------------------- snapshots

export interface SnapshotMergeResult {
  snapshot: Snapshot;
  conflicts: MergeConflict[];
}

/**
 * Snapshots (and databases read as snapshots, one entry per server's latest crawl) into one: per
 * server the newest `listedAt` wins, ties by content hash. Commutative, associative, idempotent.
 */
export function mergeSnapshots(
  inputs: readonly { label: string; servers: SnapshotServer[] }[],
): SnapshotMergeResult {
  const best = new Map<string, { server: SnapshotServer; hash: string; label: string }>();
  const seen = new Map<string, Map<string, Latest>>();
  for (const { label, servers } of inputs) {
    for (const server of servers) {
      const hash = contentHash(server);
      const l: Latest = { finishedAt: server.listedAt ?? '', hash, status: server.status };
      const perInput = seen.get(server.name) ?? new Map<string, Latest>();
      seen.set(server.name, perInput);
      const p = perInput.get(label);
      if (!p || newer(l, p)) perInput.set(label, l);
      const prev = best.get(server.name);
      if (!prev || newer(l, { finishedAt: prev.server.listedAt ?? '', hash: prev.hash, status: '' }))
        best.set(server.name, { server, hash, label });
    }
  }
  const conflicts: MergeConflict[] = [];
  for (const [name, perInput] of [...seen.entries()].sort(([a], [b]) => byString(a, b))) {
    const winner = best.get(name)!;
    const others = [...perInput.entries()]
      .filter(([, l]) => l.hash !== winner.hash)
      .sort(([a], [b]) => byString(a, b));
    if (others.length === 0) continue;
    const keptLabel =
      [...perInput.entries()]
        .filter(([, l]) => l.hash === winner.hash)
        .sort(([a], [b]) => byString(a, b))[0]?.[0] ?? winner.label;
    conflicts.push({
      server: name,
      kept: { input: keptLabel, finishedAt: winner.server.listedAt ?? '', status: winner.server.status },
      others: others.map(([input, l]) => ({ input, finishedAt: l.finishedAt, status: l.status })),
    });
  }
  return {
    snapshot: SnapshotSchema.parse(normalizeSnapshot([...best.values()].map((b) => b.server))),
    conflicts,
  };
}
