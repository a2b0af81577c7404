// Backups while the site serves, and restoring one into an empty database (docs/operations.md).
// SQLite: `VACUUM INTO` on a connection of its own, one read transaction, so the copy is the
// database as of one moment while writers go on (WAL). PostgreSQL: pg_dump's custom format, which
// also reads one snapshot; pg_restore puts it back in one transaction.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { providerOf, sqlitePath } from "./provider";
import { sqliteBusyTimeoutMs } from "./sqlite-adapter";

export class BackupError extends Error {
  override name = "BackupError";
}

// "2026-11-26T16-30-05-123Z": sorts by time and is a valid file name everywhere.
const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, "-");

// Parameters only Prisma understands; libpq (pg_dump, pg_restore) refuses unknown ones.
const prismaOnlyParameters = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "pgbouncer",
  "statement_cache_size",
];

// The connection for pg_dump and pg_restore: the URL without the password, which travels in
// PGPASSWORD instead (a process's arguments are readable by every user of the machine, `ps`).
export function libpqConnection(url: string): { url: string; env: Record<string, string> } {
  const parsed = new URL(url);
  for (const name of prismaOnlyParameters) parsed.searchParams.delete(name);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, ...env } });
  if (result.error) throw new BackupError(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new BackupError(`${command} failed:\n${result.stderr.trim()}`);
}

// A new, empty file that only its owner can read (a backup holds every client's data and every
// staff password hash): made before the tool writes into it, so it is never readable by others,
// not even for a moment.
function privateFile(file: string): void {
  closeSync(openSync(file, "wx", 0o600));
  chmodSync(file, 0o600);
}

// Writes a backup of the database at `url` into `directory` and returns its path.
export async function backupDatabase(url: string, directory: string, now = new Date()): Promise<string> {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  if (providerOf(url) === "postgresql") {
    const file = path.resolve(directory, `dostek-postgresql-${stamp(now)}.dump`);
    const connection = libpqConnection(url);
    privateFile(file);
    try {
      run(
        "pg_dump",
        ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, "--", connection.url],
        connection.env,
      );
    } catch (error) {
      rmSync(file, { force: true });
      throw error;
    }
    return file;
  }
  const source = sqlitePath(url);
  if (!existsSync(source)) throw new BackupError(`there is no database at ${source}`);
  const file = path.resolve(directory, `dostek-sqlite-${stamp(now)}.db`);
  // VACUUM INTO writes into an existing file only if it is empty: this one.
  privateFile(file);
  const connection = new BetterSqlite3(source, { readonly: true, timeout: sqliteBusyTimeoutMs });
  try {
    connection.prepare("VACUUM INTO ?").run(file);
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  } finally {
    connection.close();
  }
  return file;
}

async function postgresIsEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) AS count FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    return rows[0]?.count === "0";
  } finally {
    await client.end();
  }
}

// Restores `file` (made by backupDatabase for the same kind of database) into the database at
// `url`, which must be empty: a restore never mixes a backup with what is already there.
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`there is no backup file ${file}`);
  if (providerOf(url) === "postgresql") {
    if (!file.endsWith(".dump")) throw new BackupError(`${file} is not a PostgreSQL backup (.dump)`);
    if (!(await postgresIsEmpty(url)))
      throw new BackupError("the target database is not empty: restore into a new, empty database");
    const connection = libpqConnection(url);
    run(
      "pg_restore",
      [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        `--dbname=${connection.url}`,
        // A file name is never read as an option, whatever it starts with.
        "--",
        file,
      ],
      connection.env,
    );
    return;
  }
  if (!file.endsWith(".db")) throw new BackupError(`${file} is not a SQLite backup (.db)`);
  const target = sqlitePath(url);
  if (existsSync(target) && statSync(target).size > 0)
    throw new BackupError(
      `${target} exists: restore into a path with no database (stop the site, move it away)`,
    );
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
  // Checked before it replaces anything: a damaged copy is refused.
  const check = new BetterSqlite3(file, { readonly: true });
  try {
    const result = check.prepare("PRAGMA integrity_check").pluck().get();
    if (result !== "ok") throw new BackupError(`${file} is damaged: ${String(result)}`);
  } finally {
    check.close();
  }
  copyFileSync(file, `${target}.restoring`);
  renameSync(`${target}.restoring`, target);
}
