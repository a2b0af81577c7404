import { getTranslations } from "next-intl/server";
import {
  DetailRows,
  recipientRows,
  type TransferRecipient,
} from "@/components/invoice/invoice-bank-transfer";
import type { Locale } from "@/i18n/routing";

// What some help pages show beside their questions: RuToken and E-Cloud side by side, the
// company's bank details, what to bring to the office (each from the back office's settings,
// where only the company knows it), and the laws.

export async function RutokenOrCloud({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "help.rutoken-or-cloud" });
  const rows = ["stored", "sign", "carry"] as const;
  return (
    <section aria-labelledby="compare-title" className="mt-8">
      <h2 id="compare-title" className="text-xl font-bold">
        {t("compareTitle")}
      </h2>
      <table
        className="mt-2 w-full border-collapse text-left text-sm sm:text-base"
        data-testid="help-compare"
      >
        <caption className="sr-only">{t("compareCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <td />
            <th scope="col" className="py-2 pr-3">
              {t("columnRutoken")}
            </th>
            <th scope="col" className="py-2">
              {t("columnCloud")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-semibold">
                {t(`compareRows.${row}.label`)}
              </th>
              <td className="py-2 pr-3">{t(`compareRows.${row}.rutoken`)}</td>
              <td className="py-2">{t(`compareRows.${row}.cloud`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export async function BankDetailsList({
  locale,
  recipient,
}: {
  locale: Locale;
  recipient: TransferRecipient | null;
}) {
  const t = await getTranslations({ locale, namespace: "help.payment" });
  const labels = await getTranslations({ locale, namespace: "invoice.transfer" });

  return (
    <section aria-labelledby="bank-title" className="mt-8" data-testid="help-bank">
      <h2 id="bank-title" className="text-xl font-bold">
        {t("bankTitle")}
      </h2>
      {recipient ? (
        <DetailRows rows={recipientRows(recipient, labels)} />
      ) : (
        <p className="mt-2">{t("bankNotSet")}</p>
      )}
      <h3 className="mt-4 font-semibold">{t("codesTitle")}</h3>
      <p className="mt-1">{t("codes")}</p>
    </section>
  );
}

export async function DocumentsToBring({ locale, text }: { locale: Locale; text: string }) {
  const t = await getTranslations({ locale, namespace: "help.documents" });
  return (
    <section className="mt-6" data-testid="help-documents">
      {text ? (
        <>
          <p>{t("lead")}</p>
          <p className="mt-3 whitespace-pre-line rounded-lg border border-slate-200 bg-slate-50 p-4 font-medium">
            {text}
          </p>
        </>
      ) : (
        <p>{t("notSet")}</p>
      )}
    </section>
  );
}

export async function LawsList({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "help.laws" });
  const laws = ["signature", "personal", "governance", "communication"] as const;
  return (
    <section className="mt-6">
      <p>{t("lead")}</p>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {laws.map((law) => (
          <li key={law}>{t(`items.${law}`)}</li>
        ))}
      </ul>
    </section>
  );
}
