import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { offices } from "@/config/offices";
import { formatKyrgyzPhone } from "@/lib/phone";

export async function OfficeList({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "offices" });
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {offices.map((office) => (
        <li key={office.id} className="rounded-xl border border-slate-200 p-4">
          <h3 className="text-lg font-semibold">{t(`${office.id}.name`)}</h3>
          {!office.confirmed && (
            <p className="mt-1 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
              {t("placeholderNote")}
            </p>
          )}
          <dl className="mt-2 space-y-1 text-sm">
            <div>
              <dt className="inline font-medium">{t("addressLabel")}: </dt>
              <dd className="inline">{t(`${office.id}.address`)}</dd>
            </div>
            <div>
              <dt className="inline font-medium">{t("phoneLabel")}: </dt>
              <dd className="inline">
                {office.phone ? (
                  <a href={`tel:${office.phone}`} className="text-brand-700 underline">
                    {formatKyrgyzPhone(office.phone)}
                  </a>
                ) : (
                  t("phoneUnknown")
                )}
              </dd>
            </div>
            <div>
              <dt className="inline font-medium">{t("hoursLabel")}: </dt>
              <dd className="inline">{t(`${office.id}.hours`)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
