import { getTranslations } from "next-intl/server";
import type { BankStatementSummary } from "@/domain/bank-statements/get-bank-statement";
import { Link } from "@/i18n/navigation";
import { formatBishkekDate, formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

// The latest statements, newest first, each linking to its report.
export async function BankStatementList({ statements }: { statements: BankStatementSummary[] }) {
  const t = await getTranslations("office.bank");
  const tCommon = await getTranslations("common");
  if (statements.length === 0) return <p>{t("statementsEmpty")}</p>;
  const period = (s: BankStatementSummary) =>
    s.periodStart && s.periodEnd
      ? `${formatBishkekDate(s.periodStart)} – ${formatBishkekDate(s.periodEnd)}`
      : "—";
  return (
    <OfficeTable
      label={t("statementsTitle")}
      minWidth="40rem"
      columns={[
        { label: t("statementColumns.uploaded") },
        { label: t("statementColumns.file") },
        { label: t("statementColumns.period") },
        { label: t("statementColumns.incoming"), numeric: true },
        { label: t("statementColumns.sum"), numeric: true },
      ]}
    >
      {statements.map((s) => (
        <tr key={s.id} className={rowClass}>
          <td className={cell}>
            <Link href={`/office/bank/${s.id}`} className="font-semibold text-brand-700 underline">
              {formatBishkekDateTime(s.uploadedAt)}
            </Link>
          </td>
          <td className={`${cell} break-all`}>
            {s.fileName} ({t(`formats.${s.format}`)})
            {s.keptCount < s.incomingCount && (
              <p className="font-semibold text-red-900">
                {t("keptPartly", { kept: s.keptCount, count: s.incomingCount })}
              </p>
            )}
          </td>
          <td className={cell}>{period(s)}</td>
          <td className={numericCell}>{s.incomingCount}</td>
          <td className={numericCell}>{tCommon("money", { amount: formatSomAmount(s.incomingTyiyn) })}</td>
        </tr>
      ))}
    </OfficeTable>
  );
}
