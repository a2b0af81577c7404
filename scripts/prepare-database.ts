// Brings the configured database up to date: pending migrations, then any missing tariffs.
import path from "node:path";
import nextEnv from "@next/env";
import { fillSearchNames } from "@/domain/clients/fill-search-names";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { closeDatabase, createDatabase } from "@/server/db";
import { applyMigrations } from "@/server/db/migrations";
import { providerOf } from "@/server/db/provider";
import { EnvError, parseEnv, type Env } from "@/server/env";

// The same .env files Next.js reads (.env, .env.production, .env.local, …), loaded before the
// environment is validated, so that the scripts and the server see the same configuration.
export function readEnvOrExit(): Env {
  nextEnv.loadEnvConfig(path.resolve(import.meta.dirname, ".."), false, {
    info: () => undefined,
    error: console.error,
  });
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

// Everything `npm start` does to the database. Any number of instances may run it at the same
// moment: the tariffs are seeded while the migration lock is held (see applyMigrations).
export async function prepareDatabase(env: Env, options: { overwriteTariffs?: boolean } = {}): Promise<void> {
  const where = providerOf(env.DATABASE_URL);
  const db = createDatabase(env.DATABASE_URL, { postgresPoolSize: 1 });
  try {
    let added = 0;
    let filled = 0;
    const applied = await applyMigrations(env.DATABASE_URL, {
      afterMigrations: async () => {
        added = await seedTariffs({ db, overwrite: options.overwriteTariffs ?? false });
        filled = await fillSearchNames(db);
      },
    });
    console.log(
      applied.length ? `${where}: applied ${applied.join(", ")}` : `${where}: database is up to date`,
    );
    if (added > 0) console.log(`${where}: added ${added} tariffs`);
    if (filled > 0) console.log(`${where}: filled ${filled} names for search`);
  } finally {
    await closeDatabase(db);
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  await prepareDatabase(readEnvOrExit(), { overwriteTariffs: process.argv.includes("--overwrite-tariffs") });
}
