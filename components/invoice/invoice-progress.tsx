import { useTranslations } from "next-intl";
import type { InvoiceView } from "@/domain/invoices/find-invoice";
import { formatBishkekDate } from "@/lib/dates";
import { formatKyrgyzPhone } from "@/lib/phone";

type Step = { key: string; text: string; state: "done" | "now" | "next" };

// Where the signature is, in the client's words: paid → documents checked at the chosen office →
// signature issued and valid until …; and, until it is issued, what to bring to the office (the
// text admins keep in the settings, or whom to ask).
export function InvoiceProgress({
  invoice,
  documents,
  officePhone,
}: {
  invoice: InvoiceView;
  documents: string;
  officePhone: string;
}) {
  const t = useTranslations("invoice.progress");
  const tOffices = useTranslations("offices");
  const progress = invoice.progress;
  if (!progress) return null;
  const office = tOffices(`${progress.office}.name`);
  const paid = invoice.status === "paid";
  const checked = progress.documentsCheckedAt;
  const issued = progress.signatureValidTo;
  const steps: Step[] = [
    {
      key: "paid",
      text:
        paid && invoice.paidAt ? t("paidDone", { date: formatBishkekDate(invoice.paidAt) }) : t("paidNow"),
      state: paid ? "done" : "now",
    },
    {
      key: "documents",
      text: checked
        ? t("documentsDone", { office, date: formatBishkekDate(checked) })
        : t("documentsNext", { office }),
      state: checked ? "done" : paid ? "now" : "next",
    },
    {
      key: "issued",
      text: issued ? t("issuedDone", { date: formatBishkekDate(issued) }) : t("issuedNext"),
      state: issued ? "done" : checked && paid ? "now" : "next",
    },
  ];
  const mark = { done: "✓", now: "●", next: "○" } as const;
  const stateText = { done: t("stateDone"), now: t("stateNow"), next: t("stateNext") } as const;
  return (
    <section aria-labelledby="progress-title" className="mt-8" data-testid="invoice-progress">
      <h2 id="progress-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <ol className="mt-3 space-y-2">
        {steps.map((step) => (
          <li
            key={step.key}
            data-step={step.key}
            data-state={step.state}
            aria-current={step.state === "now" ? "step" : undefined}
            className={`flex gap-3 ${step.state === "next" ? "text-slate-600" : ""} ${step.state === "now" ? "font-semibold" : ""}`}
          >
            <span aria-hidden="true" className={step.state === "done" ? "text-green-800" : "text-brand-700"}>
              {mark[step.state]}
            </span>
            <span>
              {step.text} <span className="sr-only">({stateText[step.state]})</span>
            </span>
          </li>
        ))}
      </ol>
      {!issued && (
        <div className="mt-4 rounded-xl border border-slate-200 bg-slate-50 p-4" data-testid="invoice-bring">
          <h3 className="font-bold">{t("bringTitle")}</h3>
          <p className="mt-1 whitespace-pre-line">{documents || t("bringAsk", { office })}</p>
          {officePhone && (
            <p className="mt-1">
              {t("bringPhoneLabel")}{" "}
              <a href={`tel:${officePhone}`} className="font-semibold text-brand-700 underline">
                {formatKyrgyzPhone(officePhone)}
              </a>
            </p>
          )}
        </div>
      )}
    </section>
  );
}
