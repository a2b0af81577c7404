import { stringify } from "csv-stringify/sync";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { exportPayments } from "@/domain/payments/export-payments";
import { readPaymentJournalFilter } from "@/domain/payments/payment-journal-filter";
import { routing } from "@/i18n/routing";
import { neutralizeCsvText, utf8Bom } from "@/lib/csv-cell";
import { bishkekDayOf, formatBishkekDateTime } from "@/lib/dates";
import { toDecimalSom } from "@/lib/money";
import { recordExport } from "@/domain/audit/record-export";
import { staffForRoute } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

// The journal as filtered, as CSV (UTF-8 with a BOM, so that Excel reads Cyrillic), streamed:
// rows are read a batch at a time and each batch is written before the next is read.
export async function GET(request: Request, { params }: RouteContext<"/[locale]/office/payments/export">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const staff = await staffForRoute();
  if (staff instanceof Response) return staff;
  const filter = readPaymentJournalFilter(Object.fromEntries(new URL(request.url).searchParams));
  await recordExport({ db: getDatabase(), actor: staff, name: "payments", filter });
  const t = await getTranslations({ locale, namespace: "office.payments" });
  const tOffice = await getTranslations({ locale, namespace: "office" });
  const columns = ["time", "service", "method", "office", "account", "client", "sum", "txn"] as const;
  const header = columns.map((c) => t(`columns.${c}`));
  const rows = exportPayments({ db: getDatabase(), actor: staff, filter })[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const line = (cells: string[]) => stringify([cells]);
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(utf8Bom + line(header)));
        return;
      }
      const next = await rows.next();
      if (next.done) return controller.close();
      const row = next.value;
      controller.enqueue(
        encoder.encode(
          line([
            formatBishkekDateTime(row.receivedAt),
            t(`services.${row.service}`),
            t(`methods.${row.method}`),
            row.office ? tOffice(`offices.${row.office as "osh"}`) : "",
            row.account,
            neutralizeCsvText(row.clientName ?? ""),
            // A number, not text: the spreadsheet can add these up.
            toDecimalSom(row.sumTyiyn),
            neutralizeCsvText(
              row.reversesId === null ? row.reference : tOffice("requests.reverses", { id: row.reversesId }),
            ),
          ]),
        ),
      );
    },
    async cancel() {
      await rows.return?.(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="payments-${bishkekDayOf(new Date())}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
