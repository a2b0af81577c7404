import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RegistrationForm } from "@/components/registration/registration-form";
import { registrationWords } from "@/components/registration/registration-words";
import { listActiveTariffs } from "@/domain/tariffs/list-active-tariffs";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getDatabase } from "@/server/db";
import { cachedPageParams } from "@/server/http/public-page-cache";
import { localizedPageMetadata } from "@/server/seo/page-metadata";
import { registerAction } from "./actions";

// The tariffs come from the database; the page is kept like the home page (app/[locale]/(site)/page.tsx)
// and carries no per-visitor data: the form's submission key is made in the browser.
export const revalidate = 60;
export const generateStaticParams = cachedPageParams;

export function generateMetadata({ params }: PageProps<"/[locale]/register">): Promise<Metadata> {
  return localizedPageMetadata(params, "/register", "registerTitle", "registerDescription");
}

export default async function RegisterPage({ params }: PageProps<"/[locale]/register">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  const t = await getTranslations("register");
  const tRenew = await getTranslations("renew");
  const tariffs = await listActiveTariffs(getDatabase());
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("lead")}</p>
      <p className="mb-6 mt-2">
        <Link locale={locale} href="/renew" className="font-semibold text-brand-700 underline">
          {tRenew("startLink")}
        </Link>
      </p>
      <RegistrationForm
        locale={locale}
        words={await registrationWords({ locale, tariffs })}
        initialState={{ submissionKey: "", values: null, errors: {} }}
        action={registerAction}
      />
    </div>
  );
}
