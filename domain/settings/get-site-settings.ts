import { officeIds, type OfficeId } from "@/config/offices";
import type { Database } from "@/server/db";

export interface LocalizedText {
  ky: string;
  ru: string;
}

export interface OfficeDetails {
  office: OfficeId;
  // Empty where the company has not confirmed it yet.
  address: LocalizedText;
  hours: LocalizedText;
  phone: string;
  // For payment notices; not shown on the public pages.
  email: string;
}

export interface SiteSettings {
  offices: OfficeDetails[];
  // Empty until an admin sets it; the site then prints the name from messages.
  legalName: LocalizedText;
}

// The company's legal name as an admin set it (empty texts until then).
export async function getLegalName(db: Database): Promise<LocalizedText> {
  const company = await db.companySettings.findUnique({ where: { id: 1 } });
  return { ky: company?.legalNameKy ?? "", ru: company?.legalNameRu ?? "" };
}

// What a client brings to the office for a signature, as an admin wrote it (empty until then).
export async function getDocumentsText(db: Database): Promise<LocalizedText> {
  const company = await db.companySettings.findUnique({
    where: { id: 1 },
    select: { documentsKy: true, documentsRu: true },
  });
  return { ky: company?.documentsKy ?? "", ru: company?.documentsRu ?? "" };
}

// What admins set in the back office and the public pages show: each office's details, in the
// order of config/offices.ts, and the company's legal name.
export async function getSiteSettings(db: Database): Promise<SiteSettings> {
  const [rows, legalName] = await Promise.all([db.officeSettings.findMany(), getLegalName(db)]);
  return {
    offices: officeIds.map((office) => {
      const row = rows.find((r) => r.office === office);
      return {
        office,
        address: { ky: row?.addressKy ?? "", ru: row?.addressRu ?? "" },
        hours: { ky: row?.hoursKy ?? "", ru: row?.hoursRu ?? "" },
        phone: row?.phone ?? "",
        email: row?.email ?? "",
      };
    }),
    legalName,
  };
}
