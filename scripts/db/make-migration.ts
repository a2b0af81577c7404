// Writes the next migration for both providers: the SQL that takes the models as they stood at
// the last migration (prisma/migrated-models.prisma) to prisma/models.prisma. `migrate dev`
// needs a shadow database that these machines cannot use, so the diff is made between datamodels.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  buildSchema,
  migratedModelsPath,
  migrationsPath,
  modelsPath,
  providers,
  readModels,
  root,
  type Provider,
} from "./schema-files";
import { startThrowawayPostgres } from "../test/throwaway-postgres";

// The PostgreSQL schema engine connects even for a datamodel-to-datamodel diff, so the diff runs
// against DIFF_POSTGRES_URL or a throwaway cluster started for it.
export async function withDiffDatabases<T>(work: (urls: Record<Provider, string>) => T): Promise<T> {
  const given = process.env.DIFF_POSTGRES_URL;
  const cluster = given ? null : await startThrowawayPostgres();
  try {
    return work({ sqlite: "file::memory:", postgresql: given ?? cluster!.url });
  } finally {
    cluster?.remove();
  }
}

export function diffSql(
  url: string,
  provider: Provider,
  fromModels: string | null,
  toModels: string,
): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dostek-migration-"));
  const to = path.join(dir, "to.prisma");
  writeFileSync(to, buildSchema(provider, toModels));
  const from = ["--from-empty"];
  if (fromModels !== null) {
    const fromFile = path.join(dir, "from.prisma");
    writeFileSync(fromFile, buildSchema(provider, fromModels));
    from.splice(0, 1, "--from-schema-datamodel", fromFile);
  }
  return execFileSync(
    path.join(root, "node_modules/.bin/prisma"),
    ["migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
}

function isEmptyMigration(sql: string): boolean {
  return sql.replace(/--.*$/gm, "").trim() === "";
}

async function main(): Promise<void> {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
  if (!name) {
    console.error("usage: npm run db:migration -- <short_name>");
    process.exit(1);
  }
  const previous = existsSync(migratedModelsPath) ? readModels(migratedModelsPath) : null;
  const current = readModels(modelsPath);
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const sqlByProvider = await withDiffDatabases((urls) =>
    providers.map((provider) => [provider, diffSql(urls[provider], provider, previous, current)] as const),
  );
  let wrote = false;
  for (const [provider, sql] of sqlByProvider) {
    if (isEmptyMigration(sql)) continue;
    const dir = path.join(migrationsPath(provider), `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    writeFileSync(
      path.join(migrationsPath(provider), "migration_lock.toml"),
      `# Written by npm run db:migration; do not edit.\nprovider = "${provider}"\n`,
    );
    console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
    wrote = true;
  }
  if (!wrote) {
    console.log("the models have not changed since the last migration: nothing to write");
    return;
  }
  copyFileSync(modelsPath, migratedModelsPath);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await main();
