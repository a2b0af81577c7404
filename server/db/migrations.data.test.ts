import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, appendFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { publishedTariffs } from "@/domain/tariffs/published-tariffs";
import {
  createTestDatabase,
  testProviders,
  useTestDatabase,
  type TestDatabase,
} from "@/scripts/test/test-database";
import { applyMigrations, readMigrations } from "./migrations";

const root = path.resolve(import.meta.dirname, "../..");

// `npm start`'s database step (scripts/prepare-database.ts) as its own process.
function prepareInProcess(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/prepare-database.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe.each(testProviders)("migrations on %s", (provider) => {
  const t = useTestDatabase(provider);
  const names = readMigrations(provider).map((m) => m.name);

  it("records every committed migration once and applies nothing the second time", async () => {
    const rows = await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(await applyMigrations(t.url)).toEqual([]);
  });

  describe("on an empty database", () => {
    let empty: TestDatabase | undefined;
    afterEach(async () => {
      await empty?.drop();
      empty = undefined;
    });

    it("applies concurrently started runs once", async () => {
      empty = await createTestDatabase(provider, inject("postgresAdminUrl"), { migrate: false });
      const runs = await Promise.all([1, 2, 3].map(() => applyMigrations(empty!.url)));
      // One run applied everything, the others waited for it and found nothing left to do.
      expect(runs.map((applied) => applied.length).sort()).toEqual([0, 0, names.length]);
      expect(runs.flat()).toEqual(names);
    });

    it("lets three processes prepare it at the same moment: each migration and tariff once", async () => {
      empty = await createTestDatabase(provider, inject("postgresAdminUrl"), { migrate: false });
      const results = await Promise.all([1, 2, 3].map(() => prepareInProcess(empty!.url)));
      for (const result of results) expect(result, result.output).toMatchObject({ code: 0 });
      const migrations = await empty.db.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(migrations.map((r) => r.migration_name)).toEqual(names);
      const tariffs = await empty.db.tariff.findMany({ select: { code: true }, orderBy: { code: "asc" } });
      expect(tariffs.map((x) => x.code)).toEqual(publishedTariffs.map((x) => x.code).sort());
    });
  });

  it("refuses to start when an applied migration was edited", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dostek-migrations-"));
    cpSync(path.resolve("prisma", provider), path.join(dir, provider), { recursive: true });
    const migrations = path.join(dir, provider, "migrations");
    const first = readdirSync(migrations, { withFileTypes: true }).find((e) => e.isDirectory())!.name;
    appendFileSync(path.join(migrations, first, "migration.sql"), "\n-- edited\n");
    await expect(applyMigrations(t.url, { migrationsRoot: dir })).rejects.toThrow(
      /edited after it was applied/,
    );
  });
});
