import { runTransaction, type Database } from "@/server/db";
import { publishedTariffs } from "./published-tariffs";

export interface SeedTariffsOptions {
  db: Database;
  // false: add the tariffs that are missing and leave existing ones as they are (every start);
  // true: also reset names and prices of existing ones to the published list (npm run db:seed).
  overwrite: boolean;
}

// One transaction, so that it is all or nothing. It is not safe against itself running in two
// processes at the same moment on PostgreSQL (both would insert the same codes): callers run it
// under the migration lock (commands/prepare-database.ts). Returns how many tariffs it added.
export async function seedTariffs({ db, overwrite }: SeedTariffsOptions): Promise<number> {
  return runTransaction(db, async (tx) => {
    const existing = new Set((await tx.tariff.findMany({ select: { code: true } })).map((t) => t.code));
    const missing = publishedTariffs.filter((tariff) => !existing.has(tariff.code));
    if (missing.length > 0) await tx.tariff.createMany({ data: missing });
    if (overwrite) {
      for (const tariff of publishedTariffs.filter((t) => existing.has(t.code))) {
        await tx.tariff.update({ where: { code: tariff.code }, data: tariff });
      }
    }
    return missing.length;
  });
}
