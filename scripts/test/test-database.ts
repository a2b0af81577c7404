import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase, createDatabase, type Database } from "@/server/db";
import { applyMigrations } from "@/server/db/migrations";
import type { DatabaseProvider } from "@/server/db/provider";

export const testProviders: DatabaseProvider[] = ["sqlite", "postgresql"];

export interface TestDatabase {
  provider: DatabaseProvider;
  url: string;
  db: Database;
  drop(): Promise<void>;
}

function withDatabaseName(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// A fresh database of the given provider, migrated unless `migrate: false` (then it is empty),
// removed again by drop().
export async function createTestDatabase(
  provider: DatabaseProvider,
  postgresAdminUrl: string,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `dostek_test_${randomBytes(6).toString("hex")}`;
  if (provider === "sqlite") {
    const file = path.join(tmpdir(), `${name}.db`);
    const url = `file:${file}`;
    if (migrate) await applyMigrations(url);
    const db = createDatabase(url);
    return {
      provider,
      url,
      db,
      async drop() {
        await db.$disconnect();
        for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  await adminQuery(postgresAdminUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabaseName(postgresAdminUrl, name);
  if (migrate) await applyMigrations(url);
  // A connection is waited for up to 30 s (production: 5 s): tests that send hundreds of
  // transactions on one row at once (sign-in throttling) queue for the pool, and on a slow or busy
  // 2-core machine the last ones waited past 5 s. Under the data tests' 60 s limit, so a real
  // stall still fails; the tests of the pool's own timeout make their own database.
  const db = createDatabase(url, { postgresPoolSize: 20, poolTimeoutMs: 30_000 });
  return {
    provider,
    url,
    db,
    async drop() {
      await closeDatabase(db);
      await adminQuery(postgresAdminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

// A fresh database for the tests of one describe block: created before them (then `seed` runs),
// dropped after them. The returned object reads through to it once it exists.
export function useTestDatabase(
  provider: DatabaseProvider,
  seed?: (t: TestDatabase) => Promise<void>,
): TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase(provider, inject("postgresAdminUrl"));
    await seed?.(current);
  });
  afterAll(async () => {
    await current?.drop();
  });
  const get = () => {
    if (!current) throw new Error("the test database exists only inside the tests");
    return current;
  };
  return {
    get provider() {
      return get().provider;
    },
    get url() {
      return get().url;
    },
    get db() {
      return get().db;
    },
    drop: () => get().drop(),
  };
}
