import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { helpTopics } from "@/config/help-topics";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { pageMetadata } from "@/server/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/help">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "help" });
  return pageMetadata(locale, "/help", t("topicTitle", { topic: t("title") }), t("description"));
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// The list of help topics: words only, rendered once per locale at build time.
export const dynamic = "force-static";

export default async function HelpPage({ params }: PageProps<"/[locale]/help">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "help" });
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">
        {t.rich("lead", {
          // The offices' phones are on the home page (this page is built once, without the settings).
          offices: (chunks) => (
            <Link
              href={{ pathname: "/", hash: "offices" }}
              locale={locale}
              className="text-brand-700 underline underline-offset-2"
            >
              {chunks}
            </Link>
          ),
        })}
      </p>
      <nav aria-label={t("topicsLabel")} className="mt-6">
        <ul className="space-y-3">
          {helpTopics.map((topic) => (
            <li key={topic} className="rounded-xl border border-slate-200 p-4" data-topic={topic}>
              <Link
                href={`/help/${topic}`}
                locale={locale}
                className="text-lg font-semibold text-brand-700 underline underline-offset-2"
              >
                {t(`${topic}.title`)}
              </Link>
              <p className="mt-1 text-slate-700">{t(`${topic}.summary`)}</p>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
