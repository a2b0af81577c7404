import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { PaymentJournal } from "@/components/office/payment-journal";
import { listPayments } from "@/domain/payments/list-payments";
import { readPaymentJournalFilter } from "@/domain/payments/payment-journal-filter";
import { routing } from "@/i18n/routing";
import { currentStaff } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

export default async function PaymentsJournalPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/payments">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/office/login`);
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
