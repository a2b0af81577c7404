import { getTranslations } from "next-intl/server";
import type { PaymentJournalPage } from "@/domain/payments/list-payments";
import type { PaymentJournalFilter } from "@/domain/payments/payment-journal-filter";
import { formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount, toDecimalSom } from "@/lib/money";
import { officeIds } from "@/config/offices";
import { Link } from "@/i18n/navigation";
import { inputClass } from "../registration/field";

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
      <form
        method="get"
        action={base}
        className="grid gap-4 rounded-lg border border-slate-300 p-4 sm:grid-cols-4"
      >
        <fieldset className="contents">
          <legend className="sr-only">{t("filters")}</legend>
          <label className="font-semibold">
            {t("from")}
            <input type="date" name="from" defaultValue={filter.from} className={inputClass} />
          </label>
          <label className="font-semibold">
            {t("to")}
            <input type="date" name="to" defaultValue={filter.to} className={inputClass} />
          </label>
          <label className="font-semibold">
            {t("service")}
            <select name="service" defaultValue={filter.service ?? ""} className={inputClass}>
              <option value="">{t("anyService")}</option>
              <option value="soci">{t("services.soci")}</option>
              <option value="eds">{t("services.eds")}</option>
            </select>
          </label>
          <label className="font-semibold">
            {t("method")}
            <select name="method" defaultValue={filter.method ?? ""} className={inputClass}>
              <option value="">{t("anyMethod")}</option>
              {(["megapay", "cash", "bank"] as const).map((m) => (
                <option key={m} value={m}>
                  {t(`methods.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="font-semibold">
            {tOffice("office")}
            <select name="office" defaultValue={filter.office ?? ""} className={inputClass}>
              <option value="">{tOffice("anyOffice")}</option>
              {officeIds.map((o) => (
                <option key={o} value={o}>
                  {tOffice(`offices.${o}`)}
                </option>
              ))}
            </select>
          </label>
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
        </fieldset>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-4">
          <button
            type="submit"
            className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            {t("apply")}
          </button>
          <a href={base} className="font-semibold text-brand-700 underline">
            {t("reset")}
          </a>
          <a
            href={`${base}/export${query(filter)}`}
            className="font-semibold text-brand-700 underline"
            download
          >
            {t("export")}
          </a>
        </div>
      </form>
      <p data-testid="journal-totals" className="font-semibold">
        {t("totals", { count: page.totals.count, sum: money(page.totals.sumTyiyn) })}
      </p>
      {page.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div role="region" aria-label={t("title")} tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-slate-400">
                {(["time", "service", "method", "office", "account", "client", "sum", "txn"] as const).map(
                  (c) => (
                    <th key={c} scope="col" className={`px-2 py-2 ${c === "sum" ? "text-right" : ""}`}>
                      {t(`columns.${c}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
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
                  <td className="whitespace-nowrap px-2 py-2 text-right tabular-nums">
                    {money(row.sumTyiyn)}
                  </td>
                  <td className="px-2 py-2 font-mono">{row.reference}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
