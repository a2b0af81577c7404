// The payment ledger's queries are checked against the models at compile time: a column renamed
// in prisma/models.prisma must break `tsc`, not a payment at run time. This builds a copy of the
// ledger next to a client generated from a copy of the models, once as they are (it compiles)
// and once with Payment.sumTyiyn renamed (it must not).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSchema, readModels, root } from "@/scripts/db/schema-files";

const ledgerFiles = [
  "payment-ledger.ts",
  "deferred-payment-ledger.ts",
  "pg-read-batcher.ts",
  "pg-units-statement.ts",
  "ledger-writes.ts",
  "ledger-reads.ts",
  "ledger-dialect.ts",
  "ledger-tables.ts",
];
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const work: string[] = [];

// Inside the repository's node_modules, so that the copy resolves kysely and Prisma's runtime.
function compileLedgerAgainst(models: string) {
  mkdirSync(path.join(root, "node_modules", ".cache"), { recursive: true });
  const dir = mkdtempSync(path.join(root, "node_modules", ".cache", "ledger-rename-check-"));
  work.push(dir);
  mkdirSync(path.join(dir, "prisma", "sqlite"), { recursive: true });
  mkdirSync(path.join(dir, "server", "db"), { recursive: true });
  const schema = path.join(dir, "prisma", "sqlite", "schema.prisma");
  // The same schema file as `npm run db:schemas` writes; its generator output lands in the copy.
  writeFileSync(schema, buildSchema("sqlite", models));
  for (const file of ledgerFiles)
    copyFileSync(path.join(root, "server", "db", file), path.join(dir, "server", "db", file));
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023"],
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: true,
        module: "esnext",
        moduleResolution: "bundler",
        isolatedModules: true,
        types: ["node"],
      },
      files: [
        "server/db/payment-ledger.ts",
        "server/db/deferred-payment-ledger.ts",
        "server/db/pg-read-batcher.ts",
        "server/db/pg-units-statement.ts",
      ],
    }),
  );
  // From the repository, whose prisma.config.ts keeps the CLI on its WebAssembly engine (no downloads).
  const generate = spawnSync(bin("prisma"), ["generate", "--schema", schema], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "file:./unused-by-generate.db" },
  });
  expect(generate.status, generate.stderr).toBe(0);
  const tsc = spawnSync(bin("tsc"), ["-p", path.join(dir, "tsconfig.json")], { cwd: dir, encoding: "utf8" });
  return { ok: tsc.status === 0, output: tsc.stdout + tsc.stderr };
}

// One model's block of the models file, with `from` renamed to `to` inside it only.
function renameField(models: string, model: string, from: string, to: string) {
  const start = models.indexOf(`model ${model} {`);
  const end = models.indexOf("\n}", start);
  expect(start).toBeGreaterThanOrEqual(0);
  const block = models.slice(start, end).replaceAll(new RegExp(`\\b${from}\\b`, "g"), to);
  return models.slice(0, start) + block + models.slice(end);
}

describe("the payment ledger's queries against the models", () => {
  afterAll(() => {
    for (const dir of work) rmSync(dir, { recursive: true, force: true });
  });

  it("name tables and columns as the models do (no @map or @@map)", () => {
    expect(readModels()).not.toMatch(/@@?map\(/);
  });

  it("compile against the models as they are", { timeout: 120_000 }, () => {
    const { ok, output } = compileLedgerAgainst(readModels());
    expect(output).toBe("");
    expect(ok).toBe(true);
  });

  it("fail to compile when a column the ledger uses is renamed", { timeout: 120_000 }, () => {
    const { ok, output } = compileLedgerAgainst(
      renameField(readModels(), "Payment", "sumTyiyn", "amountPaidTyiyn"),
    );
    expect(ok).toBe(false);
    // Every file that names the column fails: its reads, its writes, PostgreSQL's gathered reads
    // and its statement for a batch of units.
    expect(output).toContain("sumTyiyn");
    for (const file of ["payment-ledger", "ledger-writes", "pg-read-batcher", "pg-units-statement"]) {
      expect(output).toMatch(new RegExp(`server/db/${file}\\.ts\\(\\d+,\\d+\\): error TS\\d+`));
    }
  });
});
