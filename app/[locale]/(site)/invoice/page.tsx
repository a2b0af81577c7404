import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { InvoiceLookup } from "@/components/invoice/invoice-lookup";
import { routing } from "@/i18n/routing";
import { localizedPageMetadata } from "@/server/seo/page-metadata";

export function generateMetadata({ params }: PageProps<"/[locale]/invoice">): Promise<Metadata> {
  return localizedPageMetadata(params, "/invoice", "lookupTitle", "lookupDescription");
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Rendered once per locale at build time: the empty form. With JavaScript the browser checks a
// number and opens its page; without, the form goes to ./find.
export const dynamic = "force-static";

export default async function InvoiceLookupPage({ params }: PageProps<"/[locale]/invoice">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  return <InvoiceLookup locale={locale} />;
}
