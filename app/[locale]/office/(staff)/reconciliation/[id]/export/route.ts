import { stringify } from "csv-stringify/sync";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getReconciliation } from "@/domain/reconciliation/get-reconciliation";
import { NotAllowedError } from "@/domain/staff/staff-access";
import { routing } from "@/i18n/routing";
import { neutralizeCsvText, utf8Bom } from "@/lib/csv-cell";
import { formatBishkekDateTime } from "@/lib/dates";
import { toDecimalSom } from "@/lib/money";
import { recordExport } from "@/domain/audit/record-export";
import { staffForRoute } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };
const columns = [
  "class",
  "line",
  "service",
  "txn",
  "time",
  "account",
  "sum",
  "ourAccount",
  "ourSum",
  "resolution",
  "comment",
  "resolvedBy",
  "resolvedAt",
] as const;

// A reconciliation's report as CSV (UTF-8 with a BOM for Excel): every row of the registry and
// every unlisted payment of ours, most urgent first, with who resolved what.
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[locale]/office/reconciliation/[id]/export">,
) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale) || !/^\d{1,12}$/.test(id))
    return new Response(null, { status: 404 });
  const staff = await staffForRoute();
  if (staff instanceof Response) return staff;
  let report;
  try {
    report = await getReconciliation({ db: getDatabase(), actor: staff, id: Number(id) });
  } catch (error) {
    if (error instanceof NotAllowedError) return new Response(null, { status: 403, headers: noStore });
    throw error;
  }
  if (!report) return new Response(null, { status: 404, headers: noStore });
  await recordExport({ db: getDatabase(), actor: staff, name: "reconciliation", filter: { id: Number(id) } });
  const t = await getTranslations({ locale, namespace: "office" });
  const rows = [
    columns.map((c) => t(`reconciliation.csv.${c}`)),
    ...report.items.map((item) => [
      t(`reconciliation.classes.${item.class}`),
      item.line === null ? "" : String(item.line),
      t(`payments.services.${item.service as "soci"}`),
      item.txnId,
      item.txnAt ? formatBishkekDateTime(item.txnAt) : "",
      item.account ?? "",
      item.sumTyiyn === null ? "" : toDecimalSom(item.sumTyiyn),
      item.ours?.account ?? "",
      item.ours ? toDecimalSom(item.ours.sumTyiyn) : "",
      item.resolution ? t(`reconciliation.resolutions.${item.resolution}`) : "",
      neutralizeCsvText(item.comment ?? ""),
      neutralizeCsvText(item.resolvedBy ?? ""),
      item.resolvedAt ? formatBishkekDateTime(item.resolvedAt) : "",
    ]),
  ];
  return new Response(utf8Bom + stringify(rows), {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="reconciliation-${report.id}.csv"`,
    },
  });
}
