import { getTranslations } from "next-intl/server";
import { InvoiceList } from "@/components/office/invoice-list";
import { OlderLink } from "@/components/office/older-link";
import { SearchForm } from "@/components/office/search-form";
import { listInvoices } from "@/domain/invoices/list-invoices";
import { readListParams } from "@/domain/staff/search-text";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

export default async function InvoicesPage({ params, searchParams }: PageProps<"/[locale]/office/invoices">) {
  const { locale, staff } = await staffPage(params);
  const { q, before } = readListParams(await searchParams);
  const page = await listInvoices({
    db: getDatabase(),
    actor: staff,
    q,
    before,
  });
  const t = await getTranslations("office");
  const base = `/${locale}/office/invoices`;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("invoices.title")}</h1>
      <SearchForm
        action={base}
        value={q?.value}
        label={t("search")}
        hint={t("invoices.searchHint")}
        submit={t("apply")}
      />
      <InvoiceList rows={page.rows} />
      <OlderLink base={base} params={{ q: q?.value }} before={page.nextBefore} label={t("older")} />
    </div>
  );
}
