import { describe, expect, inject, it } from "vitest";
import { publishedTariffs } from "@/domain/tariffs/published-tariffs";
import { startApp } from "@/scripts/test/app-server";
import { createTestDatabase, type TestDatabase } from "@/scripts/test/test-database";

// `npm start` migrates and seeds before it serves: instances that start together on one empty
// database (a rolling restart, several workers) must all come up, with everything applied once.
async function startThreeTogether(t: TestDatabase): Promise<void> {
  const started = await Promise.allSettled([1, 2, 3].map(() => startApp({ DATABASE_URL: t.url })));
  try {
    for (const result of started) {
      expect(result.status, result.status === "rejected" ? String(result.reason) : "").toBe("fulfilled");
    }
    const tariffs = await t.db.tariff.groupBy({ by: ["code"], _count: { _all: true } });
    expect(tariffs.map((x) => [x.code, x._count._all]).sort()).toEqual(
      publishedTariffs.map((x) => [x.code, 1]).sort(),
    );
    const migrations = await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(new Set(migrations.map((m) => m.migration_name)).size).toBe(migrations.length);
  } finally {
    await Promise.all(started.map((r) => (r.status === "fulfilled" ? r.value.stop() : undefined)));
  }
}

// Empty: nothing in it at all. Migrated: the tables exist but hold nothing, so that the instances
// pass the migration lock almost at once and all reach seeding together (the race seen in CI).
describe.each([
  ["postgresql", "empty", 5],
  ["postgresql", "migrated", 3],
  ["sqlite", "empty", 1],
  ["sqlite", "migrated", 1],
] as const)("three instances started at the same moment on a %s database (%s)", (provider, state, rounds) => {
  it.each(Array.from({ length: rounds }, (_, i) => i + 1))(
    "round %i: all start, tariffs exist once each",
    async () => {
      const t = await createTestDatabase(provider, inject("postgresAdminUrl"), {
        migrate: state === "migrated",
      });
      try {
        await startThreeTogether(t);
      } finally {
        await t.drop();
      }
    },
  );
});
