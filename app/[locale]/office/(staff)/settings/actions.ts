"use server";

import type { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { officeIds } from "@/config/offices";
import { updateBankDetails, updateStatementColumns } from "@/domain/settings/bank-details";
import {
  bankDetailsSchema,
  documentsTextSchema,
  legalNameSchema,
  officeSettingsSchema,
  registryColumnsSchema,
  settingsProblems,
  statementColumnsSchema,
  tariffSchema,
} from "@/domain/settings/settings-schema";
import { updateDocumentsText } from "@/domain/settings/update-documents-text";
import { updateLegalName } from "@/domain/settings/update-legal-name";
import { updateRegistryColumns } from "@/domain/settings/registry-columns";
import { updateOfficeSettings } from "@/domain/settings/update-office-settings";
import { updateTariff } from "@/domain/settings/update-tariff";
import { getDatabase } from "@/server/db";
import { revalidatePublicPages } from "@/server/http/public-page-cache";
import { text } from "../../../form-data";
import { staffFormAction, type StaffActionContext } from "../staff-action";

// One settings form (admins): read its fields, check them with its schema, save through its
// operation, and come back to the page's section with "saved" (or the problems next to the fields).
async function saveSettings<S extends z.ZodType>(
  form: FormData,
  fields: string[],
  schema: S,
  save: (actor: StaffActionContext["actor"], input: z.output<S>) => Promise<unknown>,
  section: string,
): Promise<OfficeFormState> {
  return staffFormAction(form, {
    permission: "settings",
    fields,
    schema,
    problems: settingsProblems,
    fallback: "badCharacters",
    async run(input, { actor, locale }) {
      await save(actor, input);
      revalidatePublicPages();
      return { redirect: `/${locale}/office/settings?done=${section}#${section}` };
    },
  });
}

export async function updateLegalNameAction(_previous: OfficeFormState, form: FormData) {
  return saveSettings(
    form,
    ["legalNameKy", "legalNameRu"],
    legalNameSchema,
    (actor, legalName) => updateLegalName({ db: getDatabase(), actor, legalName }),
    "legal-name",
  );
}

export async function updateDocumentsTextAction(_previous: OfficeFormState, form: FormData) {
  return saveSettings(
    form,
    ["documentsKy", "documentsRu"],
    documentsTextSchema,
    (actor, documents) => updateDocumentsText({ db: getDatabase(), actor, documents }),
    "documents",
  );
}

export async function updateOfficeSettingsAction(_previous: OfficeFormState, form: FormData) {
  const office = officeIds.find((o) => o === text(form, "office", 20));
  return saveSettings(
    form,
    ["addressKy", "addressRu", "hoursKy", "hoursRu", "phone", "email"],
    officeSettingsSchema,
    (actor, settings) => {
      if (!office) throw new Error("no such office");
      return updateOfficeSettings({ db: getDatabase(), actor, office, settings });
    },
    `office-${office ?? ""}`,
  );
}

export async function updateTariffAction(_previous: OfficeFormState, form: FormData) {
  const code = text(form, "code", 40);
  return saveSettings(
    form,
    ["nameKy", "nameRu", "price", "active"],
    tariffSchema,
    (actor, tariff) => updateTariff({ db: getDatabase(), actor, code, tariff }),
    `tariff-${code.replace(/[^a-z0-9-]/g, "")}`,
  );
}

export async function updateRegistryColumnsAction(_previous: OfficeFormState, form: FormData) {
  return saveSettings(
    form,
    [
      "registryTxnIdColumn",
      "registryDateColumn",
      "registryAccountColumn",
      "registrySumColumn",
      "registryServiceColumn",
    ],
    registryColumnsSchema,
    (actor, columns) => updateRegistryColumns({ db: getDatabase(), actor, columns }),
    "registry-columns",
  );
}

export async function updateBankDetailsAction(_previous: OfficeFormState, form: FormData) {
  return saveSettings(
    form,
    Object.keys(bankDetailsSchema.shape),
    bankDetailsSchema,
    (actor, details) => updateBankDetails({ db: getDatabase(), actor, details }),
    "bank-details",
  );
}

export async function updateStatementColumnsAction(_previous: OfficeFormState, form: FormData) {
  return saveSettings(
    form,
    Object.keys(statementColumnsSchema.shape),
    statementColumnsSchema,
    (actor, columns) => updateStatementColumns({ db: getDatabase(), actor, columns }),
    "statement-columns",
  );
}
