import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PaymentTotal, Today, TodayApplication } from "@/domain/today/get-today";
import { formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

// Today at each office: who is waiting for what, and the day's money per service and method.
export async function TodayBoard({ today }: { today: Today }) {
  const t = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const money = (tyiyn: number) => tCommon("money", { amount: formatSomAmount(tyiyn) });

  const applications = (
    list: { count: number; first: TodayApplication[] },
    heading: string,
    stage: string,
    office: string,
  ) => (
    <section className="space-y-2">
      <h3 className="text-lg font-bold">{heading}</h3>
      {list.count === 0 ? (
        <p className="text-slate-700">{t("today.noneWaiting")}</p>
      ) : (
        <ul className="space-y-1">
          {list.first.map((a) => (
            <li key={a.id}>
              <Link href={`/office/applications/${a.id}`} className="font-semibold text-brand-700 underline">
                {a.organizationName}
              </Link>{" "}
              <span className="font-mono text-sm">{a.inn}</span>{" "}
              <span className="text-sm text-slate-700">{formatBishkekDateTime(a.createdAt)}</span>
              {a.invoicePaid && stage === "submitted" && (
                <span className="ml-2 rounded bg-green-100 px-1.5 text-sm text-green-900">
                  {t("today.paidBadge")}
                </span>
              )}
            </li>
          ))}
          {list.count > list.first.length && (
            <li>
              <Link
                href={`/office/applications?stage=${stage}&office=${office}`}
                className="text-brand-700 underline"
              >
                {t("today.more")}
              </Link>
            </li>
          )}
        </ul>
      )}
    </section>
  );

  // `label` names the table's region: unique on the page (each office has one), as landmarks must be.
  const payments = (rows: PaymentTotal[], heading: string, testId: string, label = heading) => (
    <section className="space-y-2" data-testid={testId}>
      <h3 className="text-lg font-bold">{heading}</h3>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("today.noPayments")}</p>
      ) : (
        <OfficeTable
          label={label}
          minWidth="24rem"
          columns={[
            { label: t("today.columns.service") },
            { label: t("today.columns.method") },
            { label: t("today.columns.count"), numeric: true },
            { label: t("today.columns.sum"), numeric: true },
          ]}
        >
          {rows.map((r) => (
            <tr key={`${r.service}-${r.method}`} className={rowClass}>
              <td className={cell}>{t(`payments.services.${r.service}`)}</td>
              <td className={cell}>{t(`payments.methods.${r.method}`)}</td>
              <td className={numericCell}>{r.count}</td>
              <td className={numericCell}>{money(r.sumTyiyn)}</td>
            </tr>
          ))}
        </OfficeTable>
      )}
    </section>
  );

  return (
    <div className="space-y-8">
      <div className="grid gap-8 lg:grid-cols-2">
        {today.offices.map((o) => (
          <section
            key={o.office}
            aria-labelledby={`office-${o.office}`}
            data-testid={`today-${o.office}`}
            className="space-y-5 rounded-lg border border-slate-300 p-4"
          >
            <h2 id={`office-${o.office}`} className="text-2xl font-bold">
              {t(`offices.${o.office}`)}
            </h2>
            {applications(
              o.awaitingDocuments,
              t("today.awaitingDocuments", { count: o.awaitingDocuments.count }),
              "submitted",
              o.office,
            )}
            {applications(
              o.awaitingSignature,
              t("today.awaitingSignature", { count: o.awaitingSignature.count }),
              "paid",
              o.office,
            )}
            <p data-testid={`today-expiring-${o.office}`}>
              <Link href={`/office/signatures?office=${o.office}`} className="text-brand-700 underline">
                {t("today.expiringSignatures", o.expiringSignatures)}
              </Link>
            </p>
            {payments(
              o.payments,
              t("today.payments"),
              `today-payments-${o.office}`,
              `${t(`offices.${o.office}`)}: ${t("today.payments")}`,
            )}
          </section>
        ))}
      </div>
      {payments(today.withoutOffice, t("today.withoutOffice"), "today-payments-none")}
    </div>
  );
}
