import { getTranslations } from "next-intl/server";
import { PaymentJournal } from "@/components/office/payment-journal";
import { listPayments } from "@/domain/payments/list-payments";
import { readPaymentJournalFilter } from "@/domain/payments/payment-journal-filter";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

export default async function PaymentsJournalPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/payments">) {
  const { locale, staff } = await staffPage(params);
  const filter = readPaymentJournalFilter(await searchParams);
  const page = await listPayments({ db: getDatabase(), actor: staff, filter });
  const t = await getTranslations("office.payments");
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <PaymentJournal locale={locale} filter={filter} page={page} />
    </div>
  );
}
