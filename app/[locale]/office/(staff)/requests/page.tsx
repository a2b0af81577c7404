import { getTranslations } from "next-intl/server";
import { MoneyRequestList } from "@/components/office/money-request-list";
import { listMoneyRequests } from "@/domain/money-requests/list-money-requests";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

// Money requests: those waiting for a second person first, then the latest decided (every role
// reads them; accountants and admins decide, never their own).
export default async function MoneyRequestsPage({ params }: PageProps<"/[locale]/office/requests">) {
  const { staff } = await staffPage(params);
  const { pending, decided } = await listMoneyRequests({ db: getDatabase(), actor: staff });
  const t = await getTranslations("office.requests");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <section className="space-y-3" data-testid="requests-pending">
        <h2 className="text-2xl font-semibold">{t("pending")}</h2>
        <MoneyRequestList rows={pending} label={t("pending")} />
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">{t("decided")}</h2>
        <MoneyRequestList rows={decided} label={t("decided")} />
      </section>
    </div>
  );
}
