"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { groupInvoiceNumber, isValidInvoiceNumber, normalizeInvoiceNumber } from "@/lib/invoice-number";
import { CopyButton } from "../copy-button";

// Coming from an invoice page (?invoice=<16 digits>), the number is shown where it is typed.
// It is read in the browser, so the guide stays a static page; nothing is looked up.
export function InvoiceNumberFromQuery() {
  const t = useTranslations("guide");
  const raw = useSearchParams().get("invoice") ?? "";
  const digits = normalizeInvoiceNumber(raw.slice(0, 40));
  if (!digits || !isValidInvoiceNumber(digits)) return null;
  return (
    <div className="mt-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-3">
      <p className="text-sm font-semibold">{t("yourNumber")}</p>
      <div className="mt-1 flex flex-wrap items-start gap-3">
        <p
          data-testid="guide-invoice-number"
          className="font-mono text-xl font-bold tracking-wide text-brand-800"
        >
          {groupInvoiceNumber(digits)}
        </p>
        <CopyButton
          value={digits}
          label={t("copy")}
          copiedLabel={t("copied")}
          failedLabel={t("copyFailed")}
        />
      </div>
    </div>
  );
}
