import { stringify } from "csv-stringify/sync";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { recordExport } from "@/domain/audit/record-export";
import { getBankStatement, listStatementLines } from "@/domain/bank-statements/get-bank-statement";
import { NotAllowedError } from "@/domain/staff/staff-access";
import { routing } from "@/i18n/routing";
import { neutralizeCsvText, utf8Bom } from "@/lib/csv-cell";
import { formatBishkekDate } from "@/lib/dates";
import { toDecimalSom } from "@/lib/money";
import { staffForRoute } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };
const columns = [
  "line",
  "date",
  "number",
  "payer",
  "payerInn",
  "amount",
  "purpose",
  "outcome",
  "reason",
  "invoice",
  "payment",
] as const;

// A statement's report as CSV (UTF-8 with a BOM for Excel): every line, what it became and why
// it waits. Text from the bank is neutralized against spreadsheet formulas.
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/office/bank/[id]/export">) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale) || !/^\d{1,12}$/.test(id))
    return new Response(null, { status: 404 });
  const staff = await staffForRoute();
  if (staff instanceof Response) return staff;
  let report;
  try {
    report = await getBankStatement({ db: getDatabase(), actor: staff, id: Number(id) });
    if (report) report.lines = await listStatementLines({ db: getDatabase(), actor: staff, id: Number(id) });
  } catch (error) {
    if (error instanceof NotAllowedError) return new Response(null, { status: 403, headers: noStore });
    throw error;
  }
  if (!report) return new Response(null, { status: 404, headers: noStore });
  await recordExport({ db: getDatabase(), actor: staff, name: "bank-statement", filter: { id: Number(id) } });
  const t = await getTranslations({ locale, namespace: "office.bank" });
  const rows = [
    columns.map((c) => t(`csv.${c}`)),
    ...report.lines.map((l) => [
      String(l.line),
      formatBishkekDate(l.date),
      neutralizeCsvText(l.number),
      neutralizeCsvText(l.payerName),
      l.payerInn ?? "",
      toDecimalSom(l.amountTyiyn),
      neutralizeCsvText(l.purpose),
      l.seenBefore ? t("outcomes.seenBefore") : t(`outcomes.${l.state}`),
      l.state === "waiting" && l.waitReason
        ? t(`waitReasons.${l.waitReason}`)
        : neutralizeCsvText(l.comment ?? ""),
      l.invoiceNumber ?? "",
      l.paymentId === null ? "" : String(l.paymentId),
    ]),
  ];
  return new Response(utf8Bom + stringify(rows), {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bank-statement-${report.id}.csv"`,
    },
  });
}
