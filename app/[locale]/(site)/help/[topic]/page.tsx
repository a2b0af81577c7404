import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { BankDetailsList, DocumentsToBring, LawsList, RutokenOrCloud } from "@/components/help/help-extras";
import { HelpTopicPage } from "@/components/help/help-topic";
import { OfficeList } from "@/components/office-list";
import { PriceList } from "@/components/price-list";
import { isHelpTopic, type HelpTopic } from "@/config/help-topics";
import { getDocumentsText, getSiteSettings } from "@/domain/settings/get-site-settings";
import { listActiveTariffs } from "@/domain/tariffs/list-active-tariffs";
import { routing, type Locale } from "@/i18n/routing";
import { getDatabase } from "@/server/db";
import { cachedPageParams } from "@/server/http/public-page-cache";
import { pageMetadata } from "@/server/seo/page-metadata";
import { transferRecipient } from "../../../company-details";

// Some topics show what admins keep in the back office (tariffs, bank details, what to bring,
// the offices): kept like the home page, rendered on the first visit and again after the settings
// change (revalidatePublicPages) or `revalidate` seconds later on the other instances.
export const revalidate = 60;
export const generateStaticParams = cachedPageParams;

export async function generateMetadata({ params }: PageProps<"/[locale]/help/[topic]">): Promise<Metadata> {
  const { locale, topic } = await params;
  if (!hasLocale(routing.locales, locale) || !isHelpTopic(topic)) return {};
  const t = await getTranslations({ locale, namespace: "help" });
  return pageMetadata(
    locale,
    `/help/${topic}`,
    t("topicTitle", { topic: t(`${topic}.title`) }),
    t(`${topic}.summary`),
  );
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

export default async function HelpTopicRoute({ params }: PageProps<"/[locale]/help/[topic]">) {
  const { locale, topic } = await params;
  if (!hasLocale(routing.locales, locale) || !isHelpTopic(topic)) notFound();
  setRequestLocale(locale);
  return (
    <HelpTopicPage locale={locale} topic={topic}>
      <TopicExtras locale={locale} topic={topic} />
    </HelpTopicPage>
  );
}
