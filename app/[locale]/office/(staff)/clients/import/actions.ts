"use server";

import { redirect } from "next/navigation";
import { shownProblems, type UploadFormState } from "@/components/office/upload-form-state";
import { can } from "@/config/staff-permissions";
import { importSociClients } from "@/domain/clients/import-soci-clients";
import { checkSociImport } from "@/domain/clients/soci-import-schema";
import { staffForAction } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { postedLocale } from "../../../../form-data";
import { officeErrorCode } from "../../office-errors";

// SOChI's client list, uploaded by an admin: checked whole, then imported whole.
export async function importSociClientsAction(
  _previous: UploadFormState,
  form: FormData,
): Promise<UploadFormState> {
  const locale = postedLocale(form);
  const actor = await staffForAction(locale);
  // Who may import, before a byte of the file is read.
  if (!can(actor, "importSociClients")) return { formError: "notAllowed", problems: [], problemCount: 0 };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { formError: "noFile", problems: [], problemCount: 0 };
  const check = checkSociImport(new Uint8Array(await file.arrayBuffer()));
  if (!check.ok) {
    return {
      problemCount: check.problems.length,
      problems: check.problems.slice(0, shownProblems).map(({ line, column, code, max, firstLine }) => ({
        line,
        column,
        code,
        values: {
          ...(max === undefined ? {} : { max }),
          ...(firstLine === undefined ? {} : { line: firstLine }),
        },
      })),
    };
  }
  let result;
  try {
    result = await importSociClients({ db: getDatabase(), actor, rows: check.rows });
  } catch (error) {
    return { formError: officeErrorCode(error), problems: [], problemCount: 0 };
  }
  const { created, updated, unchanged } = result;
  redirect(`/${locale}/office/clients/import?created=${created}&updated=${updated}&unchanged=${unchanged}`);
}
