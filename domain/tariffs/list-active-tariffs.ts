import type { Database } from "@/server/db";

export interface TariffView {
  code: string;
  nameKy: string;
  nameRu: string;
  priceTyiyn: number;
}

export async function listActiveTariffs(db: Database): Promise<TariffView[]> {
  return db.tariff.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, nameKy: true, nameRu: true, priceTyiyn: true },
  });
}
