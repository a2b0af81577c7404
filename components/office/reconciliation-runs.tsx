import { getTranslations } from "next-intl/server";
import type { ReconciliationRunSummary } from "@/domain/reconciliation/list-reconciliations";
import { Link } from "@/i18n/navigation";
import { formatBishkekDate, formatBishkekDateTime } from "@/lib/dates";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

const lastDay = (end: Date) => new Date(end.getTime() - 1);

// The latest reconciliations, with what is still open in each (payments missing here in red).
export async function ReconciliationRuns({ runs }: { runs: ReconciliationRunSummary[] }) {
  const t = await getTranslations("office.reconciliation");
  if (runs.length === 0) return <p>{t("runsEmpty")}</p>;
  return (
    <OfficeTable
      label={t("runsTitle")}
      columns={[
        { label: t("runColumns.uploaded") },
        { label: t("runColumns.file") },
        { label: t("runColumns.period") },
        { label: t("runColumns.rows"), numeric: true },
        { label: t("runColumns.missingHere"), numeric: true },
        { label: t("runColumns.unresolved"), numeric: true },
      ]}
    >
      {runs.map((run) => (
        <tr key={run.id} className={rowClass} data-testid="reconciliation-run">
          <td className={`${cell} whitespace-nowrap`}>
            <Link href={`/office/reconciliation/${run.id}`} className="text-brand-700 underline">
              {formatBishkekDateTime(run.uploadedAt)}
            </Link>
          </td>
          <td className={`${cell} break-all`}>{run.fileName}</td>
          <td className={`${cell} whitespace-nowrap`}>
            {formatBishkekDate(run.periodStart)} – {formatBishkekDate(lastDay(run.periodEnd))}
          </td>
          <td className={numericCell}>{run.rows}</td>
          <td className={`${numericCell} ${run.missingHere > 0 ? "font-bold text-red-800" : ""}`}>
            {run.missingHere}
          </td>
          <td className={numericCell}>{run.unresolved}</td>
        </tr>
      ))}
    </OfficeTable>
  );
}
