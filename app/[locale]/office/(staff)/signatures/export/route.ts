import { stringify } from "csv-stringify/sync";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { recordExport } from "@/domain/audit/record-export";
import { listExpiringSignatures, readOfficeParam } from "@/domain/signatures/list-expiring-signatures";
import { tariffsLine } from "@/lib/tariffs-line";
import { NotAllowedError } from "@/domain/staff/staff-access";
import { routing } from "@/i18n/routing";
import { neutralizeCsvText, utf8Bom } from "@/lib/csv-cell";
import { bishkekDayOf, formatBishkekDate } from "@/lib/dates";
import { staffForRoute } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };
const columns = [
  "validTo",
  "client",
  "inn",
  "phone",
  "tariff",
  "office",
  "renewal",
  "renewalInvoice",
] as const;
const pageSize = 500;

// The expiring signatures as filtered, as CSV (UTF-8 with a BOM for Excel), every row: a page is
// read at a time.
export async function GET(request: Request, { params }: RouteContext<"/[locale]/office/signatures/export">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const staff = await staffForRoute();
  if (staff instanceof Response) return staff;
  const office = readOfficeParam(new URL(request.url).searchParams.get("office") ?? undefined);
  const db = getDatabase();
  const now = new Date();
  const rows = [];
  try {
    for (let skip = 0; ; skip += pageSize) {
      const page = await listExpiringSignatures({ db, actor: staff, office, now, take: pageSize, skip });
      rows.push(...page.rows);
      if (page.rows.length < pageSize) break;
    }
  } catch (error) {
    if (error instanceof NotAllowedError) return new Response(null, { status: 403, headers: noStore });
    throw error;
  }
  await recordExport({ db, actor: staff, name: "expiring-signatures", filter: { office } });
  const t = await getTranslations({ locale, namespace: "office" });
  const table = [
    columns.map((c) => t(`signatures.csv.${c}`)),
    ...rows.map((s) => [
      formatBishkekDate(s.validTo),
      neutralizeCsvText(s.client.name),
      s.client.inn,
      neutralizeCsvText(s.client.phone),
      tariffsLine(s.tariffs, locale),
      t(`offices.${s.office as "osh"}`),
      t(`signatures.renewalStates.${s.renewal.state}`),
      s.renewal.invoiceNumber ?? "",
    ]),
  ];
  return new Response(utf8Bom + stringify(table), {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="expiring-signatures-${bishkekDayOf(now)}.csv"`,
    },
  });
}
