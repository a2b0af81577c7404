// Fails when prisma/models.prisma changed without a migration, or when a provider's schema file
// drifted from the models. Run in CI as part of npm test.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { diffSql, withDiffDatabases } from "./make-migration";
import { migratedModelsPath, providers, readModels, root } from "./schema-files";

execFileSync(process.execPath, ["--import", "tsx", "scripts/db/write-schemas.ts", "--check"], {
  cwd: root,
  stdio: "inherit",
});

if (!existsSync(migratedModelsPath)) {
  console.error("prisma/migrated-models.prisma is missing: run npm run db:migration -- <name>");
  process.exit(1);
}

const migrated = readModels(migratedModelsPath);
const current = readModels();
const pending = await withDiffDatabases((urls) =>
  providers
    .map((provider) => ({ provider, sql: diffSql(urls[provider], provider, migrated, current) }))
    .filter(({ sql }) => sql.replace(/--.*$/gm, "").trim() !== ""),
);
for (const { provider, sql } of pending) {
  console.error(`the models changed without a migration (${provider}):\n${sql}`);
}
if (pending.length > 0) {
  console.error("run: npm run db:migration -- <short_name>");
  process.exit(1);
}
console.log("schemas and migrations agree with prisma/models.prisma");
