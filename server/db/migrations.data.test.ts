import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
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
import { closeDatabase, createDatabase } from "./database";
import { applyMigrations, readMigrations } from "./migrations";

const root = path.resolve(import.meta.dirname, "../..");

// `npm start`'s database step (commands/db-migrate.ts) as its own process.
function prepareInProcess(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["commands/db-migrate.ts"], {
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

    it("upgrades a database with data from the first migration on, keeping every link", async () => {
      empty = await createTestDatabase(provider, inject("postgresAdminUrl"), { migrate: false });
      const firstOnly = mkdtempSync(path.join(tmpdir(), "dostek-migrations-"));
      cpSync(path.resolve("prisma", provider), path.join(firstOnly, provider), { recursive: true });
      for (const name of names.slice(1)) {
        rmSync(path.join(firstOnly, provider, "migrations", name), { recursive: true });
      }
      expect(await applyMigrations(empty.url, { migrationsRoot: firstOnly })).toEqual(names.slice(0, 1));
      const run = (sql: string) => empty!.db.$executeRawUnsafe(sql);
      await run(`INSERT INTO "Client" ("inn", "kind", "name", "headName", "phone", "balanceTyiyn", "updatedAt")
        VALUES ('01234567890123', 'legal', 'ОсОО Эски', 'Б', '+996555123456', 2000000000, CURRENT_TIMESTAMP)`);
      await run(`INSERT INTO "Tariff" ("code", "nameKy", "nameRu", "priceTyiyn", "updatedAt")
        VALUES ('rutoken', 'к', 'р', 120000, CURRENT_TIMESTAMP)`);
      await run(`INSERT INTO "Application" ("clientId", "submissionKey", "office", "headName", "phone")
        VALUES (1, 'old-key', 'osh', 'Б', '+996555123456')`);
      await run(`INSERT INTO "Invoice" ("number", "clientId", "applicationId", "amountTyiyn", "paidTyiyn", "status")
        VALUES ('1234567890123452', 1, 1, 120000, 120000, 'paid')`);
      await run(`INSERT INTO "InvoiceItem" ("invoiceId", "tariffId", "tariffCode", "nameKy", "nameRu", "unitPriceTyiyn", "quantity", "amountTyiyn")
        VALUES (1, 1, 'rutoken', 'к', 'р', 120000, 1, 120000)`);
      await run(`INSERT INTO "Payment" ("service", "providerTxnId", "account", "sumTyiyn", "providerTxnAt", "clientId", "invoiceId")
        VALUES ('eds', '1', '1234567890123452', 120000, CURRENT_TIMESTAMP, 1, 1)`);
      await run(
        `INSERT INTO "BalanceEntry" ("clientId", "amountTyiyn", "reason", "paymentId") VALUES (1, 5, 'x', 1)`,
      );

      expect(await applyMigrations(empty.url)).toEqual(names.slice(1));
      // A fresh client: the old one has cached the old columns' types.
      const db = createDatabase(empty.url);
      try {
        await db.client.update({
          where: { inn: "01234567890123" },
          data: { balanceTyiyn: { increment: 1_000_000_000 } },
        });
        expect(await db.client.findUniqueOrThrow({ where: { inn: "01234567890123" } })).toMatchObject({
          balanceTyiyn: 3_000_000_000,
        });
        expect(await db.invoice.findUniqueOrThrow({ where: { number: "1234567890123452" } })).toMatchObject({
          applicationId: 1,
          buyerName: "ОсОО Эски",
          buyerInn: "01234567890123",
          amountTyiyn: 120_000,
        });
        expect(await db.application.findUniqueOrThrow({ where: { submissionKey: "old-key" } })).toMatchObject(
          {
            inn: "01234567890123",
            kind: "legal",
            organizationName: "ОсОО Эски",
            locale: "ky",
          },
        );
        expect(await db.payment.findFirstOrThrow()).toMatchObject({
          invoiceId: 1,
          clientId: 1,
          sumTyiyn: 120_000,
        });
        expect(await db.balanceEntry.findFirstOrThrow()).toMatchObject({ paymentId: 1, amountTyiyn: 5 });
        expect(await db.invoiceItem.findFirstOrThrow()).toMatchObject({ invoiceId: 1, tariffId: 1 });
      } finally {
        await closeDatabase(db);
      }
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
