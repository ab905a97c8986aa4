import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { McpRiskError } from '../../core/index.js';
import {
  closeDb,
  databaseDigest,
  decodeSnapshot,
  encodeSnapshot,
  fromDb,
  mergeDatabases,
  mergeSnapshots,
  openDb,
  readDbContents,
  snapshotCounts,
  type DbContents,
  type MergeConflict,
  type SnapshotServer,
} from '../../data/index.js';
import type { CliIo, Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { sanitize } from '../terminal.js';

const USAGE = `mcp-risk merge <db-or-snapshot>... --out <file> [--json]

Combines shard crawl databases (mcp-risk crawl --shard k/n --db <file>) or catalogue snapshots into
one file: a database when --out ends in .sqlite/.db (every input a database), a snapshot when it
ends in .json.gz (databases are read as their latest crawl per server). Idempotent and in a stable
order: the result depends only on what the inputs hold, so merging twice, in another order, or
merging the result with one of its inputs gives the same result. Every finished crawl is kept (a
tool that changed between crawls stays a changed version); where two inputs crawled the same
server, its newest crawl is the latest (ties by content hash), and each such conflict is printed.
--out may name one of the inputs; it is replaced only after everything was read.`;

type Kind = 'db' | 'snapshot';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

async function kindOf(file: string): Promise<Kind> {
  if (!existsSync(file)) throw new McpRiskError('input_invalid', `merge: no such file ${file}`);
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    if (bytesRead === 16 && head.equals(SQLITE_MAGIC)) return 'db';
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'snapshot';
  } finally {
    await handle.close();
  }
  throw new McpRiskError(
    'input_invalid',
    `merge: ${file} is neither a crawl database (SQLite) nor a snapshot (.json.gz)`,
  );
}

const outKind = (file: string): Kind => (/\.(json\.)?gz$/i.test(file) ? 'snapshot' : 'db');

export interface MergeSummary {
  out: string;
  kind: Kind;
  inputs: string[];
  servers: number;
  crawls: number | null;
  duplicateCrawls: number | null;
  toolVersions: number | null;
  tools: number | null;
  unfinishedDropped: number | null;
  conflicts: MergeConflict[];
  digest: string;
}

function readDb(file: string): DbContents {
  const db = openDb(file, { readonly: true, migrate: false });
  try {
    return readDbContents(db);
  } finally {
    closeDb(db);
  }
}

async function snapshotServersOf(file: string, kind: Kind): Promise<SnapshotServer[]> {
  if (kind === 'snapshot') return decodeSnapshot(await readFile(file), file).servers;
  const db = openDb(file, { readonly: true, migrate: false });
  try {
    return fromDb(db);
  } finally {
    closeDb(db);
  }
}

export async function runMerge(argv: string[], io: CliIo): Promise<MergeSummary> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { out: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new McpRiskError('usage', (error as Error).message, { hint: USAGE });
  }
  const { values, positionals } = parsed;
  if (values.out === undefined)
    throw new McpRiskError('usage', 'merge: --out <file> is required', { hint: USAGE });
  if (positionals.length === 0)
    throw new McpRiskError('usage', 'merge: name at least one database or snapshot to merge', {
      hint: USAGE,
    });
  const out = resolve(io.cwd, values.out);
  const kind = outKind(out);
  // the same file named twice is the same input (idempotent anyway; read once)
  const files = [...new Set(positionals.map((p) => resolve(io.cwd, p)))];
  const kinds = await Promise.all(files.map((f) => kindOf(f)));
  const labels = files.map((f) => basename(f));
  const label = (i: number): string =>
    labels.filter((l) => l === labels[i]).length > 1 ? files[i]! : labels[i]!;

  const tmp = `${out}.merge-${process.pid}`;
  let summary: MergeSummary;
  if (kind === 'db') {
    const snapshotInput = files.find((_, i) => kinds[i] === 'snapshot');
    if (snapshotInput)
      throw new McpRiskError(
        'usage',
        `merge: ${snapshotInput} is a snapshot, which has no crawl history to merge into a database`,
        { hint: 'merge into a snapshot instead: --out <file>.json.gz' },
      );
    const inputs = files.map((f, i) => ({ label: label(i), contents: readDb(f) }));
    await rm(tmp, { force: true });
    const db = openDb(tmp);
    let digest: string;
    let result;
    try {
      result = mergeDatabases(inputs, db);
      digest = databaseDigest(db);
      db.$client.pragma('wal_checkpoint(TRUNCATE)');
      db.$client.pragma('journal_mode = DELETE');
      db.$client.exec('VACUUM');
    } finally {
      closeDb(db);
    }
    for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${out}${suffix}`, { force: true });
    await rename(tmp, out);
    summary = {
      out,
      kind,
      inputs: files,
      servers: result.servers,
      crawls: result.crawls,
      duplicateCrawls: result.duplicateCrawls,
      toolVersions: result.toolVersions,
      tools: null,
      unfinishedDropped: result.unfinishedDropped,
      conflicts: result.conflicts,
      digest,
    };
  } else {
    const inputs = await Promise.all(
      files.map(async (f, i) => ({ label: label(i), servers: await snapshotServersOf(f, kinds[i]!) })),
    );
    const { snapshot, conflicts } = mergeSnapshots(inputs);
    const bytes = encodeSnapshot(snapshot);
    await writeFile(tmp, bytes);
    await rename(tmp, out);
    const counts = snapshotCounts(snapshot);
    summary = {
      out,
      kind,
      inputs: files,
      servers: counts.servers,
      crawls: null,
      duplicateCrawls: null,
      toolVersions: null,
      tools: counts.tools,
      unfinishedDropped: null,
      conflicts,
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    };
  }
  report(io, summary);
  if (values.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

function report(io: CliIo, s: MergeSummary): void {
  const lines = [
    s.kind === 'db'
      ? `merge: ${s.inputs.length} inputs -> ${s.out}: ${s.servers} servers, ${s.crawls} crawls (${s.duplicateCrawls} given more than once, stored once), ${s.toolVersions} tool versions${s.unfinishedDropped ? `; ${s.unfinishedDropped} unfinished crawls dropped` : ''}`
      : `merge: ${s.inputs.length} inputs -> ${s.out}: snapshot of ${s.servers} servers, ${s.tools} tools`,
    `  ${s.conflicts.length} servers in more than one input with different latest crawls${s.conflicts.length ? ' (newest kept as latest; ties by content hash)' : ''}`,
  ];
  for (const c of s.conflicts.slice(0, 50))
    lines.push(
      `  conflict ${sanitize(c.server, 60)}: kept ${sanitize(c.kept.input, 80)} (${c.kept.finishedAt || 'no date'}, ${c.kept.status}) over ${c.others
        .map((o) => `${sanitize(o.input, 80)} (${o.finishedAt || 'no date'}, ${o.status})`)
        .join(', ')}`,
    );
  if (s.conflicts.length > 50) lines.push(`  … ${s.conflicts.length - 50} more conflicts`);
  lines.push(`  content digest ${s.digest}`);
  io.stderr.write(`${lines.join('\n')}\n`);
}

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'combine shard crawl databases or snapshots into one, idempotently',
  usage: USAGE,
  async run(argv, io) {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    await runMerge(argv, io);
    return EXIT.ok;
  },
};

export default mergeCommand;
