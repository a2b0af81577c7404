import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { OfficeDetails } from "@/domain/settings/get-site-settings";
import { formatKyrgyzPhone } from "@/lib/phone";

// The offices as an admin set them in the back office (office settings); whatever is not set
// yet reads "being confirmed" (messages offices.<id>.*).
export async function OfficeList({ locale, offices }: { locale: Locale; offices: OfficeDetails[] }) {
  const t = await getTranslations({ locale, namespace: "offices" });
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {offices.map((office) => {
        const address = office.address[locale] || t(`${office.office}.address`);
        const hours = office.hours[locale] || t(`${office.office}.hours`);
        const confirmed = Boolean(office.address[locale] && office.hours[locale] && office.phone);
        return (
          <li
            key={office.office}
            className="rounded-xl border border-slate-200 p-4"
            data-testid={`office-${office.office}`}
          >
            <h3 className="text-lg font-semibold">{t(`${office.office}.name`)}</h3>
            {!confirmed && (
              <p className="mt-1 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                {t("placeholderNote")}
              </p>
            )}
            <dl className="mt-2 space-y-1 text-sm">
              <div>
                <dt className="inline font-medium">{t("addressLabel")}: </dt>
                <dd className="inline">{address}</dd>
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
                <dd className="inline">{hours}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
