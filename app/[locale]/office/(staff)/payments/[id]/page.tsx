import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/office/notice";
import { PaymentDetailView } from "@/components/office/payment-detail";
import { getPayment } from "@/domain/payments/get-payment";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { respondNotFound } from "@/app/[locale]/respond-not-found";

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
    </div>
  );
}
