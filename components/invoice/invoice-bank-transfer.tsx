import { useTranslations } from "next-intl";
import type { InvoiceView } from "@/domain/invoices/find-invoice";
import { formatSomAmount } from "@/lib/money";
import { CopyButton } from "../copy-button";

// The company as a transfer's recipient: null while an admin has not set the bank details.
export interface TransferRecipient {
  legalName: string;
  inn: string;
  bankName: string;
  bic: string;
  account: string;
  paymentCode: string;
}

type RecipientLabel = "recipient" | "recipientInn" | "bank" | "bic" | "account" | "paymentCode";

// The company's bank details as label and value rows (messages invoice.transfer.*), the payment
// code only when set: on the invoice and on the payment help page.
export function recipientRows(
  recipient: TransferRecipient,
  label: (key: RecipientLabel) => string,
): [string, string][] {
  return [
    [label("recipient"), recipient.legalName],
    [label("recipientInn"), recipient.inn],
    [label("bank"), recipient.bankName],
    [label("bic"), recipient.bic],
    [label("account"), recipient.account],
    ...(recipient.paymentCode ? [[label("paymentCode"), recipient.paymentCode] as [string, string]] : []),
  ];
}

export function DetailRows({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-semibold break-words tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

// What an organisation's accountant needs to pay this invoice by bank transfer, and the payment
// purpose to copy: with the invoice's number in it, the transfer finds the invoice by itself when
// the company uploads its bank statement.
export function InvoiceBankTransfer({
  invoice,
  due,
  recipient,
}: {
  invoice: Pick<InvoiceView, "number" | "organizationName" | "buyerInn">;
  due: number;
  recipient: TransferRecipient | null;
}) {
  const t = useTranslations("invoice.transfer");
  const tCommon = useTranslations("common");
  const purpose = t("purposeText", { number: invoice.number });
  const rows: [string, string][] = recipient
    ? [
        ...recipientRows(recipient, t),
        [t("payer"), invoice.organizationName],
        [t("payerInn"), invoice.buyerInn],
        [t("amount"), tCommon("money", { amount: formatSomAmount(due) })],
      ]
    : [];
  return (
    <section aria-labelledby="transfer-title" className="mt-8" data-testid="invoice-transfer">
      <h2 id="transfer-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      {recipient ? (
        <>
          <DetailRows rows={rows} />
          <h3 className="mt-4 font-semibold">{t("purpose")}</h3>
          <div className="mt-1 flex flex-wrap items-start gap-3">
            <p
              data-testid="transfer-purpose"
              className="rounded-lg bg-slate-100 px-3 py-2 font-mono break-words"
            >
              {purpose}
            </p>
            <CopyButton
              value={purpose}
              label={t("copyPurpose")}
              copiedLabel={t("purposeCopied")}
              failedLabel={t("copyFailed")}
            />
          </div>
          <p className="mt-2 text-slate-700">{t("purposeHint")}</p>
        </>
      ) : (
        <p className="mt-3 text-slate-700">{t("askOffice")}</p>
      )}
    </section>
  );
}
