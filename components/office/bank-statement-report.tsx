import { getTranslations } from "next-intl/server";
import type { BankStatementReport } from "@/domain/bank-statements/get-bank-statement";
import { Link } from "@/i18n/navigation";
import { formatBishkekDate } from "@/lib/dates";
import { groupInvoiceNumber } from "@/lib/invoice-number";
import { formatSomAmount } from "@/lib/money";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

// A statement's report: balances, counts and sums per outcome, then a page of its lines with what
// each became (a link to its payment) or why it waits.
export async function BankStatementReportView({ report }: { report: BankStatementReport }) {
  const t = await getTranslations("office.bank");
  const tCommon = await getTranslations("common");
  const money = (tyiyn: number | null) =>
    tyiyn === null ? "—" : tCommon("money", { amount: formatSomAmount(tyiyn) });
  const outcomes = ["recorded", "waiting", "notOurs", "seenBefore"] as const;
  return (
    <div className="space-y-8">
      {report.keptCount < report.incomingCount && (
        <p role="alert" className="font-semibold text-red-900">
          {t("keptPartly", { kept: report.keptCount, count: report.incomingCount })}
        </p>
      )}
      {(report.openingTyiyn !== null || report.closingTyiyn !== null) && (
        <section className="space-y-2">
          <h2 className="text-2xl font-semibold">{t("balancesTitle")}</h2>
          <dl className="grid max-w-md grid-cols-[1fr_auto] gap-x-4 gap-y-1">
            <dt>{t("opening")}</dt>
            <dd className="text-right tabular-nums">{money(report.openingTyiyn)}</dd>
            <dt>{t("closing")}</dt>
            <dd className="text-right tabular-nums">{money(report.closingTyiyn)}</dd>
          </dl>
        </section>
      )}
      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">{t("summaryTitle")}</h2>
        <OfficeTable
          label={t("summaryTitle")}
          minWidth="28rem"
          columns={[
            { label: t("summaryColumns.outcome") },
            { label: t("summaryColumns.count"), numeric: true },
            { label: t("summaryColumns.sum"), numeric: true },
          ]}
        >
          {outcomes.map((o) => (
            <tr key={o} className={rowClass} data-outcome={o}>
              <td className={cell}>{t(`outcomes.${o}`)}</td>
              <td className={numericCell}>{report.totals[o].count}</td>
              <td className={numericCell}>{money(report.totals[o].sumTyiyn)}</td>
            </tr>
          ))}
          <tr className={rowClass} data-outcome="ignored">
            <td className={cell}>{t("outcomes.ignored")}</td>
            <td className={numericCell}>{report.ignoredCount}</td>
            <td className={numericCell}>—</td>
          </tr>
        </OfficeTable>
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">{t("linesTitle")}</h2>
        <OfficeTable
          label={t("linesTitle")}
          minWidth="60rem"
          columns={[
            { label: t("lineColumns.line"), numeric: true },
            { label: t("lineColumns.date") },
            { label: t("lineColumns.number") },
            { label: t("lineColumns.payer") },
            { label: t("lineColumns.amount"), numeric: true },
            { label: t("lineColumns.match") },
            { label: t("lineColumns.outcome") },
          ]}
        >
          {report.lines.map((l) => (
            <tr key={l.line} className={rowClass} id={`line-${l.line}`} data-testid="statement-line">
              <td className={numericCell}>{l.line}</td>
              <td className={`${cell} whitespace-nowrap`}>{formatBishkekDate(l.date)}</td>
              <td className={cell}>{l.number}</td>
              <td className={`${cell} break-words`}>
                {l.payerName}
                {l.payerInn ? ` (${l.payerInn})` : ""}
              </td>
              <td className={numericCell}>{money(l.amountTyiyn)}</td>
              <td className={cell}>
                {t(`matches.${l.match}`)}
                {l.invoiceNumber && (
                  <>
                    {" "}
                    <Link href={`/invoice/${l.invoiceNumber}`} className="text-brand-700 underline">
                      {groupInvoiceNumber(l.invoiceNumber)}
                    </Link>
                  </>
                )}
              </td>
              <td className={cell}>
                {l.seenBefore ? t("outcomes.seenBefore") : t(`outcomes.${l.state}`)}
                {l.paymentId !== null && (
                  <>
                    {": "}
                    <Link href={`/office/payments/${l.paymentId}`} className="text-brand-700 underline">
                      {t("payment", { id: l.paymentId })}
                    </Link>
                  </>
                )}
                {l.state === "waiting" && l.waitReason && <> — {t(`waitReasons.${l.waitReason}`)}</>}
                {l.state === "notOurs" && l.comment && <> — {l.comment}</>}
              </td>
            </tr>
          ))}
        </OfficeTable>
      </section>
    </div>
  );
}
