import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import {
  RenewalLinkUnknown,
  RenewalOfferView,
  RenewalRateLimited,
} from "@/components/renewal/renewal-offer-view";
import { getRenewalOffer } from "@/domain/signatures/get-renewal-offer";
import { routing } from "@/i18n/routing";
import { getDatabase } from "@/server/db";
import { answerWithStatus } from "@/server/http/page-response";
import { hitRateLimit } from "@/server/http/rate-limits";
import { currentClientAddress } from "@/server/http/request-address";
import { issueRenewalAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/r/[token]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "renew" });
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// A reminder's renewal page. Its token is the only key: never indexed, never sent on in a Referer
// header, and opened at most 60 times per address in 10 minutes (no guessing); an unknown or
// expired one gets its own page with 404.
export default async function RenewalPage({ params, searchParams }: PageProps<"/[locale]/r/[token]">) {
  const { locale, token } = await params;
  if (!hasLocale(routing.locales, locale)) return <RenewalLinkUnknown />;
  setRequestLocale(locale);
  const limit = await hitRateLimit("renewal-page", await currentClientAddress());
  if (!limit.allowed) {
    await answerWithStatus(429);
    return <RenewalRateLimited minutes={Math.ceil(limit.retryAfterMs / 60_000)} />;
  }
  const offer = await getRenewalOffer({ db: getDatabase(), token });
  if (offer.state === "unknown") {
    await answerWithStatus(404);
    return <RenewalLinkUnknown />;
  }
  const { problem } = await searchParams;
  return (
    <RenewalOfferView
      offer={offer}
      locale={locale}
      action={issueRenewalAction.bind(null, token)}
      problem={problem === "unavailable"}
    />
  );
}
