import { getTranslations } from "next-intl/server";
import { respondNotFound } from "@/app/[locale]/respond-not-found";
import { BankStatementReportView } from "@/components/office/bank-statement-report";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { can } from "@/config/staff-permissions";
import { getBankStatement } from "@/domain/bank-statements/get-bank-statement";
import { Link } from "@/i18n/navigation";
import { formatBishkekDateTime } from "@/lib/dates";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

// One uploaded statement: what became of each line.
export default async function BankStatementPage({ params }: PageProps<"/[locale]/office/bank/[id]">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.bank");
  if (!can(staff, "bankStatements"))
    return <OfficeNotAllowed title={t("title")} text={t("onlyAccountants")} />;
  const { id } = await params;
  const report = /^\d{1,12}$/.test(id)
    ? await getBankStatement({ db: getDatabase(), actor: staff, id: Number(id) })
    : null;
  if (!report) return respondNotFound(locale);
  return (
    <div className="max-w-5xl space-y-6">
      <Link href="/office/bank" className="text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("reportTitle", { id: report.id })}</h1>
      <p className="text-slate-700">
        {t("reportMeta", {
          file: report.fileName,
          name: report.uploadedBy,
          at: formatBishkekDateTime(report.uploadedAt),
        })}
      </p>
      <a
        href={`/${locale}/office/bank/${report.id}/export`}
        className="inline-block font-semibold text-brand-700 underline"
      >
        {t("export")}
      </a>
      <BankStatementReportView report={report} />
    </div>
  );
}
