// Applies the committed migrations of prisma/<provider>/migrations in order, recording them in
// Prisma's own _prisma_migrations table (so `prisma migrate status` agrees). Safe to run from
// several processes at once: PostgreSQL takes an advisory lock, SQLite an immediate transaction.
// Work that must not run in two starting instances at once (seeding) goes in `afterMigrations`.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { providerOf, sqlitePath, type DatabaseProvider } from "./provider";
import { sqliteBusyTimeoutMs } from "./sqlite-adapter";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationOptions {
  migrationsRoot?: string;
  // Runs once the migrations are in place, before any other process may migrate: on PostgreSQL
  // while the advisory lock is still held; on SQLite right after the migrations commit, so it
  // must write in one transaction (ours begin IMMEDIATE and take SQLite's single write lock,
  // which serializes it with every other process). Not run when a migration fails.
  afterMigrations?: () => Promise<void>;
}

// The advisory lock key Prisma Migrate itself uses, so our runner and the CLI exclude each other.
const advisoryLockKey = 72707369;

export function readMigrations(provider: DatabaseProvider, root = path.resolve("prisma")): Migration[] {
  const dir = path.join(root, provider, "migrations");
  if (!existsSync(dir)) throw new Error(`no migrations folder at ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function pendingMigrations(all: Migration[], applied: Map<string, string>): Migration[] {
  for (const [name, checksum] of applied) {
    const local = all.find((m) => m.name === name);
    if (!local) throw new Error(`the database has migration ${name}, which this code does not know`);
    if (local.checksum !== checksum) throw new Error(`migration ${name} was edited after it was applied`);
  }
  return all.filter((m) => !applied.has(m.name));
}

const sqliteTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const postgresTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

function migrateSqlite(file: string, all: Migration[]): string[] {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file, { timeout: sqliteBusyTimeoutMs });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    // Prisma rebuilds a changed SQLite table (create new, copy, drop old, rename), and its
    // `PRAGMA foreign_keys=OFF` is ignored inside our transaction. With the keys on (better-sqlite3's
    // default), dropping the old table would run its ON DELETE actions: SET NULL on every row that
    // pointed to it. So they are off for the whole run and checked once before the commit.
    db.pragma("foreign_keys = OFF");
    const done: string[] = [];
    db.exec("BEGIN IMMEDIATE");
    try {
      db.exec(sqliteTable);
      const rows = db
        .prepare(
          `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
        )
        .all() as { migration_name: string; checksum: string }[];
      const pending = pendingMigrations(all, new Map(rows.map((r) => [r.migration_name, r.checksum])));
      const record = db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES (?, ?, ?, ?, ?, 1)`,
      );
      for (const migration of pending) {
        const startedAt = Date.now();
        db.exec(migration.sql);
        record.run(randomUUID(), migration.checksum, migration.name, startedAt, Date.now());
        done.push(migration.name);
      }
      const broken = db.prepare("PRAGMA foreign_key_check").all();
      if (broken.length > 0) {
        throw new Error(
          `the migrations leave rows without their parent: ${JSON.stringify(broken.slice(0, 5))}`,
        );
      }
      db.exec("COMMIT");
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
    return done;
  } finally {
    db.close();
  }
}

async function migratePostgres(
  url: string,
  all: Migration[],
  afterMigrations?: () => Promise<void>,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
    await client.query(postgresTable);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const pending = pendingMigrations(all, new Map(rows.map((r) => [r.migration_name, r.checksum])));
    const done: string[] = [];
    for (const migration of pending) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      done.push(migration.name);
    }
    await afterMigrations?.();
    return done;
  } finally {
    // Ending the session releases the advisory lock.
    await client.end();
  }
}

export async function applyMigrations(url: string, options: MigrationOptions = {}): Promise<string[]> {
  const provider = providerOf(url);
  const all = readMigrations(provider, options.migrationsRoot);
  if (provider === "postgresql") return migratePostgres(url, all, options.afterMigrations);
  const done = migrateSqlite(sqlitePath(url), all);
  await options.afterMigrations?.();
  return done;
}
