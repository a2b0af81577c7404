"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { groupInvoiceNumber, isValidInvoiceNumber, normalizeInvoiceNumber } from "@/lib/invoice-number";
import { formatSomAmount } from "@/lib/money";
import { CopyButton } from "../copy-button";

type Lookup = { state: "loading" } | { state: "unknown" } | { state: "found"; dueTyiyn: number | null };

// Coming from an invoice page (?invoice=<16 digits>), the number and the exact sum to type are
// shown where they are typed. The guide stays a static page: both are read in the browser, the
// sum from the invoice's status endpoint. A malformed or unknown number shows nothing.
export function InvoiceNumberFromQuery() {
  const t = useTranslations("guide");
  const tCommon = useTranslations("common");
  const raw = useSearchParams().get("invoice") ?? "";
  const digits = normalizeInvoiceNumber(raw.slice(0, 40)) ?? "";
  const valid = Boolean(digits) && isValidInvoiceNumber(digits);
  const [lookup, setLookup] = useState<Lookup>({ state: "loading" });

  useEffect(() => {
    if (!valid) return;
    let cancelled = false;
    fetch(`/api/invoices/${digits}/status`, { cache: "no-store" })
      .then(async (response) => {
        if (cancelled) return;
        if (response.status === 404) return setLookup({ state: "unknown" });
        if (!response.ok) return setLookup({ state: "found", dueTyiyn: null });
        const body = (await response.json()) as { status: string; amountTyiyn: number; paidTyiyn: number };
        const due = body.status === "cancelled" ? 0 : body.amountTyiyn - body.paidTyiyn;
        setLookup({ state: "found", dueTyiyn: due > 0 ? due : null });
      })
      // Offline or the like: the number from the link is still worth showing.
      .catch(() => !cancelled && setLookup({ state: "found", dueTyiyn: null }));
    return () => {
      cancelled = true;
    };
  }, [digits, valid]);

  if (!valid || lookup.state !== "found") return null;
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
      {lookup.dueTyiyn !== null && (
        <p className="mt-2">
          <span className="text-sm font-semibold">{t("yourAmount")}</span>{" "}
          <span
            data-testid="guide-invoice-amount"
            className="whitespace-nowrap text-xl font-bold tabular-nums"
          >
            {tCommon("money", { amount: formatSomAmount(lookup.dueTyiyn) })}
          </span>
        </p>
      )}
    </div>
  );
}
