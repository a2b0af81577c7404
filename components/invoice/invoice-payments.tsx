import { useTranslations } from "next-intl";
import type { InvoicePaymentView } from "@/domain/invoices/find-invoice";
import { formatBishkekDateTime } from "@/lib/dates";
import { Money } from "../money";

// The payments recorded on this invoice, as the client's receipt: what arrived, how, when, and
// for MegaPay the operation number that the wallet's own receipt shows, to compare the two.
export function InvoicePayments({ payments }: { payments: InvoicePaymentView[] }) {
  const t = useTranslations("invoice.receipt");
  if (payments.length === 0) return null;
  return (
    <section aria-labelledby="receipt-title" data-testid="invoice-payments" className="mt-8 print:mt-4">
      <h2 id="receipt-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
      <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
        {payments.map((payment) => (
          <li key={payment.id} className="grid gap-1 p-3 sm:grid-cols-[8rem_1fr]">
            <span className="text-lg font-bold">
              <Money tyiyn={payment.sumTyiyn} />
            </span>
            <span className="text-slate-800">
              {t(`method.${payment.method}`)} ·{" "}
              <time dateTime={payment.receivedAt.toISOString()}>
                {formatBishkekDateTime(payment.receivedAt)}
              </time>
              {payment.megapayTxnId && (
                <span className="block break-all text-sm text-slate-700">
                  {t("txn", { txn: payment.megapayTxnId })}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
