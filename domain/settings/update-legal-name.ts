import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import type { LegalNameInput } from "./settings-schema";
import { updateCompanySettings } from "./update-company-settings";

export interface UpdateLegalNameOptions {
  db: Database;
  actor: StaffActor;
  legalName: LegalNameInput;
}

// The company's legal name in both languages (admins only), audited. Returns whether anything
// changed.
export async function updateLegalName({ db, actor, legalName }: UpdateLegalNameOptions) {
  return updateCompanySettings({
    db,
    actor,
    fields: legalName,
    action: "settings.legal-name-changed",
    what: "change the legal name",
  });
}
