import { sameFields } from "@/lib/same-fields";
import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import type { LegalNameInput } from "./settings-schema";

export interface UpdateLegalNameOptions {
  db: Database;
  actor: StaffActor;
  legalName: LegalNameInput;
}

// The company's legal name in both languages (admins only), audited. Returns whether anything
// changed.
export async function updateLegalName({ db, actor, legalName }: UpdateLegalNameOptions) {
  requirePermission(actor, "settings", "change the legal name");
  return runTransaction(db, async (tx) => {
    const row = await tx.companySettings.findUnique({ where: { id: 1 } });
    const before = { legalNameKy: row?.legalNameKy ?? "", legalNameRu: row?.legalNameRu ?? "" };
    if (sameFields(before, legalName)) return false;
    await tx.companySettings.upsert({ where: { id: 1 }, create: { id: 1, ...legalName }, update: legalName });
    await recordAuditEvent({
      tx,
      actor,
      action: "settings.legal-name-changed",
      subject: { type: "company", id: "1" },
      before,
      after: legalName,
    });
    return true;
  });
}
