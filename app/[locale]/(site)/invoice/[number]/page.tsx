import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import QRCode from "qrcode";
import { cache } from "react";
import { AutoPrint } from "@/components/auto-print";
import { InvoiceDetails } from "@/components/invoice/invoice-details";
import { InvoiceNotFound } from "@/components/invoice/invoice-not-found";
import { InvoiceRateLimited } from "@/components/invoice/invoice-rate-limited";
import { findInvoice } from "@/domain/invoices/find-invoice";
import { routing } from "@/i18n/routing";
import { groupInvoiceNumber } from "@/lib/invoice-number";
import { getDatabase } from "@/server/db";
import { hitRateLimit } from "@/server/http/rate-limits";
import { answerWithStatus } from "@/server/http/page-response";
import { currentClientAddress } from "@/server/http/request-address";
import { localizedUrl } from "@/server/seo/page-metadata";
import { officeForClient, transferRecipient } from "../../../company-details";

export const dynamic = "force-dynamic";

// Once per request (metadata and page share it), counted against the client's lookup limit.
const loadInvoice = cache(async (number: string) => {
  const limit = await hitRateLimit("invoice-lookup", await currentClientAddress());
  if (!limit.allowed) return { retryMinutes: Math.ceil(limit.retryAfterMs / 60_000) };
  return { invoice: await findInvoice({ db: getDatabase(), number }) };
});

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/invoice/[number]">): Promise<Metadata> {
  const { locale, number } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  const { invoice, retryMinutes } = await loadInvoice(number);
  const tInvoice = await getTranslations({ locale, namespace: "invoice" });
  return {
    title: invoice
      ? t("invoiceTitle", { number: groupInvoiceNumber(invoice.number) })
      : tInvoice(retryMinutes ? "tooManyTitle" : "notFoundTitle"),
    description: t("invoiceDescription"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

// The invoice number is the only key to this page: it is never indexed and never leaked in a
// Referer header. A number with a wrong check digit is answered without a database query.
export default async function InvoicePage({ params, searchParams }: PageProps<"/[locale]/invoice/[number]">) {
  const { locale, number } = await params;
  if (!hasLocale(routing.locales, locale)) return <InvoiceNotFound />;
  setRequestLocale(locale);
  const { invoice, retryMinutes } = await loadInvoice(number);
  // Their own content, with 429 / 404 on the status line (server/http/response-status.ts).
  if (retryMinutes) {
    await answerWithStatus(429);
    return <InvoiceRateLimited minutes={retryMinutes} />;
  }
  if (!invoice) {
    await answerWithStatus(404);
    return <InvoiceNotFound />;
  }
  const qrSvg = await QRCode.toString(localizedUrl(locale, `/invoice/${invoice.number}`), {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
  });
  const print = (await searchParams).print === "1";
  const [recipient, office] = await Promise.all([
    transferRecipient(locale),
    officeForClient(locale, invoice.progress?.office),
  ]);
  return (
    <>
      <InvoiceDetails invoice={invoice} qrSvg={qrSvg} recipient={recipient} office={office} />
      {print && <AutoPrint />}
    </>
  );
}
