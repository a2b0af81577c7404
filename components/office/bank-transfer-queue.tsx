import { getTranslations } from "next-intl/server";
import type { BankTransferView } from "@/domain/bank-statements/list-bank-transfers";
import { formatBishkekDate } from "@/lib/dates";
import { groupInvoiceNumber } from "@/lib/invoice-number";
import { formatSomAmount } from "@/lib/money";
import { OfficeForm } from "./office-form";
import type { OfficeFormAction } from "./office-form-state";

// What the matching suggested, in words: the invoice or the client it found, else nothing.
export async function transferSuggestion(t: BankTransferView): Promise<string> {
  const tBank = await getTranslations("office.bank");
  if (t.invoiceNumber) return tBank("suggestInvoice", { number: groupInvoiceNumber(t.invoiceNumber) });
  if (t.clientName) return tBank("suggestClient", { name: t.clientName, inn: t.clientInn ?? "" });
  return "";
}

// Transfers that wait for a person, oldest first: what the bank said, why it waits, and the form
// to decide it (pay an invoice, top up a SOChI balance, or not ours).
export async function BankTransferQueue({
  transfers,
  locale,
  action,
  errorCodes,
}: {
  transfers: BankTransferView[];
  locale: string;
  action: OfficeFormAction;
  errorCodes: readonly string[];
}) {
  const t = await getTranslations("office.bank");
  const tCommon = await getTranslations("common");
  const messages = Object.fromEntries(errorCodes.map((code) => [code, t(`errors.${code as "notFound"}`)]));
  if (transfers.length === 0) return <p>{t("queueEmpty")}</p>;
  return (
    <ol className="space-y-4">
      {await Promise.all(
        transfers.map(async (transfer) => (
          <li
            key={transfer.id}
            id={`transfer-${transfer.id}`}
            data-testid="waiting-transfer"
            className="space-y-3 rounded-xl border border-slate-300 p-4"
          >
            <p className="font-semibold">
              {t("transferHeading", {
                number: transfer.number,
                date: formatBishkekDate(transfer.date),
                amount: tCommon("money", { amount: formatSomAmount(transfer.amountTyiyn) }),
              })}
            </p>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-600">{t("payer")}</dt>
              <dd className="break-words">
                {transfer.payerName}
                {transfer.payerInn ? `, ${t("inn", { inn: transfer.payerInn })}` : ""}
              </dd>
              <dt className="text-slate-600">{t("purpose")}</dt>
              <dd className="break-words">{transfer.purpose || "—"}</dd>
              <dt className="text-slate-600">{t("why")}</dt>
              <dd data-testid="wait-reason">
                {t(`waitReasons.${transfer.waitReason ?? "unmatched"}`)} {await transferSuggestion(transfer)}
              </dd>
            </dl>
            {transfer.waitReason === "awaitingApproval" && transfer.moneyRequestId ? (
              <a
                href={`/${locale}/office/requests/${transfer.moneyRequestId}`}
                className="font-semibold text-brand-700 underline"
              >
                {t("openRequest", { id: transfer.moneyRequestId })}
              </a>
            ) : (
              <OfficeForm
                action={action}
                idPrefix={`transfer-${transfer.id}-`}
                hidden={{ locale, transferId: String(transfer.id) }}
                submitLabel={t("decide")}
                messages={messages}
                initialValues={{
                  decision:
                    transfer.waitReason === "sociProposal" ? "soci" : transfer.invoiceNumber ? "invoice" : "",
                  target: transfer.invoiceNumber ?? transfer.clientInn ?? transfer.payerInn ?? "",
                  comment: "",
                }}
                fields={[
                  {
                    name: "decision",
                    label: t("decision"),
                    options: [
                      { value: "", label: t("chooseDecision") },
                      { value: "invoice", label: t("decisions.invoice") },
                      { value: "soci", label: t("decisions.soci") },
                      { value: "notOurs", label: t("decisions.notOurs") },
                    ],
                  },
                  {
                    name: "target",
                    label: t("target"),
                    hint: t("targetHint"),
                    maxLength: 40,
                    autoComplete: "off",
                  },
                  {
                    name: "comment",
                    label: t("comment"),
                    hint: t("commentHint"),
                    maxLength: 500,
                    autoComplete: "off",
                  },
                ]}
              />
            )}
          </li>
        )),
      )}
    </ol>
  );
}
