import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MoneyRequestDetail } from "@/domain/money-requests/get-money-request";
import type { InvoiceState, MoneyRequestChange } from "@/domain/money-requests/money-request-change";
import { formatBishkekDate, formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";

// One money request: who asked, when and why, exactly what approval would change (against the
// invoice and balance as they were when asked), and the decision once there is one.
export async function MoneyRequestDetailView({ request: r }: { request: MoneyRequestDetail }) {
  const t = await getTranslations("office.requests");
  const tOffice = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const money = (tyiyn: number) => tCommon("money", { amount: formatSomAmount(tyiyn) });
  const method = (m: "megapay" | "cash" | "bank") => tOffice(`payments.methods.${m}`);
  const service = (s: "soci" | "eds") => tOffice(`payments.services.${s}`);
  const f = (
    key:
      | "kind"
      | "state"
      | "askedBy"
      | "askedAt"
      | "reason"
      | "decidedBy"
      | "decidedAt"
      | "decisionComment"
      | "result",
  ) => t(`fields.${key}`);
  const facts: [string, React.ReactNode][] = [
    [f("kind"), t(`kinds.${r.kind}`)],
    [f("state"), t(`states.${r.state}`)],
    [f("askedBy"), `${r.requestedBy.name} (${r.requestedBy.email})`],
    [f("askedAt"), formatBishkekDateTime(r.requestedAt)],
    [f("reason"), r.reason],
    ...(r.decidedBy
      ? ([
          [f("decidedBy"), `${r.decidedBy.name} (${r.decidedBy.email})`],
          [f("decidedAt"), r.decidedAt ? formatBishkekDateTime(r.decidedAt) : "—"],
          [f("decisionComment"), r.decisionComment ?? "—"],
        ] as [string, React.ReactNode][])
      : []),
    ...(r.resultPaymentId
      ? ([
          [
            f("result"),
            <Link key="v" href={`/office/payments/${r.resultPaymentId}`} className="text-brand-700 underline">
              {t("resultPayment", { id: r.resultPaymentId })}
            </Link>,
          ],
        ] as [string, React.ReactNode][])
      : []),
  ];
  const invoiceLine = (invoice: InvoiceState, change: number) =>
    change === 0
      ? t("change.invoiceUntouched", {
          number: invoice.number,
          paid: money(invoice.paidTyiyn),
          amount: money(invoice.amountTyiyn),
        })
      : t("change.invoice", {
          number: invoice.number,
          before: money(invoice.paidTyiyn),
          after: money(invoice.paidTyiyn + change),
          amount: money(invoice.amountTyiyn),
        });
  const lines = changeLines(r.change, { t, money, method, service, invoiceLine });
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section className="space-y-2" data-testid="request-changes">
        <h2 className="text-2xl font-semibold">{t("changes")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {r.shortfallTyiyn > 0 && (
          <p
            className="rounded-lg border border-red-700 bg-red-50 p-3 font-medium text-red-900"
            data-testid="shortfall"
          >
            {t("change.shortfall", { amount: money(r.shortfallTyiyn) })}
          </p>
        )}
        {r.state === "pending" && <p className="text-sm text-slate-700">{t("change.asOf")}</p>}
      </section>
    </div>
  );
}

type Words = {
  t: Awaited<ReturnType<typeof getTranslations<"office.requests">>>;
  money: (tyiyn: number) => string;
  method: (m: "megapay" | "cash" | "bank") => string;
  service: (s: "soci" | "eds") => string;
  invoiceLine: (invoice: InvoiceState, change: number) => string;
};

// What approval would change, one line per thing that changes.
function changeLines(
  change: MoneyRequestChange,
  { t, money, method, service, invoiceLine }: Words,
): string[] {
  const client = t("change.client", { name: change.client.name, inn: change.client.inn });
  switch (change.kind) {
    case "balanceAdjustment":
      return [
        client,
        t("change.balance", {
          before: money(change.balanceTyiyn),
          after: money(change.balanceTyiyn + change.amountTyiyn),
        }),
      ];
    case "reversal":
      return [
        client,
        t("change.reversal", {
          sum: money(change.payment.sumTyiyn),
          id: change.payment.id,
          method: method(change.payment.method),
          reference: change.payment.reference,
        }),
        ...(change.invoice ? [invoiceLine(change.invoice, -change.fromInvoiceTyiyn)] : []),
        ...(change.fromBalanceTyiyn > 0
          ? [
              t("change.balance", {
                before: money(change.balanceTyiyn),
                after: money(change.balanceTyiyn - change.fromBalanceTyiyn),
              }),
            ]
          : []),
      ];
    case "officePayment":
    case "registryPayment":
      return [
        client,
        change.kind === "officePayment"
          ? t("change.newPayment", {
              method: method(change.method),
              service: service(change.service),
              reference: change.receiptShown,
              sum: money(change.sumTyiyn),
              date: formatBishkekDate(new Date(change.paidOn)),
            })
          : t("change.registryLine", {
              line: change.line ?? "—",
              run: change.runId,
              service: service(change.service),
              txn: change.txnId,
              sum: money(change.sumTyiyn),
              date: formatBishkekDateTime(new Date(change.txnAt)),
            }),
        ...(change.invoice ? [invoiceLine(change.invoice, change.split.toInvoiceTyiyn)] : []),
        ...(change.split.toBalanceTyiyn > 0
          ? [t("change.balanceCredit", { amount: money(change.split.toBalanceTyiyn) })]
          : []),
      ];
  }
}
