import { getTranslations } from "next-intl/server";
import { FilterDay } from "@/components/office/filter-form";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { ReconciliationRuns } from "@/components/office/reconciliation-runs";
import { UploadForm } from "@/components/office/upload-form";
import { uploadFormWords } from "@/components/office/upload-form-words";
import { listReconciliations } from "@/domain/reconciliation/list-reconciliations";
import { can } from "@/config/staff-permissions";
import { getRegistryColumns } from "@/domain/settings/registry-columns";
import { bishkekYesterday } from "@/lib/dates";
import { registryFields, registryProblems } from "@/lib/megapay-registry";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { uploadRegistryAction } from "./actions";

export const dynamic = "force-dynamic";

// Reconciliation with MegaPay's registry (accountants and admins): upload a period's registry,
// see the latest runs.
export default async function ReconciliationPage({ params }: PageProps<"/[locale]/office/reconciliation">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.reconciliation");
  if (!can(staff, "reconcile")) return <OfficeNotAllowed title={t("title")} text={t("onlyAccountants")} />;
  const db = getDatabase();
  const [columns, runs] = await Promise.all([
    getRegistryColumns(db),
    listReconciliations({ db, actor: staff }),
  ]);
  // MegaPay sends the registry of a day the next morning: yesterday by default.
  const yesterday = bishkekYesterday();
  const problemCodes = [...registryProblems, "noFile", "notAllowed", "badPeriod", "unavailable"] as const;
  return (
    <div className="max-w-5xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      <p className="max-w-3xl text-slate-700">
        {t("format", { columns: registryFields.map((f) => columns[f]).join(", ") })}
      </p>
      <div className="max-w-3xl">
        <UploadForm
          action={uploadRegistryAction}
          accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
          hidden={{ locale }}
          words={uploadFormWords(t, {
            columnNames: columns,
            problems: Object.fromEntries(
              problemCodes.map((code) => [code, t.raw(`problems.${code}` as "problems.empty") as string]),
            ),
          })}
        >
          <div className="flex flex-wrap gap-4">
            <FilterDay name="from" label={t("periodFrom")} value={yesterday} />
            <FilterDay name="to" label={t("periodTo")} value={yesterday} />
          </div>
        </UploadForm>
      </div>
      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">{t("runsTitle")}</h2>
        <ReconciliationRuns runs={runs} />
      </section>
    </div>
  );
}
