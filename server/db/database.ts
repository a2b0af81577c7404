import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import type { Prisma } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { providerOf, sqlitePath } from "./provider";
import { SerializedSqliteAdapterFactory } from "./sqlite-adapter";

// Both generated clients come from the same models, so the SQLite client's type describes either.
export type Database = SqliteClient;
export type TransactionClient = Prisma.TransactionClient;

export interface DatabaseOptions {
  postgresPoolSize?: number;
}

export function createDatabase(url: string, options: DatabaseOptions = {}): Database {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({
      connectionString: url,
      max: options.postgresPoolSize ?? 10,
      connectionTimeoutMillis: 5_000,
    });
    return new PostgresClient({ adapter }) as unknown as Database;
  }
  const file = sqlitePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return new SqliteClient({ adapter: new SerializedSqliteAdapterFactory(file) });
}

const transactionLimits = { maxWait: 10_000, timeout: 15_000 } as const;

export function runTransaction<T>(db: Database, work: (tx: TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(work, transactionLimits);
}
