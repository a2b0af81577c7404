import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RenewalStartForm, type RenewalStartError } from "@/components/renewal/renewal-start-form";
import { routing } from "@/i18n/routing";
import { currentRenewalRequest } from "@/server/http/renewal-request-cookie";
import { localizedPageMetadata } from "@/server/seo/page-metadata";
import { requestRenewalCodeAction, verifyRenewalCodeAction } from "./actions";

const errors: readonly RenewalStartError[] = ["input", "code", "rate", "unavailable"];

export function generateMetadata({ params }: PageProps<"/[locale]/renew">): Promise<Metadata> {
  return localizedPageMetadata(params, "/renew", "renewTitle", "renewDescription");
}

// A renewal started by the client: INN and phone, then the code sent by SMS, then the signature's
// renewal page (/{locale}/r/<token>). What the page says never depends on whether the INN is ours.
export default async function RenewPage({ params, searchParams }: PageProps<"/[locale]/renew">) {
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  const t = await getTranslations("renew");
  const query = await searchParams;
  // Step 2 only for the browser that did step 1 (its cookie holds the INN it typed).
  const request = query.sent === "1" ? await currentRenewalRequest() : null;
  const error = errors.find((e) => e === query.error) ?? null;
  const minutes = Math.min(60, Math.max(1, Number(query.minutes) || 10));
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("startTitle")}</h1>
      {!request && <p className="mb-6 mt-3 text-slate-700">{t("startLead")}</p>}
      <RenewalStartForm
        locale={locale}
        sent={request !== null}
        error={error}
        minutes={minutes}
        requestAction={requestRenewalCodeAction}
        verifyAction={verifyRenewalCodeAction}
      />
    </div>
  );
}
