import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MoneyRequestRow } from "@/domain/money-requests/list-money-requests";
import { formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

// Money requests in a table: what, how much, for whom, who asked and when, and where it stands.
export async function MoneyRequestList({ rows, label }: { rows: MoneyRequestRow[]; label: string }) {
  const t = await getTranslations("office.requests");
  const tCommon = await getTranslations("common");
  if (rows.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  const c = (key: "number" | "kind" | "amount" | "client" | "reason" | "askedBy" | "askedAt" | "state") =>
    t(`columns.${key}`);
  return (
    <OfficeTable
      label={label}
      columns={[
        { label: c("number") },
        { label: c("kind") },
        { label: c("amount"), numeric: true },
        { label: c("client") },
        { label: c("reason") },
        { label: c("askedBy") },
        { label: c("askedAt") },
        { label: c("state") },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} className={rowClass} data-testid="request-row">
          <td className={cell}>
            <Link href={`/office/requests/${r.id}`} className="font-semibold text-brand-700 underline">
              {r.id}
            </Link>
          </td>
          <td className={cell}>{t(`kinds.${r.kind}`)}</td>
          <td className={numericCell}>{tCommon("money", { amount: formatSomAmount(r.amountTyiyn) })}</td>
          <td className={cell}>
            {r.client ? (
              <>
                {r.client.name} <span className="font-mono">{r.client.inn}</span>
              </>
            ) : (
              "—"
            )}
          </td>
          <td className={cell}>{r.reason}</td>
          <td className={cell}>{r.requestedByEmail}</td>
          <td className={cell}>{formatBishkekDateTime(r.requestedAt)}</td>
          <td className={cell}>{t(`states.${r.state}`)}</td>
        </tr>
      ))}
    </OfficeTable>
  );
}
