import { getTranslations } from "next-intl/server";
import type { AuditFilter, AuditRow } from "@/domain/audit/list-audit-events";
import type { AuditAction } from "@/domain/audit/record-audit-event";
import { formatBishkekDateTime } from "@/lib/dates";
import { inputClass } from "../registration/field";
import { cell, OfficeTable, rowClass } from "./office-table";

// The audit log with its filters (a GET form) and the older page's link.
export async function AuditLog({
  locale,
  filter,
  rows,
  nextBefore,
  actions,
}: {
  // Every action that can be filtered by (from the domain, through the page).
  actions: readonly AuditAction[];
  locale: string;
  filter: AuditFilter;
  rows: AuditRow[];
  nextBefore: number | null;
}) {
  const t = await getTranslations("office");
  const base = `/${locale}/office/audit`;
  const older = new URLSearchParams(
    Object.entries({ ...filter, before: nextBefore ?? undefined }).flatMap(([k, v]) =>
      v === undefined ? [] : [[k, String(v)]],
    ),
  );
  const c = (key: string) => ({ label: t(`audit.columns.${key}` as "audit.columns.at") });
  return (
    <div className="space-y-6">
      <form
        method="get"
        action={base}
        className="grid gap-4 rounded-lg border border-slate-300 p-4 sm:grid-cols-4"
      >
        <label className="font-semibold">
          {t("audit.actor")}
          <input type="search" name="actor" defaultValue={filter.actor} className={inputClass} />
        </label>
        <label className="font-semibold">
          {t("audit.action")}
          <select name="action" defaultValue={filter.action ?? ""} className={inputClass}>
            <option value="">{t("audit.anyAction")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
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
        </div>
      </form>
      {rows.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <OfficeTable
          label={t("audit.title")}
          minWidth="64rem"
          columns={[c("at"), c("actor"), c("action"), c("subject"), c("before"), c("after")]}
        >
          {rows.map((e) => (
            <tr key={e.id} className={`${rowClass} align-top`} data-testid="audit-row">
              <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatBishkekDateTime(e.at)}</td>
              <td className={cell}>{e.actorEmail}</td>
              <td className={cell}>{t(`actions.${e.action as "client.imported"}`)}</td>
              <td className={`${cell} font-mono`}>
                {e.subjectType} {e.subjectId}
              </td>
              <td className={`${cell} max-w-xs break-words font-mono text-xs`}>{e.before}</td>
              <td className={`${cell} max-w-xs break-words font-mono text-xs`}>{e.after}</td>
            </tr>
          ))}
        </OfficeTable>
      )}
      {nextBefore && (
        <a href={`${base}?${older}`} className="font-semibold text-brand-700 underline">
          {t("older")}
        </a>
      )}
    </div>
  );
}
