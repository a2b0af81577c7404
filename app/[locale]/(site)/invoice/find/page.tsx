import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { InvoiceLookup } from "@/components/invoice/invoice-lookup";
import type { LookupError } from "@/components/invoice/invoice-lookup-form";
import { findInvoice } from "@/domain/invoices/find-invoice";
import { localeHref } from "@/i18n/locale-href";
import { routing } from "@/i18n/routing";
import { invoiceNumberProblem, normalizeInvoiceNumber } from "@/lib/invoice-number";
import { getDatabase } from "@/server/db";
import { hitRateLimit } from "@/server/http/rate-limits";
import { currentClientAddress } from "@/server/http/request-address";
import { localizedPageMetadata } from "@/server/seo/page-metadata";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: PageProps<"/[locale]/invoice/find">): Promise<Metadata> {
  return localizedPageMetadata(params, "/invoice", "lookupTitle", "lookupDescription");
}

// Where the lookup form goes without JavaScript (GET ?number=): a number that exists opens its
// page; anything else comes back to the form with what is wrong, counted against the lookup limit.
export default async function InvoiceFindPage({ params, searchParams }: PageProps<"/[locale]/invoice/find">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  const raw = (await searchParams).number;
  const typed = typeof raw === "string" ? raw.slice(0, 40) : "";
  if (!typed) return <InvoiceLookup locale={locale} />;
  let error: LookupError = "notFound";
  let retryMinutes = 0;
  let typedDigits = 0;
  const digits = normalizeInvoiceNumber(typed);
  const problem = invoiceNumberProblem(typed);
  const limit = await hitRateLimit("invoice-lookup", await currentClientAddress());
  if (!limit.allowed) {
    error = "rateLimited";
    retryMinutes = Math.ceil(limit.retryAfterMs / 60_000);
  } else if (problem || !digits) {
    error = problem?.problem ?? "checkDigit";
    typedDigits = problem?.digits ?? 0;
  } else if (await findInvoice({ db: getDatabase(), number: digits })) {
    redirect(localeHref(locale, `/invoice/${digits}`));
  }
  return (
    <InvoiceLookup
      locale={locale}
      typed={typed}
      error={error}
      retryMinutes={retryMinutes}
      typedDigits={typedDigits}
    />
  );
}
