import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/office/notice";
import { PaymentDetailView } from "@/components/office/payment-detail";
import { OfficeForm } from "@/components/office/office-form";
import { can } from "@/config/staff-permissions";
import { moneyRequestFormProblems } from "@/domain/money-requests/money-request-problems";
import { getPayment } from "@/domain/payments/get-payment";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { respondNotFound } from "@/app/[locale]/respond-not-found";
import { requestReversalAction } from "./actions";

export const dynamic = "force-dynamic";

const notices = ["recorded", "replayed"] as const;

export default async function PaymentPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/payments/[id]">) {
  const { locale, staff } = await staffPage(params);
  const { id } = await params;
  const payment = /^\d{1,12}$/.test(id)
    ? await getPayment({ db: getDatabase(), actor: staff, paymentId: Number(id) })
    : null;
  if (!payment) return respondNotFound(locale);
  const t = await getTranslations("office");
  const { done } = await searchParams;
  const notice = notices.find((n) => n === done);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("payment.title", { id: payment.id })}</h1>
      {notice && <Notice text={t(`recordPayment.${notice}`)} />}
      <PaymentDetailView payment={payment} />
      {payment.reversible && can(staff, "requestReversal", payment.office) && (
        <section className="max-w-xl space-y-3" data-testid="ask-reversal">
          <h2 className="text-2xl font-semibold">{t("requests.reverse")}</h2>
          <p className="text-slate-700">{t("requests.reverseLead")}</p>
          <OfficeForm
            action={requestReversalAction}
            hidden={{ locale, paymentId: String(payment.id) }}
            submitLabel={t("requests.reverseSubmit")}
            messages={Object.fromEntries(
              moneyRequestFormProblems.map((code) => [code, t(`requests.problems.${code}`)]),
            )}
            fields={[{ name: "reason", label: t("requests.reverseReason"), maxLength: 500 }]}
          />
        </section>
      )}
    </div>
  );
}
