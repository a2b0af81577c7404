import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { respondNotFound } from "@/app/[locale]/respond-not-found";
import { BankStatementReportView } from "@/components/office/bank-statement-report";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { OlderLink } from "@/components/office/older-link";
import { can } from "@/config/staff-permissions";
import { getBankStatement } from "@/domain/bank-statements/get-bank-statement";
import { Link } from "@/i18n/navigation";
import { formatBishkekDateTime } from "@/lib/dates";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

const pageStart = z.coerce.number().int().min(1).max(1_000_000);

// One uploaded statement: what became of each line.
export default async function BankStatementPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/bank/[id]">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.bank");
  if (!can(staff, "bankStatements"))
    return <OfficeNotAllowed title={t("title")} text={t("onlyAccountants")} />;
  const { id } = await params;
  // Which page of lines: from this line on (a link from a payment goes to its line's page).
  const from = pageStart.safeParse((await searchParams).from);
  const report = /^\d{1,12}$/.test(id)
    ? await getBankStatement({
        db: getDatabase(),
        actor: staff,
        id: Number(id),
        fromLine: from.success ? from.data : 1,
      })
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
      <OlderLink
        base={`/${locale}/office/bank/${report.id}`}
        params={{}}
        name="from"
        before={report.nextFromLine}
        label={t("moreLines")}
      />
    </div>
  );
}
