import type { StaffActor } from "@/config/staff-roles";
import { defaultRegistryColumns, type RegistryColumns } from "@/lib/megapay-registry";
import type { Database } from "@/server/db";
import type { RegistryColumnsInput } from "./settings-schema";
import { readCompanySettings, updateCompanySettings } from "./update-company-settings";

const names = [
  "registryTxnIdColumn",
  "registryDateColumn",
  "registryAccountColumn",
  "registrySumColumn",
  "registryServiceColumn",
] as const satisfies readonly (keyof RegistryColumnsInput)[];

// The registry's column names as an admin set them (empty = the default), for the settings form.
export async function getRegistryColumnSettings(db: Database): Promise<RegistryColumnsInput> {
  return readCompanySettings(db, names);
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
  return updateCompanySettings({
    db,
    actor,
    fields: columns,
    action: "settings.registry-columns-changed",
    what: "change the registry's columns",
  });
}
