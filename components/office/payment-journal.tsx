import { getTranslations } from "next-intl/server";
import { OfficeTable } from "./office-table";
import type { PaymentJournalPage } from "@/domain/payments/list-payments";
import type { PaymentJournalFilter } from "@/domain/payments/payment-journal-filter";
import { formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount, toDecimalSom } from "@/lib/money";
import { officeIds } from "@/config/offices";
import { Link } from "@/i18n/navigation";
import { inputClass } from "../registration/field";
import { FilterDay, FilterForm, FilterSelect } from "./filter-form";

const query = (filter: PaymentJournalFilter, extra: Record<string, string | number | undefined> = {}) => {
  const params = new URLSearchParams();
  const amount = filter.amount === undefined ? undefined : toDecimalSom(filter.amount);
  for (const [key, value] of Object.entries({ ...filter, amount, before: undefined, ...extra })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
};

// The journal: a GET form of filters (bookmarkable, works without JavaScript), the totals of
// everything it selects, a page of rows and a link to the older ones.
export async function PaymentJournal({
  locale,
  filter,
  page,
}: {
  locale: string;
  filter: PaymentJournalFilter;
  page: PaymentJournalPage;
}) {
  const t = await getTranslations("office.payments");
  const tOffice = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const money = (tyiyn: number) => tCommon("money", { amount: formatSomAmount(tyiyn) });
  const base = `/${locale}/office/payments`;
  return (
    <div className="space-y-6">
      <FilterForm
        action={base}
        legend={t("filters")}
        columns={4}
        labels={{ apply: t("apply"), reset: t("reset") }}
        extra={
          <a
            href={`${base}/export${query(filter)}`}
            className="font-semibold text-brand-700 underline"
            download
          >
            {t("export")}
          </a>
        }
      >
        <FilterDay name="from" label={t("from")} value={filter.from} />
        <FilterDay name="to" label={t("to")} value={filter.to} />
        <FilterSelect
          name="service"
          label={t("service")}
          value={filter.service}
          any={t("anyService")}
          options={(["soci", "eds"] as const).map((v) => ({ value: v, label: t(`services.${v}`) }))}
        />
        <FilterSelect
          name="method"
          label={t("method")}
          value={filter.method}
          any={t("anyMethod")}
          options={(["megapay", "cash", "bank"] as const).map((m) => ({
            value: m,
            label: t(`methods.${m}`),
          }))}
        />
        <FilterSelect
          name="office"
          label={tOffice("office")}
          value={filter.office}
          any={tOffice("anyOffice")}
          options={officeIds.map((o) => ({ value: o, label: tOffice(`offices.${o}`) }))}
        />
        <label className="font-semibold">
          {t("amount")}
          <input
            name="amount"
            inputMode="decimal"
            defaultValue={filter.amount === undefined ? "" : toDecimalSom(filter.amount)}
            className={inputClass}
          />
        </label>
        <label className="font-semibold sm:col-span-2">
          {t("search")}
          <input
            type="search"
            name="q"
            defaultValue={filter.q}
            aria-describedby="q-hint"
            className={inputClass}
          />
          <span id="q-hint" className="mt-1 block text-sm font-normal text-slate-600">
            {t("searchHint")}
          </span>
        </label>
      </FilterForm>
      <p data-testid="journal-totals" className="font-semibold">
        {t("totals", { count: page.totals.count, sum: money(page.totals.sumTyiyn) })}
      </p>
      {page.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <OfficeTable
          label={t("title")}
          minWidth="56rem"
          columns={(["time", "service", "method", "office", "account", "client", "sum", "txn"] as const).map(
            (c) => ({ label: t(`columns.${c}`), numeric: c === "sum" }),
          )}
        >
          {page.rows.map((row) => (
            <tr key={row.id} data-testid="journal-row" className="border-b border-slate-200">
              <td className="whitespace-nowrap px-2 py-2 tabular-nums">
                <Link href={`/office/payments/${row.id}`} className="text-brand-700 underline">
                  {formatBishkekDateTime(row.receivedAt)}
                </Link>
              </td>
              <td className="px-2 py-2">{t(`services.${row.service}`)}</td>
              <td className="px-2 py-2">{t(`methods.${row.method}`)}</td>
              <td className="px-2 py-2">{row.office ? tOffice(`offices.${row.office as "osh"}`) : ""}</td>
              <td className="px-2 py-2 font-mono">{row.account}</td>
              <td className="px-2 py-2">{row.clientName}</td>
              <td className="whitespace-nowrap px-2 py-2 text-right tabular-nums">{money(row.sumTyiyn)}</td>
              <td className="px-2 py-2 font-mono">
                {row.reversesId === null
                  ? row.reference
                  : tOffice("requests.reverses", { id: row.reversesId })}
              </td>
            </tr>
          ))}
        </OfficeTable>
      )}
      {page.nextBefore && (
        <a
          href={`${base}${query(filter, { before: page.nextBefore })}`}
          className="font-semibold text-brand-700 underline"
        >
          {t("older")}
        </a>
      )}
    </div>
  );
}
