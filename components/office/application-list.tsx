import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { officeIds } from "@/config/offices";
import type { ApplicationFilter } from "@/domain/applications/application-filter";
import type { ApplicationStage } from "@/domain/applications/application-stage";
import type { ApplicationRow } from "@/domain/applications/list-applications";
import { formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { inputClass } from "../registration/field";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

const query = (filter: ApplicationFilter, before?: number) => {
  const params = new URLSearchParams();
  const values = { ...filter, q: filter.q?.value, before };
  for (const [key, value] of Object.entries(values)) if (value !== undefined) params.set(key, String(value));
  return `?${params.toString()}`;
};

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
      <form
        method="get"
        action={base}
        className="grid gap-4 rounded-lg border border-slate-300 p-4 sm:grid-cols-5"
      >
        <fieldset className="contents">
          <legend className="sr-only">{t("applications.filters")}</legend>
          <label className="font-semibold">
            {t("applications.stage")}
            <select name="stage" defaultValue={filter.stage ?? ""} className={inputClass}>
              <option value="">{t("applications.anyStage")}</option>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {t(`stages.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="font-semibold">
            {t("office")}
            <select name="office" defaultValue={filter.office ?? ""} className={inputClass}>
              <option value="">{t("anyOffice")}</option>
              {officeIds.map((o) => (
                <option key={o} value={o}>
                  {t(`offices.${o}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="font-semibold">
            {t("from")}
            <input type="date" name="from" defaultValue={filter.from} className={inputClass} />
          </label>
          <label className="font-semibold">
            {t("to")}
            <input type="date" name="to" defaultValue={filter.to} className={inputClass} />
          </label>
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
        </fieldset>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-5">
          <button
            type="submit"
            className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            {t("apply")}
          </button>
          <a href={base} className="font-semibold text-brand-700 underline">
            {t("reset")}
          </a>
        </div>
      </form>
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
      {nextBefore && (
        <a href={`${base}${query(filter, nextBefore)}`} className="font-semibold text-brand-700 underline">
          {t("older")}
        </a>
      )}
    </div>
  );
}
