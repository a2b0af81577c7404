import { stringify } from "csv-stringify/sync";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getDailyClose } from "@/domain/payments/get-daily-close";
import { routing } from "@/i18n/routing";
import { utf8Bom } from "@/lib/csv-cell";
import { bishkekDayOrToday } from "@/lib/dates";
import { toDecimalSom } from "@/lib/money";
import { recordExport } from "@/domain/audit/record-export";
import { staffForRoute } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

// The daily close as CSV (UTF-8 with a BOM for Excel): one line per office, service and method,
// sums as numbers the spreadsheet can add up.
export async function GET(request: Request, { params }: RouteContext<"/[locale]/office/close/export">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const staff = await staffForRoute();
  if (staff instanceof Response) return staff;
  const day = bishkekDayOrToday(new URL(request.url).searchParams.get("day"));
  const close = await getDailyClose({ db: getDatabase(), actor: staff, day });
  await recordExport({ db: getDatabase(), actor: staff, name: "daily-close", filter: { day } });
  const t = await getTranslations({ locale, namespace: "office" });
  const rows = [
    ["day", "office", "service", "method", "count", "sum"].map((c) => t(`close.csv.${c as "day"}`)),
    ...close.offices.flatMap((office) =>
      office.lines.map((line) => [
        day,
        office.office ? t(`offices.${office.office as "osh"}`) : t("close.noOffice"),
        t(`payments.services.${line.service}`),
        line.reversal
          ? t("payments.reversalOf", { method: t(`payments.methods.${line.method}`) })
          : t(`payments.methods.${line.method}`),
        String(line.count),
        toDecimalSom(line.sumTyiyn),
      ]),
    ),
  ];
  return new Response(utf8Bom + stringify(rows), {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="close-${day}.csv"`,
    },
  });
}
