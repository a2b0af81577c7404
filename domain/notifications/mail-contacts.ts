import type { OfficeId } from "@/config/offices";
import type { Database } from "@/server/db";
import { getSiteSettings, type LocalizedText, type OfficeDetails } from "../settings/get-site-settings";

// Whom every e-mail names at its end, as the back office's settings have it now: the company's
// legal name (empty until an admin sets it; the mail then writes the one from messages) and the
// office to call: the one the message is about, or every office when it is about none (a SOChI
// top-up paid by MegaPay).
export interface MailContacts {
  legalName: LocalizedText;
  offices: OfficeDetails[];
}

export async function getMailContacts(db: Database, office: OfficeId | null): Promise<MailContacts> {
  const settings = await getSiteSettings(db);
  return {
    legalName: settings.legalName,
    offices: office ? settings.offices.filter((o) => o.office === office) : settings.offices,
  };
}

// For what goes by SMS only (a renewal code), which names no contacts.
export const noMailContacts: MailContacts = { legalName: { ky: "", ru: "" }, offices: [] };
