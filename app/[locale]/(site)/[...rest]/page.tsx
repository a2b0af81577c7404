import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { respondNotFound } from "../../respond-not-found";

// Every path under a language that no page claims: the localized 404, rendered here in the
// language's own layout rather than by a not-found boundary. Next.js sends each layout's
// not-found element with every page, so the site keeps no not-found.tsx that renders a whole
// document (app/not-found.tsx is a bare fallback).
export async function generateMetadata({ params }: PageProps<"/[locale]/[...rest]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: t("notFoundTitle"), robots: { index: false } };
}

export default async function UnknownPath({ params }: PageProps<"/[locale]/[...rest]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  return respondNotFound(locale);
}
