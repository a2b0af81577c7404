import { useLocale, useTranslations } from "next-intl";
import type { SiteSettings } from "@/domain/settings/get-site-settings";
import type { TariffView } from "@/domain/tariffs/list-active-tariffs";
import { Link } from "@/i18n/navigation";
import { OfficeList } from "./office-list";
import { PayOtherWays } from "./pay-other-ways";
import { PriceList } from "./price-list";

const section = "mx-auto max-w-5xl px-4 py-10";

export function HomeContent({ tariffs, settings }: { tariffs: TariffView[]; settings: SiteSettings }) {
  const t = useTranslations("home");
  const tFooter = useTranslations("footer");
  const locale = useLocale();
  return (
    <>
      <section className="bg-brand-50">
        <div className={section}>
          <h1 className="text-3xl font-extrabold leading-tight text-brand-800 sm:text-4xl">
            {t("heroTitle")}
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-slate-800">{t("heroLead")}</p>
          <div className="mt-6 flex flex-col gap-3 sm:flex-row">
            <Link
              locale={locale}
              href="/register"
              className="rounded-lg bg-brand-700 px-5 py-3 text-center font-semibold text-white hover:bg-brand-800"
            >
              {t("ctaRegister")}
            </Link>
            <Link
              locale={locale}
              href="/megapay"
              className="rounded-lg border-2 border-brand-700 bg-white px-5 py-3 text-center font-semibold text-brand-800 hover:bg-brand-100"
            >
              {t("ctaGuide")}
            </Link>
          </div>
        </div>
      </section>

      <div className={`${section} grid gap-8 md:grid-cols-2`}>
        <section aria-labelledby="soci-title">
          <h2 id="soci-title" className="text-2xl font-bold">
            {t("sociTitle")}
          </h2>
          <p className="mt-3">{t("sociText")}</p>
          <p className="mt-3">{t("sociBalance")}</p>
          <Link
            locale={locale}
            href={{ pathname: "/megapay", hash: "soci" }}
            className="mt-3 inline-block py-1 font-semibold text-brand-700 underline"
          >
            {t("sociGuideLink")}
          </Link>
        </section>
        <section aria-labelledby="eds-title">
          <h2 id="eds-title" className="text-2xl font-bold">
            {t("edsTitle")}
          </h2>
          <p className="mt-3">{t("edsText")}</p>
          <p className="mt-3">{t("edsStorage")}</p>
          <p className="mt-3">{t("edsHowTo")}</p>
        </section>
      </div>

      <section aria-labelledby="prices-title" className={section}>
        <h2 id="prices-title" className="mb-4 text-2xl font-bold">
          {t("pricesTitle")}
        </h2>
        <PriceList tariffs={tariffs} />
      </section>

      <div className={section}>
        <PayOtherWays locale={locale} />
      </div>

      <section id="offices" aria-labelledby="offices-title" className={section}>
        <h2 id="offices-title" className="text-2xl font-bold">
          {t("officesTitle")}
        </h2>
        <p className="mt-2 font-semibold" data-testid="legal-name">
          {settings.legalName[locale] || tFooter("legalName")}
        </p>
        <p className="mb-4 mt-2 text-slate-700">{t("officesLead")}</p>
        <OfficeList locale={locale} offices={settings.offices} />
      </section>
    </>
  );
}
