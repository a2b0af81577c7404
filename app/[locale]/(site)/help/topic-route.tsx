import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BankDetailsList, DocumentsToBring, LawsList, RutokenOrCloud } from "@/components/help/help-extras";
import { HelpTopicPage } from "@/components/help/help-topic";
import { OfficeList } from "@/components/office-list";
import { PriceList } from "@/components/price-list";
import type { HelpTopic } from "@/config/help-topics";
import { getDocumentsText, getSiteSettings } from "@/domain/settings/get-site-settings";
import { listActiveTariffs } from "@/domain/tariffs/list-active-tariffs";
import { routing, type Locale } from "@/i18n/routing";
import { getDatabase } from "@/server/db";
import { pageMetadata } from "@/server/seo/page-metadata";
import { transferRecipient } from "../../company-details";

// What each help topic's page (help/<topic>/page.tsx) renders. One folder a topic rather than a
// dynamic [topic] segment, so that an unknown topic is an unknown path (the localized 404 of
// [...rest]) and not a page that calls notFound() (an empty shell on Next.js 16.3+). Some topics
// show what admins keep in the back office (tariffs, bank details, what to bring, the offices):
// each page is kept like the home page (`revalidate`), rendered on the first visit and again after
// the settings change (revalidatePublicPages) or `revalidate` seconds later on other instances.

export function helpTopicMetadata(topic: HelpTopic) {
  return async function generateMetadata({
    params,
  }: {
    params: Promise<{ locale: string }>;
  }): Promise<Metadata> {
    const { locale } = await params;
    if (!hasLocale(routing.locales, locale)) return {};
    const t = await getTranslations({ locale, namespace: "help" });
    return pageMetadata(
      locale,
      `/help/${topic}`,
      t("topicTitle", { topic: t(`${topic}.title`) }),
      t(`${topic}.summary`),
    );
  };
}

async function Offices({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "help" });
  const settings = await getSiteSettings(getDatabase());
  return (
    <section aria-labelledby="offices-title" className="mt-8">
      <h2 id="offices-title" className="mb-3 text-xl font-bold">
        {t("officesTitle")}
      </h2>
      <OfficeList locale={locale} offices={settings.offices} />
    </section>
  );
}

// What a topic shows beside its questions.
async function TopicExtras({ locale, topic }: { locale: Locale; topic: HelpTopic }) {
  const db = getDatabase();
  switch (topic) {
    case "rutoken-or-cloud": {
      const t = await getTranslations({ locale, namespace: "help.rutoken-or-cloud" });
      return (
        <>
          <RutokenOrCloud locale={locale} />
          <section aria-labelledby="prices-title" className="mt-8">
            <h2 id="prices-title" className="mb-2 text-xl font-bold">
              {t("pricesTitle")}
            </h2>
            <PriceList tariffs={await listActiveTariffs(db)} />
          </section>
        </>
      );
    }
    case "documents":
      return (
        <>
          <DocumentsToBring locale={locale} text={(await getDocumentsText(db))[locale]} />
          <Offices locale={locale} />
        </>
      );
    case "payment":
      return (
        <>
          <BankDetailsList locale={locale} recipient={await transferRecipient(locale)} />
          <Offices locale={locale} />
        </>
      );
    case "mistakes":
      return <Offices locale={locale} />;
    case "laws":
      return <LawsList locale={locale} />;
    default:
      return null;
  }
}

export async function HelpTopicRoute({
  params,
  topic,
}: {
  params: Promise<{ locale: string }>;
  topic: HelpTopic;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  return (
    <HelpTopicPage locale={locale} topic={topic}>
      <TopicExtras locale={locale} topic={topic} />
    </HelpTopicPage>
  );
}
