import type { StaffActor } from "@/config/staff-roles";
import { defaultRegistryColumns, type RegistryColumns } from "@/lib/megapay-registry";
import { sameFields } from "@/lib/same-fields";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import type { RegistryColumnsInput } from "./settings-schema";

const emptyInput: RegistryColumnsInput = {
  registryTxnIdColumn: "",
  registryDateColumn: "",
  registryAccountColumn: "",
  registrySumColumn: "",
  registryServiceColumn: "",
};

type CompanyRow = RegistryColumnsInput | null;

const columnsOf = (row: CompanyRow): RegistryColumnsInput =>
  row
    ? {
        registryTxnIdColumn: row.registryTxnIdColumn,
        registryDateColumn: row.registryDateColumn,
        registryAccountColumn: row.registryAccountColumn,
        registrySumColumn: row.registrySumColumn,
        registryServiceColumn: row.registryServiceColumn,
      }
    : emptyInput;

// The registry's column names as an admin set them (empty = the default), for the settings form.
export async function getRegistryColumnSettings(db: Database): Promise<RegistryColumnsInput> {
  return columnsOf(await db.companySettings.findUnique({ where: { id: 1 } }));
}

// The names the registry reader looks for.
export async function getRegistryColumns(db: Database): Promise<RegistryColumns> {
  const set = await getRegistryColumnSettings(db);
  return {
    txnId: set.registryTxnIdColumn || defaultRegistryColumns.txnId,
    date: set.registryDateColumn || defaultRegistryColumns.date,
    account: set.registryAccountColumn || defaultRegistryColumns.account,
    sum: set.registrySumColumn || defaultRegistryColumns.sum,
    service: set.registryServiceColumn || defaultRegistryColumns.service,
  };
}

// Admins only, audited. Returns whether anything changed.
export async function updateRegistryColumns({
  db,
  actor,
  columns,
}: {
  db: Database;
  actor: StaffActor;
  columns: RegistryColumnsInput;
}): Promise<boolean> {
  requirePermission(actor, "settings", "change the registry's columns");
  return runTransaction(db, async (tx) => {
    const before = columnsOf(await tx.companySettings.findUnique({ where: { id: 1 } }));
    if (sameFields(before, columns)) return false;
    await tx.companySettings.upsert({ where: { id: 1 }, create: { id: 1, ...columns }, update: columns });
    await recordAuditEvent({
      tx,
      actor,
      action: "settings.registry-columns-changed",
      subject: { type: "company", id: "1" },
      before,
      after: columns,
    });
    return true;
  });
}
