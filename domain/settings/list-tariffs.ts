import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";

// Every tariff, offered or not, for the settings page (admins only).
export async function listTariffs({ db, actor }: { db: Database; actor: StaffActor }) {
  requirePermission(actor, "settings", "see tariff settings");
  return db.tariff.findMany({
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, nameKy: true, nameRu: true, priceTyiyn: true, active: true },
  });
}
