import { sameFields } from "@/lib/same-fields";
import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { ApplicationError } from "../applications/application-error";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import type { TariffInput } from "./settings-schema";

export interface UpdateTariffOptions {
  db: Database;
  actor: StaffActor;
  code: string;
  tariff: TariffInput;
}

// A tariff's names, price and whether it is offered (admins only), audited. Invoices keep the
// price they were issued with (InvoiceItem), so a new price applies from the next invoice.
// Returns whether anything changed.
export async function updateTariff({ db, actor, code, tariff }: UpdateTariffOptions) {
  requirePermission(actor, "settings", "change tariffs");
  const after = {
    nameKy: tariff.nameKy,
    nameRu: tariff.nameRu,
    priceTyiyn: tariff.price,
    active: tariff.active,
  };
  return runTransaction(db, async (tx) => {
    const row = await tx.tariff.findUnique({
      where: { code },
      select: { nameKy: true, nameRu: true, priceTyiyn: true, active: true },
    });
    if (!row) throw new ApplicationError("notFound");
    const before = { ...row, priceTyiyn: Number(row.priceTyiyn) };
    if (sameFields(before, after)) return false;
    await tx.tariff.update({ where: { code }, data: after });
    await recordAuditEvent({
      tx,
      actor,
      action: "tariff.changed",
      subject: { type: "tariff", id: code },
      before,
      after,
    });
    return true;
  });
}
