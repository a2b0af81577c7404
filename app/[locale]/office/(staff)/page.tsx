import { getTranslations } from "next-intl/server";
import { MoneyRequestList } from "@/components/office/money-request-list";
import { PaymentCharts } from "@/components/office/payment-chart";
import { TodayBoard } from "@/components/office/today-board";
import { getPaymentDays } from "@/domain/payments/get-payment-days";
import { listPendingMoneyRequests } from "@/domain/money-requests/list-pending-money-requests";
import { Link } from "@/i18n/navigation";
import { getToday } from "@/domain/today/get-today";
import { bishkekDayOf, formatBishkekDate } from "@/lib/dates";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

// The office opens on Today: what is waiting at each office and the day's money.
export default async function TodayPage({ params }: PageProps<"/[locale]/office">) {
  const { staff } = await staffPage(params);
  const db = getDatabase();
  const [today, requests, days] = await Promise.all([
    getToday({ db, actor: staff }),
    listPendingMoneyRequests({ db, actor: staff, take: 10 }),
    getPaymentDays({ db, actor: staff, until: bishkekDayOf(new Date()) }),
  ]);
  const t = await getTranslations("office.today");
  const tRequests = await getTranslations("office.requests");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title", { day: formatBishkekDate(new Date()) })}</h1>
      <section className="space-y-3" data-testid="today-requests">
        <h2 className="text-2xl font-semibold">
          {requests.count > 0 ? tRequests("todayWaiting", { count: requests.count }) : tRequests("todayNone")}
        </h2>
        {requests.count > 0 && (
          <>
            <MoneyRequestList rows={requests.rows} label={tRequests("pending")} />
            <Link href="/office/requests" className="text-brand-700 underline">
              {tRequests("title")}
            </Link>
          </>
        )}
      </section>
      <TodayBoard today={today} />
      <PaymentCharts days={days} />
    </div>
  );
}
