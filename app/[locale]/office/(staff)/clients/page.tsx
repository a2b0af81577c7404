import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ClientList } from "@/components/office/client-list";
import { SearchForm } from "@/components/office/search-form";
import { listClients } from "@/domain/clients/list-clients";
import { readSearchText } from "@/domain/staff/search-text";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

const before = z.coerce.number().int().positive().optional().catch(undefined);
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ClientsPage({ params, searchParams }: PageProps<"/[locale]/office/clients">) {
  const { locale, staff } = await staffPage(params);
  const search = await searchParams;
  const q = readSearchText(one(search.q));
  const page = await listClients({
    db: getDatabase(),
    actor: staff,
    q,
    before: before.parse(one(search.before)),
  });
  const t = await getTranslations("office");
  const base = `/${locale}/office/clients`;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("clients.title")}</h1>
      <SearchForm
        action={base}
        value={q?.value}
        label={t("search")}
        hint={t("clients.searchHint")}
        submit={t("apply")}
      />
      <ClientList rows={page.rows} />
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
