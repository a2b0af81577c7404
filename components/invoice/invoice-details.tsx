import { useLocale, useTranslations } from "next-intl";
import type { InvoiceView } from "@/domain/invoices/find-invoice";
import { Link } from "@/i18n/navigation";
import { helpLinks } from "../help/help-text";
import { formatBishkekDate } from "@/lib/dates";
import { groupInvoiceNumber } from "@/lib/invoice-number";
import { formatSomAmount } from "@/lib/money";
import { CopyButton } from "../copy-button";
import { InvoiceBankTransfer, type TransferRecipient } from "./invoice-bank-transfer";
import { Money } from "../money";
import { PrintButton } from "../print-button";
import { InvoicePayments } from "./invoice-payments";
import { InvoiceProgress } from "./invoice-progress";
import { ClientIntl } from "../client-intl";
import { InvoiceStatusLive } from "./invoice-status-live";
import { tariffName } from "@/lib/tariffs-line";

export function InvoiceDetails({
  invoice,
  qrSvg,
  recipient,
  office,
}: {
  invoice: InvoiceView;
  qrSvg: string;
  recipient: TransferRecipient | null;
  // What to bring to the office (the settings' text in this language, empty = ask) and its phone.
  office: { documents: string; phone: string };
}) {
  const t = useTranslations("invoice");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const grouped = groupInvoiceNumber(invoice.number);
  const steps = ["step1", "step2", "step3", "step4", "step5"] as const;
  const due = invoice.status === "cancelled" ? 0 : Math.max(0, invoice.amountTyiyn - invoice.paidTyiyn);

  return (
    <article className="mx-auto max-w-3xl px-4 py-8 print:max-w-none print:p-0">
      <h1 className="text-3xl font-bold">{t("title")}</h1>

      <section
        aria-labelledby="number-label"
        className="mt-4 rounded-xl border-2 border-brand-700 bg-brand-50 p-4 print:bg-white"
      >
        <h2 id="number-label" className="text-sm font-semibold text-slate-700">
          {t("numberLabel")}
        </h2>
        <div className="mt-1 flex flex-wrap items-start gap-4">
          <p
            data-testid="invoice-number"
            className="font-mono text-2xl font-bold tracking-wide text-brand-800 sm:text-3xl"
          >
            {grouped}
          </p>
          <CopyButton
            value={invoice.number}
            label={t("copy")}
            copiedLabel={t("copied")}
            failedLabel={t("copyFailed")}
          />
        </div>
      </section>

      <dl className="mt-6 grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("amountLabel")}</dt>
          <dd data-testid="invoice-amount" className="text-2xl font-bold">
            <Money tyiyn={invoice.amountTyiyn} />
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("statusLabel")}</dt>
          <dd className="mt-1">
            <ClientIntl locale={locale} island="invoiceStatus">
              <InvoiceStatusLive
                number={invoice.number}
                initial={{
                  status: invoice.status,
                  amountTyiyn: invoice.amountTyiyn,
                  paidTyiyn: invoice.paidTyiyn,
                }}
              />
            </ClientIntl>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("organizationLabel")}</dt>
          <dd data-testid="invoice-organization" className="font-semibold break-words">
            {invoice.organizationName}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("issuedLabel")}</dt>
          <dd className="font-semibold">{formatBishkekDate(invoice.issuedAt)}</dd>
        </div>
      </dl>

      <section className="mt-8">
        <h2 id="items-title" className="text-xl font-bold">
          {t("itemsTitle")}
        </h2>
        {/* On a phone (below sm) the quantity and price columns fold into a line under the name,
            so that the amount column keeps room for «1 510,00 сом» on a 390 px screen. */}
        <table className="mt-2 w-full border-collapse text-left text-sm sm:text-base">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                {t("itemName")}
              </th>
              <th scope="col" className="hidden py-2 pr-3 text-right sm:table-cell">
                {t("itemQuantity")}
              </th>
              <th scope="col" className="hidden py-2 pr-3 text-right sm:table-cell">
                {t("itemPrice")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("itemAmount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.items.map((item) => (
              <tr key={item.code} className="border-b border-slate-200 align-top" data-item={item.code}>
                <td className="py-2 pr-3">
                  {tariffName(item, locale)}
                  <span className="block text-slate-600 sm:hidden" data-testid="item-quantity-price">
                    {t("itemQuantityPrice", { quantity: item.quantity })}{" "}
                    <Money tyiyn={item.unitPriceTyiyn} />
                  </span>
                </td>
                <td className="hidden py-2 pr-3 text-right tabular-nums sm:table-cell">{item.quantity}</td>
                <td className="hidden py-2 pr-3 text-right sm:table-cell">
                  <Money tyiyn={item.unitPriceTyiyn} />
                </td>
                <td className="py-2 text-right">
                  <Money tyiyn={item.amountTyiyn} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="py-2 pr-3 text-right sm:hidden">
                {t("total")}
              </th>
              <th scope="row" colSpan={3} className="hidden py-2 pr-3 text-right sm:table-cell">
                {t("total")}
              </th>
              <td className="py-2 text-right font-bold">
                <Money tyiyn={invoice.amountTyiyn} />
              </td>
            </tr>
          </tfoot>
        </table>
      </section>

      <InvoicePayments payments={invoice.payments} />

      <InvoiceProgress invoice={invoice} documents={office.documents} officePhone={office.phone} />

      <section aria-labelledby="pay-title" className="mt-8">
        <h2 id="pay-title" className="text-xl font-bold">
          {t("howToPayTitle")}
        </h2>
        <ol className="mt-3 list-decimal space-y-1.5 pl-6">
          {steps.map((step) => (
            <li key={step}>{t(`howToPay.${step}`, { number: grouped, digits: invoice.number })}</li>
          ))}
          {/* MegaPay's check refuses any other sum than what is still due (results 241/242). */}
          <li data-testid="howto-amount">
            {due > 0
              ? t("howToPay.step6", { amount: tCommon("money", { amount: formatSomAmount(due) }) })
              : t("howToPay.step6Paid")}
          </li>
        </ol>
        <p className="mt-3 text-slate-700">{t("howToPayNote")}</p>
        <Link
          locale={locale}
          href={{ pathname: "/megapay", query: { invoice: invoice.number }, hash: "eds" }}
          className="no-print mt-3 inline-block py-1 font-semibold text-brand-700 underline"
        >
          {t("guideLink")}
        </Link>
        <p className="no-print mt-3" data-testid="invoice-help">
          {t.rich("helpLinks", helpLinks(locale))}
        </p>
      </section>

      {due > 0 && <InvoiceBankTransfer invoice={invoice} due={due} recipient={recipient} />}

      <section className="mt-8 flex flex-wrap items-center gap-6">
        <figure className="w-36">
          <div
            role="img"
            aria-label={t("qrLabel")}
            className="w-36"
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
          <figcaption className="mt-1 text-xs text-slate-600">{t("qrHint")}</figcaption>
        </figure>
        <div className="no-print flex flex-wrap gap-3">
          <a
            href={`/${locale}/invoice/${invoice.number}/pdf`}
            download={`invoice-${invoice.number}.pdf`}
            className="rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            {t("downloadPdf")}
          </a>
          <PrintButton label={t("print")} />
        </div>
      </section>
    </article>
  );
}
