import { getTranslations } from "next-intl/server";
import type { AuditFilter, AuditRow } from "@/domain/audit/list-audit-events";
import type { AuditAction } from "@/domain/audit/record-audit-event";
import { formatBishkekDateTime } from "@/lib/dates";
import { inputClass } from "../registration/field";
import { FilterDay, FilterForm, FilterSelect } from "./filter-form";
import { cell, OfficeTable, rowClass } from "./office-table";
import { OlderLink } from "./older-link";

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

  const c = (key: string) => ({ label: t(`audit.columns.${key}` as "audit.columns.at") });
  return (
    <div className="space-y-6">
      <FilterForm
        action={base}
        legend={t("audit.title")}
        columns={4}
        labels={{ apply: t("apply"), reset: t("reset") }}
      >
        <label className="font-semibold">
          {t("audit.actor")}
          <input type="search" name="actor" defaultValue={filter.actor} className={inputClass} />
        </label>
        <FilterSelect
          name="action"
          label={t("audit.action")}
          value={filter.action}
          any={t("audit.anyAction")}
          // Too large a union of keys for next-intl's types: messages.test.ts checks every action.
          options={[
            { value: "access", label: t("audit.allAccess") },
            ...actions.map((a) => ({ value: a, label: t(`actions.${a}` as "actions.staff.added") })),
          ]}
        />
        <FilterDay name="from" label={t("from")} value={filter.from} />
        <FilterDay name="to" label={t("to")} value={filter.to} />
      </FilterForm>
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
      <OlderLink
        base={base}
        params={{ ...filter, before: undefined }}
        before={nextBefore}
        label={t("older")}
      />
    </div>
  );
}
