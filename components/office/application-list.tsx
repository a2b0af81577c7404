import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { officeIds } from "@/config/offices";
import type { ApplicationFilter } from "@/domain/applications/application-filter";
import type { ApplicationStage } from "@/domain/applications/application-stage";
import type { ApplicationRow } from "@/domain/applications/list-applications";
import { formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { inputClass } from "../registration/field";
import { FilterDay, FilterForm, FilterSelect } from "./filter-form";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";
import { OlderLink } from "./older-link";

// Applications with their filters in the URL (a GET form), newest first.
export async function ApplicationList({
  locale,
  filter,
  rows,
  nextBefore,
  stages,
}: {
  // Every stage, in order (from the domain, through the page).
  stages: readonly ApplicationStage[];
  locale: string;
  filter: ApplicationFilter;
  rows: ApplicationRow[];
  nextBefore: number | null;
}) {
  const t = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const base = `/${locale}/office/applications`;
  const c = (key: string) => t(`applications.columns.${key}` as "applications.columns.client");
  return (
    <div className="space-y-6">
      <FilterForm
        action={base}
        legend={t("applications.filters")}
        columns={5}
        labels={{ apply: t("apply"), reset: t("reset") }}
      >
        <FilterSelect
          name="stage"
          label={t("applications.stage")}
          value={filter.stage}
          any={t("applications.anyStage")}
          options={stages.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
        />
        <FilterSelect
          name="office"
          label={t("office")}
          value={filter.office}
          any={t("anyOffice")}
          options={officeIds.map((o) => ({ value: o, label: t(`offices.${o}`) }))}
        />
        <FilterDay name="from" label={t("from")} value={filter.from} />
        <FilterDay name="to" label={t("to")} value={filter.to} />
        <label className="font-semibold">
          {t("search")}
          <input
            type="search"
            name="q"
            defaultValue={filter.q?.value}
            aria-describedby="q-hint"
            className={inputClass}
          />
          <span id="q-hint" className="mt-1 block text-sm font-normal text-slate-600">
            {t("applications.searchHint")}
          </span>
        </label>
      </FilterForm>
      {rows.length === 0 ? (
        <p>{t("applications.empty")}</p>
      ) : (
        <OfficeTable
          label={t("applications.title")}
          minWidth="60rem"
          columns={[
            { label: c("created") },
            { label: c("client") },
            { label: c("inn") },
            { label: c("office") },
            { label: c("channel") },
            { label: c("stage") },
            { label: c("invoice") },
            { label: c("amount"), numeric: true },
          ]}
        >
          {rows.map((a) => (
            <tr key={a.id} className={rowClass} data-testid="application-row">
              <td className={`${cell} whitespace-nowrap tabular-nums`}>
                {formatBishkekDateTime(a.createdAt)}
              </td>
              <td className={cell}>
                <Link
                  href={`/office/applications/${a.id}`}
                  className="font-semibold text-brand-700 underline"
                >
                  {a.organizationName}
                </Link>
              </td>
              <td className={`${cell} font-mono`}>{a.inn}</td>
              <td className={cell}>{t(`offices.${a.office as "osh"}`)}</td>
              <td className={cell}>{t(`channels.${a.channel}`)}</td>
              <td className={cell}>{t(`stages.${a.stage}`)}</td>
              <td className={`${cell} font-mono`}>{a.invoiceNumber}</td>
              <td className={numericCell}>
                {a.amountTyiyn === null ? "" : tCommon("money", { amount: formatSomAmount(a.amountTyiyn) })}
              </td>
            </tr>
          ))}
        </OfficeTable>
      )}
      <OlderLink
        base={base}
        params={{ ...filter, q: filter.q?.value, before: undefined }}
        before={nextBefore}
        label={t("older")}
      />
    </div>
  );
}
