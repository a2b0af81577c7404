"use server";

import { shownProblems, type UploadFormState } from "@/components/office/upload-form-state";
import { importSociClients } from "@/domain/clients/import-soci-clients";
import { checkSociImportInTurns } from "@/domain/clients/soci-import-schema";
import { staffUploadAction } from "../../staff-action";

// SOChI's client list, uploaded by an admin: checked whole, then imported whole.
export async function importSociClientsAction(_previous: UploadFormState, form: FormData) {
  return staffUploadAction(form, {
    permission: "importSociClients",
    async run(file, { db, actor, locale }) {
      const check = await checkSociImportInTurns(new Uint8Array(await file.arrayBuffer()));
      if (!check.ok)
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
      const { created, updated, unchanged } = await importSociClients({ db, actor, rows: check.rows });
      return {
        redirect: `/${locale}/office/clients/import?created=${created}&updated=${updated}&unchanged=${unchanged}`,
      };
    },
  });
}
