import { getTranslations } from "next-intl/server";
import { paymentReference } from "./payment-reference";
import { Link } from "@/i18n/navigation";
import type { ApplicationDetail } from "@/domain/applications/get-application";
import { formatBishkekDate, formatBishkekDateTime } from "@/lib/dates";
import { formatKyrgyzPhone } from "@/lib/phone";
import { formatSomAmount } from "@/lib/money";
import { HistoryList } from "./history-list";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

// What was submitted, the invoice and its payments, the signature, and the history. The
// actions (forms) come from the page, which knows what this staff member may do.
export async function ApplicationDetailView({ application: a }: { application: ApplicationDetail }) {
  const t = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const money = (tyiyn: number) => tCommon("money", { amount: formatSomAmount(tyiyn) });
  const f = (key: string) => t(`application.fields.${key}` as "application.fields.inn");
  const submitted: [string, string][] = [
    [f("createdAt"), formatBishkekDateTime(a.createdAt)],
    [f("channel"), t(`channels.${a.channel}`)],
    [f("office"), t(`offices.${a.office as "osh"}`)],
    [f("kind"), t(`kinds.${a.kind as "legal"}`)],
    [f("inn"), a.inn],
    [f("organizationName"), a.organizationName],
    [f("headName"), a.headName],
    [f("phone"), formatKyrgyzPhone(a.phone)],
    [f("email"), a.email ?? "—"],
    [f("locale"), a.locale],
  ];
  // An office registration's own audit event says who registered it; an online one is the
  // client's, so its first line is made here.
  const submittedOnline =
    a.channel === "online"
      ? [
          {
            at: a.createdAt,
            who: a.inn,
            what: t("application.historySubmitted", { channel: t("channels.online") }),
          },
        ]
      : [];
  const history = [
    ...submittedOnline,
    ...a.history.map((e) => ({
      at: e.at,
      who: e.actorEmail,
      what: t(`actions.${e.action as "invoice.cancelled"}`),
      details: e.after ? JSON.stringify(e.after) : undefined,
    })),
  ];
  return (
    <div className="space-y-8">
      <p className="text-lg">
        {f("stage")}: <strong data-testid="application-stage">{t(`stages.${a.stage}`)}</strong>
        {a.cancelReason && (
          <span className="block text-slate-700">
            {t("application.cancelled", { reason: a.cancelReason })}
          </span>
        )}
      </p>
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">{t("application.submitted")}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {submitted.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        <Link href={`/office/clients/${a.client.inn}`} className="font-semibold text-brand-700 underline">
          {t("application.client")}
        </Link>
      </section>
      {a.invoice && (
        <section className="space-y-3">
          <h2 className="text-2xl font-bold">{t("application.invoice")}</h2>
          <p>
            {t("application.invoiceNumber")}: <span className="font-mono">{a.invoice.number}</span> ·{" "}
            {t("application.amount")}: {money(a.invoice.amountTyiyn)} · {t("application.paid")}:{" "}
            {money(a.invoice.paidTyiyn)} · {t("application.status")}:{" "}
            <span data-testid="invoice-status">{t(`invoiceStatuses.${a.invoice.status}`)}</span>
          </p>
          <Link href={`/invoice/${a.invoice.number}`} className="font-semibold text-brand-700 underline">
            {t("application.openInvoice")}
          </Link>
          <h3 className="text-lg font-bold">{t("application.payments")}</h3>
          {a.invoice.payments.length === 0 ? (
            <p>{t("application.noPayments")}</p>
          ) : (
            <OfficeTable
              label={t("application.payments")}
              minWidth="32rem"
              columns={[
                { label: t("payment.fields.receivedAt") },
                { label: t("payment.fields.method") },
                { label: t("payments.columns.txn") },
                { label: t("payment.fields.sum"), numeric: true },
              ]}
            >
              {a.invoice.payments.map((p) => (
                <tr key={p.id} className={rowClass}>
                  <td className={cell}>
                    <Link href={`/office/payments/${p.id}`} className="text-brand-700 underline">
                      {formatBishkekDateTime(p.receivedAt)}
                    </Link>
                  </td>
                  <td className={cell}>{t(`payments.methods.${p.method}`)}</td>
                  <td className={`${cell} font-mono`}>
                    {paymentReference(p, (id) => t("requests.reverses", { id }))}
                  </td>
                  <td className={numericCell}>{money(p.sumTyiyn)}</td>
                </tr>
              ))}
            </OfficeTable>
          )}
        </section>
      )}
      {a.signature && (
        <section className="space-y-2" data-testid="signature">
          <h2 className="text-2xl font-bold">{t("application.signature")}</h2>
          <p>
            {t("application.serial")}: <span className="font-mono">{a.signature.serial}</span>
          </p>
          <p>
            {t("application.validity", {
              from: formatBishkekDate(a.signature.validFrom),
              to: formatBishkekDate(a.signature.validTo),
            })}
          </p>
        </section>
      )}
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">{t("application.history")}</h2>
        <HistoryList items={history} empty="" />
      </section>
    </div>
  );
}
