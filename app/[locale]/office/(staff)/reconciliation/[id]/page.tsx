import { getTranslations } from "next-intl/server";
import { respondNotFound } from "@/app/[locale]/respond-not-found";
import { Notice } from "@/components/office/notice";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { ReconciliationReport } from "@/components/office/reconciliation-report";
import { getReconciliation } from "@/domain/reconciliation/get-reconciliation";
import { can } from "@/config/staff-permissions";
import { resolveProblems } from "@/domain/reconciliation/resolve-reconciliation-item";
import { staffCommentProblems } from "@/domain/staff/staff-comment-schema";
import { PrintButton } from "@/components/print-button";
import { Link } from "@/i18n/navigation";
import { formatBishkekDate, formatBishkekDateTime } from "@/lib/dates";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { resolveItemAction } from "../actions";

export const dynamic = "force-dynamic";

// One reconciliation's report, where its differences are resolved.
export default async function ReconciliationRunPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/reconciliation/[id]">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.reconciliation");
  if (!can(staff, "reconcile")) return <OfficeNotAllowed title={t("title")} text={t("onlyAccountants")} />;
  const { id } = await params;
  const report = /^\d{1,12}$/.test(id)
    ? await getReconciliation({ db: getDatabase(), actor: staff, id: Number(id) })
    : null;
  if (!report) return respondNotFound(locale);
  const { already } = await searchParams;
  const base = `/${locale}/office/reconciliation/${report.id}`;
  return (
    <div className="max-w-4xl space-y-6">
      <Link href="/office/reconciliation" className="text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("reportTitle", { id: report.id })}</h1>
      {already === "1" && <Notice text={t("already")} />}
      <p className="text-slate-700">
        {t("reportMeta", {
          file: report.fileName,
          from: formatBishkekDate(report.periodStart),
          to: formatBishkekDate(new Date(report.periodEnd.getTime() - 1)),
          name: report.uploadedBy,
          at: formatBishkekDateTime(report.uploadedAt),
        })}
      </p>
      <div className="no-print flex flex-wrap items-center gap-4">
        <a href={`${base}/export`} className="inline-block font-semibold text-brand-700 underline">
          {t("export")}
        </a>
        <PrintButton label={t("print")} />
      </div>
      <ReconciliationReport
        report={report}
        locale={locale}
        resolveAction={resolveItemAction}
        errorCodes={[
          ...staffCommentProblems,
          "invisibleCharacters",
          "choice",
          "notAllowed",
          "unavailable",
          ...resolveProblems,
        ]}
      />
    </div>
  );
}
