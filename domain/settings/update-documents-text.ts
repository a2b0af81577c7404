import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import type { DocumentsTextInput } from "./settings-schema";
import { updateCompanySettings } from "./update-company-settings";

// What a client brings to the office, in both languages (admins only), audited. Returns whether
// anything changed.
export async function updateDocumentsText({
  db,
  actor,
  documents,
}: {
  db: Database;
  actor: StaffActor;
  documents: DocumentsTextInput;
}) {
  return updateCompanySettings({
    db,
    actor,
    fields: documents,
    action: "settings.documents-changed",
    what: "change what clients bring",
  });
}
