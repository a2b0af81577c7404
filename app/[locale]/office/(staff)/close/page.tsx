import { getTranslations } from "next-intl/server";
import { DailyCloseReport } from "@/components/office/daily-close-report";
import { FilterDay } from "@/components/office/filter-form";
import { PaymentCharts } from "@/components/office/payment-chart";
import { PrintButton } from "@/components/print-button";
import { getDailyClose } from "@/domain/payments/get-daily-close";
import { getPaymentDays } from "@/domain/payments/get-payment-days";
import { bishkekDayOrToday, bishkekDayStart, formatBishkekDate } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

// The daily close: a day's money per office, service and method (every role reads it).
export default async function DailyClosePage({ params, searchParams }: PageProps<"/[locale]/office/close">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.close");
  const tOffice = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const day = bishkekDayOrToday((await searchParams).day);
  const db = getDatabase();
  // The chart's 30 days end on the day shown.
  const [close, days] = await Promise.all([
    getDailyClose({ db, actor: staff, day }),
    getPaymentDays({ db, actor: staff, until: day }),
  ]);
  const money = (tyiyn: number) => tCommon("money", { amount: formatSomAmount(tyiyn) });
  const action = `/${locale}/office/close`;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead", { date: formatBishkekDate(bishkekDayStart(day)!) })}</p>
      <form method="get" action={action} className="no-print flex flex-wrap items-end gap-3">
        <FilterDay name="day" label={t("day")} value={day} />
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {tOffice("apply")}
        </button>
        <a href={`${action}/export?day=${day}`} className="py-2.5 font-semibold text-brand-700 underline">
          {t("export")}
        </a>
        <PrintButton label={t("print")} />
      </form>
      <DailyCloseReport
        close={close}
        words={{
          officeName: (office) => (office ? tOffice(`offices.${office as "osh"}`) : t("noOffice")),
          service: (service) => tOffice(`payments.services.${service}`),
          method: (method, reversal) =>
            reversal
              ? tOffice("payments.reversalOf", { method: tOffice(`payments.methods.${method}`) })
              : tOffice(`payments.methods.${method}`),
          columns: {
            service: t("columns.service"),
            method: t("columns.method"),
            count: t("columns.count"),
            sum: t("columns.sum"),
          },
          officeTotal: t("officeTotal"),
          grandTotal: t("grandTotal"),
          invoicesPaid: (count, amount) => t("invoicesPaid", { count, amount: money(amount) }),
          signaturesIssued: (count) => t("signaturesIssued", { count }),
          nothing: t("nothing"),
        }}
      />
      <PaymentCharts days={days} />
    </div>
  );
}
