import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { officeIds } from "@/config/offices";
import type { ExpiringSignature } from "@/domain/signatures/list-expiring-signatures";
import { tariffsLine } from "@/lib/tariffs-line";
import { formatBishkekDate } from "@/lib/dates";
import { FilterForm, FilterSelect } from "./filter-form";
import { cell, OfficeTable, rowClass } from "./office-table";
import { OlderLink } from "./older-link";

// Signatures to renew, by expiry date, with the office filter in the URL (a GET form) and the
// same rows as CSV. Each row leads to its client, to the renewal invoice if there is one, and
// otherwise, for staff who register clients, to issuing it.
export async function ExpiringSignatureList({
  base,
  office,
  rows,
  total,
  from,
  next,
  now,
  canRenew,
}: {
  base: string;
  office: string | undefined;
  rows: ExpiringSignature[];
  total: number;
  // The place of the first row shown, and of the next page's (null on the last page).
  from: number;
  next: number | null;
  now: Date;
  canRenew: boolean;
}) {
  const t = await getTranslations("office");
  const locale = await getLocale();
  const c = (key: string) => t(`signatures.columns.${key}` as "signatures.columns.client");
  const exportHref = `${base}/export${office ? `?office=${office}` : ""}`;
  return (
    <div className="space-y-6">
      <FilterForm
        action={base}
        legend={t("signatures.filters")}
        columns={4}
        labels={{ apply: t("apply"), reset: t("reset") }}
        extra={
          <a href={exportHref} className="font-semibold text-brand-700 underline" download>
            {t("signatures.export")}
          </a>
        }
      >
        <FilterSelect
          name="office"
          label={t("office")}
          value={office}
          any={t("anyOffice")}
          options={officeIds.map((o) => ({ value: o, label: t(`offices.${o}`) }))}
        />
      </FilterForm>
      <p data-testid="expiring-total">
        {t("signatures.total", {
          count: total,
          first: rows.length === 0 ? 0 : from + 1,
          last: from + rows.length,
        })}
      </p>
      {rows.length === 0 ? (
        <p>{t("signatures.empty")}</p>
      ) : (
        <OfficeTable
          label={t("signatures.title")}
          minWidth="60rem"
          columns={[
            { label: c("validTo") },
            { label: c("client") },
            { label: c("renewal") },
            { label: c("phone") },
            { label: c("tariff") },
            { label: c("office") },
          ]}
        >
          {rows.map((s) => (
            <tr key={s.id} className={rowClass} data-testid="expiring-row">
              <td className={`${cell} whitespace-nowrap tabular-nums`}>
                {formatBishkekDate(s.validTo)}
                <span className="block text-sm text-slate-600">
                  {s.validTo < now ? t("signatures.expired") : t("signatures.expires")}
                </span>
              </td>
              <td className={cell}>
                <Link href={`/office/clients/${s.client.inn}`} className="text-brand-700 underline">
                  {s.client.name}
                </Link>
                <span className="block font-mono text-sm">{s.client.inn}</span>
              </td>
              <td className={cell}>
                {t(`signatures.renewalStates.${s.renewal.state}`)}
                {s.renewal.invoiceNumber && s.renewal.applicationId !== null ? (
                  <Link
                    href={`/office/applications/${s.renewal.applicationId}`}
                    className="block font-mono text-sm text-brand-700 underline"
                  >
                    № {s.renewal.invoiceNumber}
                  </Link>
                ) : (
                  canRenew && (
                    <Link
                      href={`/office/register?renew=${s.client.inn}&signature=${s.id}`}
                      className="block text-sm text-brand-700 underline"
                    >
                      {t("signatures.issueRenewal")}
                    </Link>
                  )
                )}
              </td>
              <td className={`${cell} whitespace-nowrap font-mono`}>
                <a href={`tel:${s.client.phone}`} className="text-brand-700 underline">
                  {s.client.phone}
                </a>
              </td>
              <td className={cell}>{tariffsLine(s.tariffs, locale)}</td>
              <td className={cell}>{t(`offices.${s.office as "osh"}`)}</td>
            </tr>
          ))}
        </OfficeTable>
      )}
      <OlderLink base={base} params={{ office }} before={next} name="from" label={t("signatures.more")} />
    </div>
  );
}
