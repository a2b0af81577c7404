import type { Database } from "@/server/db";
import { publishedTariffs } from "./published-tariffs";

export interface SeedTariffsOptions {
  db: Database;
  // false: add the tariffs that are missing and leave existing ones as they are (every start);
  // true: also reset names and prices of existing ones to the published list (npm run db:seed).
  overwrite: boolean;
}

export async function seedTariffs({ db, overwrite }: SeedTariffsOptions): Promise<number> {
  for (const tariff of publishedTariffs) {
    await db.tariff.upsert({
      where: { code: tariff.code },
      create: tariff,
      update: overwrite ? tariff : {},
    });
  }
  return publishedTariffs.length;
}
