import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ClientRow } from "@/domain/clients/list-clients";
import { formatSomAmount } from "@/lib/money";
import { formatKyrgyzPhone } from "@/lib/phone";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

export async function ClientList({ rows }: { rows: ClientRow[] }) {
  const t = await getTranslations("office.clients");
  const tCommon = await getTranslations("common");
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <OfficeTable
      label={t("title")}
      columns={[
        { label: t("columns.inn") },
        { label: t("columns.name") },
        { label: t("columns.phone") },
        { label: t("columns.soci") },
        { label: t("columns.balance"), numeric: true },
      ]}
    >
      {rows.map((c) => (
        <tr key={c.id} className={rowClass} data-testid="client-row">
          <td className={`${cell} font-mono`}>
            <Link href={`/office/clients/${c.inn}`} className="text-brand-700 underline">
              {c.inn}
            </Link>
          </td>
          <td className={cell}>{c.name}</td>
          <td className={`${cell} whitespace-nowrap`}>{c.phone ? formatKyrgyzPhone(c.phone) : "—"}</td>
          <td className={cell}>{c.sociConnected ? t("connected") : t("notConnected")}</td>
          <td className={numericCell}>{tCommon("money", { amount: formatSomAmount(c.balanceTyiyn) })}</td>
        </tr>
      ))}
    </OfficeTable>
  );
}
