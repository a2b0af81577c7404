// Brings the configured database up to date: pending migrations, then any missing tariffs.
import { fillSearchNames } from "@/domain/clients/fill-search-names";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { closeDatabase, createDatabase } from "@/server/db";
import { applyMigrations } from "@/server/db/migrations";
import { providerOf } from "@/server/db/provider";
import type { Env } from "@/server/env";

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
