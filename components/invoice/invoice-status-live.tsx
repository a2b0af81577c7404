"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { InvoiceStatus } from "@/domain/invoices/find-invoice";
import type { InvoiceStatusView } from "@/domain/invoices/get-invoice-status";
import { formatSomAmount } from "@/lib/money";

const pollEveryMs = 4_000;
const stopAfterMs = 60 * 60_000;
const finalStatuses: InvoiceStatus[] = ["paid", "cancelled"];

// Polls the invoice's status while the page is visible, until it is paid or cancelled.
export function InvoiceStatusLive({ number, initial }: { number: string; initial: InvoiceStatusView }) {
  const t = useTranslations("invoice");
  const tCommon = useTranslations("common");
  const [view, setView] = useState(initial);
  const router = useRouter();

  useEffect(() => {
    if (finalStatuses.includes(view.status)) return;
    const startedAt = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      if (stopped || Date.now() - startedAt > stopAfterMs) return;
      if (document.visibilityState === "visible") {
        try {
          const response = await fetch(`/api/invoices/${number}/status`, { cache: "no-store" });
          if (response.status === 429) {
            // Too many pages open from this address: ask again when the server says.
            const seconds = Number(response.headers.get("Retry-After")) || 60;
            timer = setTimeout(poll, Math.max(seconds * 1000, pollEveryMs));
            return;
          }
          if (response.ok) {
            const next = (await response.json()) as InvoiceStatusView;
            if (stopped) return;
            // A payment arrived: the server part of the page (the list of payments) is fetched
            // again, without a navigation.
            if (next.paidTyiyn !== view.paidTyiyn) router.refresh();
            setView(next);
            if (finalStatuses.includes(next.status)) return;
          }
        } catch {
          // Offline or the server restarting: try again on the next tick.
        }
      }
      timer = setTimeout(poll, pollEveryMs);
    };
    timer = setTimeout(poll, pollEveryMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [number, view.status, view.paidTyiyn, router]);

  const left = view.amountTyiyn - view.paidTyiyn;
  const tone =
    view.status === "paid"
      ? "bg-green-100 text-green-900"
      : view.status === "cancelled"
        ? "bg-slate-200 text-slate-800"
        : "bg-amber-100 text-amber-950";
  return (
    <div aria-live="polite">
      <span
        data-testid="invoice-status"
        data-status={view.status}
        className={`inline-block rounded-md px-2.5 py-1 font-semibold ${tone}`}
      >
        {t(`status.${view.status}`)}
      </span>
      {view.status === "partly_paid" && left > 0 && (
        <p className="mt-1 text-sm">
          {t("leftToPay", { amount: tCommon("money", { amount: formatSomAmount(left) }) })}
        </p>
      )}
    </div>
  );
}
