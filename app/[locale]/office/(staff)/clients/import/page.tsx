import { getTranslations } from "next-intl/server";
import { can } from "@/config/staff-permissions";
import { Notice } from "@/components/office/notice";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { UploadForm } from "@/components/office/upload-form";
import { uploadFormWords } from "@/components/office/upload-form-words";
import { sociImportFileProblems } from "@/domain/clients/soci-import-schema";
import { fieldErrorCodes } from "@/domain/registration/registration-schema";
import { staffPage } from "@/server/auth/staff-session";
import { importSociClientsAction } from "./actions";

export const dynamic = "force-dynamic";

const count = (value: string | string[] | undefined) =>
  typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : null;

// SOChI's existing clients, imported from its CSV export (admins only), so that they can top up
// through MegaPay from day one.
export default async function SociImportPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/clients/import">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.clientImport");
  if (!can(staff, "importSociClients"))
    return <OfficeNotAllowed title={t("title")} text={t("problems.notAllowed")} />;
  const tColumns = await getTranslations("office.clients.columns");
  const tFields = await getTranslations("register.errors");
  const query = await searchParams;
  const [created, updated, unchanged] = [count(query.created), count(query.updated), count(query.unchanged)];
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {created !== null && updated !== null && unchanged !== null && (
        <Notice text={t("done", { created, updated, unchanged })} />
      )}
      <p className="text-slate-700">{t("lead")}</p>
      <p className="text-slate-700">{t("rules")}</p>
      <UploadForm
        action={importSociClientsAction}
        accept=".csv,.txt,text/csv,text/plain"
        hidden={{ locale }}
        words={uploadFormWords(t, {
          columnNames: {
            inn: tColumns("inn"),
            name: tColumns("name"),
            phone: tColumns("phone"),
            email: tColumns("email"),
          },
          problems: {
            ...Object.fromEntries(fieldErrorCodes.map((code) => [code, tFields.raw(code) as string])),
            ...Object.fromEntries(
              [...sociImportFileProblems, "noFile", "notAllowed"].map((code) => [
                code,
                t.raw(`problems.${code}` as "problems.noFile") as string,
              ]),
            ),
          },
        })}
      />
    </div>
  );
}
