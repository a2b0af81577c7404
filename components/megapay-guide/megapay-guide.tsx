import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { megapayHelpUrl } from "@/config/megapay-wallet";
import { Link } from "@/i18n/navigation";
import { helpLinks } from "../help/help-text";
import type { Locale } from "@/i18n/routing";
import { PayOtherWays } from "../pay-other-ways";
import { PrintButton } from "../print-button";
import {
  AccountFormScreen,
  CategoryScreen,
  DoneScreen,
  FavouritesScreen,
  InstallScreen,
  MainScreen,
  ServicesScreen,
} from "./guide-illustrations";
import { GuideStep } from "./guide-step";
import type { GuideTranslator } from "./guide-translator";
import { ClientIntl } from "../client-intl";
import { InnCheck } from "./inn-check";
import { InvoiceNumberFromQuery } from "./invoice-number-from-query";
import { walletLabelTag } from "./wallet-label";

const h2 = "text-2xl font-bold print:text-xl";
const section = "mt-10 scroll-mt-4 print:mt-4";

function GuideSection({
  id,
  anchor,
  title,
  headingClass = "",
  children,
}: {
  id: string;
  anchor?: string;
  title: string;
  headingClass?: string;
  children: ReactNode;
}) {
  return (
    <section id={anchor} aria-labelledby={`${id}-title`} className={section}>
      <h2 id={`${id}-title`} className={`${h2} ${headingClass}`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

// Steps 5–8 for one wallet service; `atAccountStep` is what helps at the step where the account
// is typed (the INN check, or the invoice number from the link).
function ServiceSection({
  t,
  service,
  atAccountStep,
}: {
  t: GuideTranslator;
  service: "soci" | "eds";
  atAccountStep: ReactNode;
}) {
  const step = (number: number) => t("stepLabel", { number });
  return (
    <GuideSection id={service} anchor={service} title={t(`${service}Title`)}>
      <p className="mt-2 text-slate-700">{t(`${service}Lead`)}</p>
      <ol>
        <GuideStep label={step(5)} picture={<ServicesScreen t={t} pick={service} />}>
          {t.rich(`${service}.step1`, walletLabelTag)}
        </GuideStep>
        <GuideStep label={step(6)} picture={<AccountFormScreen t={t} service={service} focus="account" />}>
          {t.rich(`${service}.step2`, walletLabelTag)}
          {atAccountStep}
        </GuideStep>
        <GuideStep label={step(7)} picture={<AccountFormScreen t={t} service={service} focus="amount" />}>
          {t.rich(`${service}.step3`, walletLabelTag)}
        </GuideStep>
        <GuideStep label={step(8)} picture={<DoneScreen t={t} service={service} />}>
          {t(`${service}.step4`)}
        </GuideStep>
      </ol>
    </GuideSection>
  );
}

// Rendered statically per locale, so the locale is passed explicitly (see page-shell.tsx).
export async function MegapayGuide({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "guide" });
  const step = (number: number) => t("stepLabel", { number });
  const troubles = ["notFound", "sum", "paid", "money", "status", "lost"] as const;

  return (
    <article className="mx-auto max-w-3xl px-4 py-8 print:max-w-none print:p-0">
      <h1 className="text-3xl font-bold print:text-2xl">{t("title")}</h1>
      <p className="mt-3 text-lg text-slate-800">{t("lead")}</p>
      <nav className="no-print mt-4 flex flex-col gap-2 sm:flex-row">
        <a
          href="#soci"
          className="rounded-lg border-2 border-brand-700 px-4 py-2.5 text-center font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("jumpSoci")}
        </a>
        <a
          href="#eds"
          className="rounded-lg border-2 border-brand-700 px-4 py-2.5 text-center font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("jumpEds")}
        </a>
      </nav>

      <GuideSection id="who" title={t("whoTitle")}>
        <p className="mt-2">{t("whoText")}</p>
        <p className="mt-2 rounded-lg bg-amber-50 p-3 font-medium text-amber-950">{t("whoBalance")}</p>
        <p className="mt-2 text-sm text-slate-700">{t.rich("labelsNote", walletLabelTag)}</p>
      </GuideSection>

      <GuideSection id="common" title={t("commonTitle")}>
        <ol>
          <GuideStep label={step(1)} picture={<InstallScreen t={t} />}>
            {t("common.step1")}
          </GuideStep>
          <GuideStep label={step(2)} picture={<MainScreen t={t} />}>
            {t.rich("common.step2", walletLabelTag)}
          </GuideStep>
          <GuideStep label={step(3)} picture={<CategoryScreen t={t} />}>
            {t.rich("common.step3", walletLabelTag)}
          </GuideStep>
          <GuideStep label={step(4)} picture={<ServicesScreen t={t} />}>
            {t.rich("common.step4", walletLabelTag)}
          </GuideStep>
        </ol>
      </GuideSection>

      {/* The two parts that run in the browser: the INN check and the invoice from the link. */}
      <ClientIntl locale={locale} island="guide">
        <ServiceSection
          t={t}
          service="soci"
          atAccountStep={
            <div className="mt-3">
              <InnCheck />
            </div>
          }
        />
        <ServiceSection
          t={t}
          service="eds"
          atAccountStep={
            <Suspense fallback={null}>
              <InvoiceNumberFromQuery />
            </Suspense>
          }
        />
      </ClientIntl>

      <GuideSection id="favourites" title={t("favouritesTitle")}>
        <div className="mt-2 flex flex-col gap-4 sm:flex-row sm:items-start">
          <div className="flex-1 space-y-3 text-lg">
            <p data-testid="favourites-soci">{t.rich("favouritesSoci", walletLabelTag)}</p>
            <p data-testid="favourites-eds">{t("favouritesEds")}</p>
          </div>
          <FavouritesScreen t={t} />
        </div>
      </GuideSection>

      <GuideSection id="trouble" title={t("troubleTitle")}>
        <dl className="mt-3 space-y-4">
          {troubles.map((key) => (
            <div key={key} className="print:break-inside-avoid">
              <dt className="font-semibold">{t(`trouble.${key}Q`)}</dt>
              <dd className="mt-1 text-slate-800">
                {t.rich(`trouble.${key}A`, {
                  link: (chunks) => (
                    <Link href="/invoice" locale={locale} className="font-semibold text-brand-700 underline">
                      {chunks}
                    </Link>
                  ),
                })}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-4">{t.rich("troubleMore", helpLinks(locale))}</p>
      </GuideSection>

      <GuideSection id="help" title={t("helpTitle")}>
        <p className="mt-2">
          {t("helpText")}{" "}
          <a
            href={megapayHelpUrl}
            className="break-words font-semibold text-brand-700 underline"
            rel="noopener"
          >
            {t("helpLink")}
          </a>
        </p>
      </GuideSection>

      <div className={section}>
        <PayOtherWays locale={locale} />
      </div>

      <GuideSection id="contacts" title={t("contactsTitle")} headingClass="mb-4">
        {/* The guide is static; the offices' details are set in the back office and shown on
            the home page, which reads them per request. */}
        <p>
          {t("contactsLead")}{" "}
          <Link href="/#offices" locale={locale} className="font-semibold text-brand-700 underline">
            {t("contactsLink")}
          </Link>
        </p>
      </GuideSection>

      <div className="mt-8">
        <PrintButton label={t("print")} />
      </div>
    </article>
  );
}
