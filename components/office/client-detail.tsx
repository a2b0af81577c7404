import { getTranslations } from "next-intl/server";
import { paymentReference } from "./payment-reference";
import { Link } from "@/i18n/navigation";
import type { ClientDetail } from "@/domain/clients/get-client";
import { formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { HistoryList } from "./history-list";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

// A client's balance ledger, invoices and what staff changed (the forms come from the page).
export async function ClientDetailView({ client }: { client: ClientDetail }) {
  const t = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const money = (tyiyn: number) => tCommon("money", { amount: formatSomAmount(tyiyn) });
  const l = (key: string) => t(`client.ledgerColumns.${key}` as "client.ledgerColumns.time");
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h2 className="text-2xl font-bold" data-testid="client-balance">
          {t("client.balance", { sum: money(client.balanceTyiyn) })}
        </h2>
        <h3 className="text-lg font-bold">{t("client.ledger")}</h3>
        {client.balanceEntries.length === 0 ? (
          <p>{t("client.ledgerEmpty")}</p>
        ) : (
          <OfficeTable
            label={t("client.ledger")}
            minWidth="40rem"
            columns={[
              { label: l("time") },
              { label: l("reason") },
              { label: l("reference") },
              { label: l("comment") },
              { label: l("amount"), numeric: true },
            ]}
          >
            {client.balanceEntries.map((e) => (
              <tr key={e.id} className={rowClass} data-testid="ledger-row">
                <td className={`${cell} whitespace-nowrap tabular-nums`}>
                  {formatBishkekDateTime(e.createdAt)}
                </td>
                <td className={cell}>{t(`client.reasons.${e.reason as "manual_adjustment"}`)}</td>
                <td className={`${cell} font-mono`}>
                  {e.payment && (
                    <Link href={`/office/payments/${e.payment.id}`} className="text-brand-700 underline">
                      {paymentReference(e.payment, (id) => t("requests.reverses", { id }))}
                    </Link>
                  )}
                </td>
                <td className={cell}>{e.comment}</td>
                <td className={numericCell}>{money(e.amountTyiyn)}</td>
              </tr>
            ))}
          </OfficeTable>
        )}
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">{t("client.invoices")}</h2>
        <ul className="space-y-1">
          {client.invoices.map((i) => (
            <li key={i.number}>
              {i.applicationId ? (
                <Link
                  href={`/office/applications/${i.applicationId}`}
                  className="font-mono text-brand-700 underline"
                >
                  {i.number}
                </Link>
              ) : (
                <span className="font-mono">{i.number}</span>
              )}{" "}
              {formatBishkekDateTime(i.issuedAt)} · {money(i.amountTyiyn)} ·{" "}
              {t(`invoiceStatuses.${i.status}`)}
            </li>
          ))}
        </ul>
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">{t("client.history")}</h2>
        <HistoryList
          empty={t("client.historyEmpty")}
          items={client.history.map((e) => ({
            at: e.at,
            who: e.actorEmail,
            what: t(`actions.${e.action as "client.imported"}`),
            details: `${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}`,
          }))}
        />
      </section>
    </div>
  );
}
