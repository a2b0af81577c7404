import type { DailyClose } from "@/domain/payments/get-daily-close";
import { Money } from "../money";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

export interface DailyCloseWords {
  officeName: (office: string | null) => string;
  service: (service: "soci" | "eds") => string;
  method: (method: "megapay" | "cash" | "bank", reversal: boolean) => string;
  columns: { service: string; method: string; count: string; sum: string };
  officeTotal: string;
  grandTotal: string;
  invoicesPaid: (count: number, amountTyiyn: number) => string;
  signaturesIssued: (count: number) => string;
  nothing: string;
}

// The day's money, one table per office (the till checks its own), then the day's total.
// Server-rendered, printable as it is.
export function DailyCloseReport({ close, words }: { close: DailyClose; words: DailyCloseWords }) {
  if (close.offices.length === 0) return <p data-testid="close-nothing">{words.nothing}</p>;
  const columns = [
    { label: words.columns.service },
    { label: words.columns.method },
    { label: words.columns.count, numeric: true },
    { label: words.columns.sum, numeric: true },
  ];
  return (
    <div className="space-y-8">
      {close.offices.map((office) => (
        <section
          key={office.office ?? "none"}
          data-testid={`close-office-${office.office ?? "none"}`}
          className="space-y-2 print:break-inside-avoid"
        >
          <h2 className="text-xl font-bold">{words.officeName(office.office)}</h2>
          {office.lines.length > 0 && (
            <OfficeTable label={words.officeName(office.office)} columns={columns} minWidth="28rem">
              {office.lines.map((line) => (
                <tr key={`${line.service}-${line.method}-${line.reversal}`} className={rowClass}>
                  <td className={cell}>{words.service(line.service)}</td>
                  <td className={cell}>{words.method(line.method, line.reversal)}</td>
                  <td className={numericCell}>{line.count}</td>
                  <td className={numericCell}>
                    <Money tyiyn={line.sumTyiyn} />
                  </td>
                </tr>
              ))}
              <tr className="font-bold">
                <td className={cell} colSpan={2}>
                  {words.officeTotal}
                </td>
                <td className={numericCell}>{office.total.count}</td>
                <td className={numericCell}>
                  <Money tyiyn={office.total.sumTyiyn} />
                </td>
              </tr>
            </OfficeTable>
          )}
          <p className="text-slate-800">
            {words.invoicesPaid(office.invoicesPaid.count, office.invoicesPaid.amountTyiyn)} ·{" "}
            {words.signaturesIssued(office.signaturesIssued)}
          </p>
        </section>
      ))}
      <p data-testid="close-total" className="rounded-lg bg-slate-100 p-4 text-lg font-bold">
        {words.grandTotal}: {close.total.count} · <Money tyiyn={close.total.sumTyiyn} />
      </p>
    </div>
  );
}
