import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { McpRiskError } from '../core/index.js';
import * as schema from './schema.js';

export type CatalogueDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  /** Milliseconds a writer waits for another writer (another process) before SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  migrationsFolder?: string;
  readonly?: boolean;
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

/** data/migrations, found from the source tree (tsx) or from dist/data (built). */
export function defaultMigrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [resolve(here, 'migrations'), resolve(here, '../../data/migrations')]) {
    if (existsSync(resolve(candidate, 'meta/_journal.json'))) return candidate;
  }
  throw new McpRiskError('internal', `data/migrations not found next to ${here}`);
}

/**
 * Opens (and creates) the catalogue database: WAL, a busy timeout so concurrent crawls wait for
 * each other instead of failing, foreign keys on, and the committed migrations applied.
 */
export function openDb(file: string, options: OpenOptions = {}): CatalogueDb {
  if (file !== ':memory:' && !options.readonly) mkdirSync(dirname(resolve(file)), { recursive: true });
  let client: Database.Database;
  try {
    client = new Database(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (error) {
    throw new McpRiskError('database', `cannot open database ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  client.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 30_000))}`);
  if (!options.readonly) {
    client.pragma('journal_mode = WAL');
    client.pragma('synchronous = NORMAL');
  }
  if (options.migrate ?? !options.readonly) {
    applyMigrations(client, options.migrationsFolder ?? defaultMigrationsFolder());
  }
  client.pragma('foreign_keys = ON');
  return drizzle({ client, schema });
}

/**
 * Applies drizzle-kit migrations, compatible with drizzle's own `__drizzle_migrations` table, but:
 *  - under BEGIN IMMEDIATE, re-reading what is applied inside the lock, so two processes opening a
 *    fresh database at once do not both run `CREATE TABLE`;
 *  - with foreign keys OFF (outside the transaction, where the pragma takes effect), so a migration
 *    that rebuilds a parent table (create new, copy, DROP old, rename) does not cascade-delete its
 *    children; `PRAGMA foreign_key_check` must be clean before the commit.
 */
export function applyMigrations(client: Database.Database, migrationsFolder: string): number {
  const migrations = readMigrationFiles({ migrationsFolder });
  client.pragma('foreign_keys = OFF');
  try {
    client.exec(
      `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    );
    client.exec('BEGIN IMMEDIATE');
    try {
      const last = client
        .prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`)
        .get() as { created_at: number | string } | undefined;
      let applied = 0;
      for (const migration of migrations) {
        if (last !== undefined && Number(last.created_at) >= migration.folderMillis) continue;
        for (const statement of migration.sql) if (statement.trim() !== '') client.exec(statement);
        client
          .prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`)
          .run(migration.hash, migration.folderMillis);
        applied++;
      }
      const violations = client.prepare('PRAGMA foreign_key_check').all();
      if (violations.length > 0) {
        throw new McpRiskError('database', `migration left ${violations.length} foreign key violations`, {
          hint: 'a rebuilt table lost rows that children still reference',
        });
      }
      client.exec('COMMIT');
      return applied;
    } catch (error) {
      if (client.inTransaction) client.exec('ROLLBACK');
      throw error instanceof McpRiskError
        ? error
        : new McpRiskError('database', `migration failed: ${(error as Error).message}`, { cause: error });
    }
  } finally {
    client.pragma('foreign_keys = ON');
  }
}

export function integrityCheck(db: CatalogueDb): string {
  const rows = db.$client.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('\n');
}

export function closeDb(db: CatalogueDb): void {
  db.$client.close();
}
