import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { InvoiceList } from "@/components/office/invoice-list";
import { SearchForm } from "@/components/office/search-form";
import { listInvoices } from "@/domain/invoices/list-invoices";
import { readSearchText } from "@/domain/staff/search-text";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

const before = z.coerce.number().int().positive().optional().catch(undefined);
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function InvoicesPage({ params, searchParams }: PageProps<"/[locale]/office/invoices">) {
  const { locale, staff } = await staffPage(params);
  const search = await searchParams;
  const q = readSearchText(one(search.q));
  const page = await listInvoices({
    db: getDatabase(),
    actor: staff,
    q,
    before: before.parse(one(search.before)),
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
      {page.nextBefore && (
        <a
          href={`${base}?${new URLSearchParams({ ...(q ? { q: q.value } : {}), before: String(page.nextBefore) })}`}
          className="font-semibold text-brand-700 underline"
        >
          {t("older")}
        </a>
      )}
    </div>
  );
}
