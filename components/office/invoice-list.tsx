import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { InvoiceRow } from "@/domain/invoices/list-invoices";
import { formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

// Invoices found by number, INN or buyer's name; each leads to its application (where it is
// cancelled) and to the invoice itself.
export async function InvoiceList({ rows }: { rows: InvoiceRow[] }) {
  const t = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const money = (tyiyn: number) => tCommon("money", { amount: formatSomAmount(tyiyn) });
  const c = (key: string) => ({ label: t(`invoices.columns.${key}` as "invoices.columns.number") });
  if (rows.length === 0) return <p>{t("invoices.empty")}</p>;
  return (
    <OfficeTable
      label={t("invoices.title")}
      minWidth="60rem"
      columns={[
        c("number"),
        c("buyer"),
        c("inn"),
        c("office"),
        c("issued"),
        { ...c("amount"), numeric: true },
        { ...c("paid"), numeric: true },
        c("status"),
      ]}
    >
      {rows.map((i) => (
        <tr key={i.id} className={rowClass} data-testid="invoice-row">
          <td className={`${cell} font-mono`}>
            {i.applicationId ? (
              <Link href={`/office/applications/${i.applicationId}`} className="text-brand-700 underline">
                {i.number}
              </Link>
            ) : (
              i.number
            )}
          </td>
          <td className={cell}>{i.buyerName}</td>
          <td className={`${cell} font-mono`}>
            <Link href={`/office/clients/${i.buyerInn}`} className="text-brand-700 underline">
              {i.buyerInn}
            </Link>
          </td>
          <td className={cell}>{i.office ? t(`offices.${i.office as "osh"}`) : t("noOffice")}</td>
          <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatBishkekDateTime(i.issuedAt)}</td>
          <td className={numericCell}>{money(i.amountTyiyn)}</td>
          <td className={numericCell}>{money(i.paidTyiyn)}</td>
          <td className={cell}>{t(`invoiceStatuses.${i.status}`)}</td>
        </tr>
      ))}
    </OfficeTable>
  );
}
