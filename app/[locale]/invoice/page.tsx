import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InvoiceLookupForm, type LookupError } from "@/components/invoice/invoice-lookup-form";
import { findInvoice } from "@/domain/invoices/find-invoice";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { invoiceNumberProblem, normalizeInvoiceNumber } from "@/lib/invoice-number";
import { getDatabase } from "@/server/db";
import { hitRateLimit } from "@/server/http/rate-limits";
import { currentClientAddress } from "@/server/http/request-address";
import { localizedPageMetadata } from "@/server/seo/page-metadata";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: PageProps<"/[locale]/invoice">): Promise<Metadata> {
  return localizedPageMetadata(params, "/invoice", "lookupTitle", "lookupDescription");
}

export default async function InvoiceLookupPage({ params, searchParams }: PageProps<"/[locale]/invoice">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  const t = await getTranslations("lookup");
  const raw = (await searchParams).number;
  const typed = typeof raw === "string" ? raw.slice(0, 40) : "";
  let error: LookupError | null = null;
  let retryMinutes = 0;
  let typedDigits = 0;
  if (typed) {
    const digits = normalizeInvoiceNumber(typed);
    const problem = invoiceNumberProblem(typed);
    const limit = await hitRateLimit("invoice-lookup", await currentClientAddress());
    if (!limit.allowed) {
      error = "rateLimited";
      retryMinutes = Math.ceil(limit.retryAfterMs / 60_000);
    } else if (problem || !digits) {
      error = problem?.problem ?? "checkDigit";
      typedDigits = problem?.digits ?? 0;
    } else if (await findInvoice({ db: getDatabase(), number: digits }))
      redirect({ href: `/invoice/${digits}`, locale });
    else error = "notFound";
  }
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3 text-slate-700">{t("lead")}</p>
      <InvoiceLookupForm
        defaultValue={typed}
        error={error}
        retryMinutes={retryMinutes}
        typedDigits={typedDigits}
      />
    </div>
  );
}
