import { sameFields } from "@/lib/same-fields";
import type { OfficeId } from "@/config/offices";
import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import type { OfficeSettingsInput } from "./settings-schema";

export interface UpdateOfficeSettingsOptions {
  db: Database;
  actor: StaffActor;
  office: OfficeId;
  settings: OfficeSettingsInput;
}

const empty: OfficeSettingsInput = {
  addressKy: "",
  addressRu: "",
  hoursKy: "",
  hoursRu: "",
  phone: "",
  email: "",
};

// An office's address, hours and phone as the public pages show them, and its mailbox for payment
// notices (admins only); audited
// with before and after. Returns whether anything changed.
export async function updateOfficeSettings({ db, actor, office, settings }: UpdateOfficeSettingsOptions) {
  requirePermission(actor, "settings", "change office settings");
  return runTransaction(db, async (tx) => {
    const row = await tx.officeSettings.findUnique({ where: { office } });
    const before: OfficeSettingsInput = row
      ? {
          addressKy: row.addressKy,
          addressRu: row.addressRu,
          hoursKy: row.hoursKy,
          hoursRu: row.hoursRu,
          phone: row.phone,
          email: row.email,
        }
      : empty;
    if (sameFields(before, settings)) return false;
    await tx.officeSettings.upsert({ where: { office }, create: { office, ...settings }, update: settings });
    await recordAuditEvent({
      tx,
      actor,
      action: "settings.office-changed",
      subject: { type: "office", id: office },
      before,
      after: settings,
    });
    return true;
  });
}
