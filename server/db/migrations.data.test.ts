import { cpSync, mkdtempSync, appendFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "./migrations";
import { testProviders, useTestDatabase } from "./testing/test-database";

describe.each(testProviders)("migrations on %s", (provider) => {
  const t = useTestDatabase(provider);

  it("records every committed migration once and applies nothing the second time", async () => {
    const names = readMigrations(provider).map((m) => m.name);
    const rows = await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(await applyMigrations(t.url)).toEqual([]);
  });

  it("applies concurrently started runs once", async () => {
    const runs = await Promise.all([applyMigrations(t.url), applyMigrations(t.url), applyMigrations(t.url)]);
    expect(runs.flat()).toEqual([]);
  });

  it("refuses to start when an applied migration was edited", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "dostek-migrations-"));
    cpSync(path.resolve("prisma", provider), path.join(root, provider), { recursive: true });
    const dir = path.join(root, provider, "migrations");
    const first = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory())!.name;
    appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited\n");
    await expect(applyMigrations(t.url, { migrationsRoot: root })).rejects.toThrow(
      /edited after it was applied/,
    );
  });
});
