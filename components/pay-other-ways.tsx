import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

// For payers without the MegaPay wallet (../shared/docs/company-facts.md, "Ways to pay"): a bank
// transfer with the company's payment codes, cash at an office's till, and for SOChI the
// terminals. On the home page and in the guide.
export async function PayOtherWays({ locale, headingLevel = 2 }: { locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale, namespace: "payOther" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section id="other-ways" aria-labelledby="other-ways-title" data-testid="pay-other-ways">
      <Heading id="other-ways-title" className="text-2xl font-bold">
        {t("title")}
      </Heading>
      <p className="mt-2">{t("lead")}</p>
      <ul className="mt-2 list-disc space-y-1.5 pl-6">
        <li>{t("bank")}</li>
        <li>{t("cash")}</li>
        <li>{t("terminals")}</li>
      </ul>
    </section>
  );
}
