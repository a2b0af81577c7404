import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { officeIds, type OfficeId } from "@/config/offices";
import type { TariffView } from "@/domain/tariffs/list-active-tariffs";
import { localeHref } from "@/i18n/locale-href";
import type { Locale } from "@/i18n/routing";
import { formatSomAmount } from "@/lib/money";
import { tariffName } from "@/lib/tariffs-line";

const labelKeys = [
  "required",
  "optional",
  "clientType",
  "clientTypeLegal",
  "clientTypeEntrepreneur",
  "inn",
  "innHint",
  "organizationName",
  "headName",
  "phone",
  "phoneHint",
  "email",
  "office",
  "tariffs",
  "tariffsHint",
  "quantityShort",
  "consent",
  "consentHint",
  "botTrap",
  "submit",
  "submitting",
  "errorSummary",
] as const;

export type RegistrationLabel = (typeof labelKeys)[number];

// Everything the registration form says, translated on the server and handed to the form as
// props, as the back office's forms get theirs: the form then needs no translation code in the
// browser (issue 25). Its errors come in words from the action (registration-error-texts.ts).
export interface RegistrationWords {
  labels: Record<RegistrationLabel, string>;
  // "Which signature to choose" with its link to the help page.
  tariffsHelp: ReactNode;
  offices: { value: OfficeId; label: string }[];
  tariffs: { code: string; name: string; price: string; quantityLabel: string }[];
}

export async function registrationWords({
  locale,
  tariffs,
}: {
  locale: Locale;
  tariffs: TariffView[];
}): Promise<RegistrationWords> {
  const t = await getTranslations({ locale, namespace: "register" });
  const tOffices = await getTranslations({ locale, namespace: "offices" });
  const tCommon = await getTranslations({ locale, namespace: "common" });
  return {
    labels: Object.fromEntries(labelKeys.map((key) => [key, t(key)])) as Record<RegistrationLabel, string>,
    tariffsHelp: t.rich("tariffsHelp", {
      link: (chunks) => (
        <Link
          href={localeHref(locale, "/help/rutoken-or-cloud")}
          prefetch={false}
          className="text-brand-700 underline underline-offset-2"
        >
          {chunks}
        </Link>
      ),
    }),
    offices: officeIds.map((id) => ({ value: id, label: tOffices(`${id}.name`) })),
    tariffs: tariffs.map((tariff) => {
      const name = tariffName(tariff, locale);
      return {
        code: tariff.code,
        name,
        price: tCommon("money", { amount: formatSomAmount(tariff.priceTyiyn) }),
        quantityLabel: t("quantity", { name }),
      };
    }),
  };
}
