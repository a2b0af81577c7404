import { getTranslations } from "next-intl/server";
import { TodayBoard } from "@/components/office/today-board";
import { getToday } from "@/domain/today/get-today";
import { formatBishkekDate } from "@/lib/dates";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

// The office opens on Today: what is waiting at each office and the day's money.
export default async function TodayPage({ params }: PageProps<"/[locale]/office">) {
  const { staff } = await staffPage(params);
  const today = await getToday({ db: getDatabase(), actor: staff });
  const t = await getTranslations("office.today");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title", { day: formatBishkekDate(new Date()) })}</h1>
      <TodayBoard today={today} />
    </div>
  );
}
