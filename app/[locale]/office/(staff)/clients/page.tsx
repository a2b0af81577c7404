import { getTranslations } from "next-intl/server";
import { can } from "@/config/staff-permissions";
import { Link } from "@/i18n/navigation";
import { ClientList } from "@/components/office/client-list";
import { OlderLink } from "@/components/office/older-link";
import { SearchForm } from "@/components/office/search-form";
import { listClients } from "@/domain/clients/list-clients";
import { readListParams } from "@/domain/staff/search-text";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

export default async function ClientsPage({ params, searchParams }: PageProps<"/[locale]/office/clients">) {
  const { locale, staff } = await staffPage(params);
  const { q, before } = readListParams(await searchParams);
  const page = await listClients({
    db: getDatabase(),
    actor: staff,
    q,
    before,
  });
  const t = await getTranslations("office");
  const base = `/${locale}/office/clients`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("clients.title")}</h1>
        {can(staff, "importSociClients") && (
          <Link href="/office/clients/import" className="font-semibold text-brand-700 underline">
            {t("clientImport.link")}
          </Link>
        )}
      </div>
      <SearchForm
        action={base}
        value={q?.value}
        label={t("search")}
        hint={t("clients.searchHint")}
        submit={t("apply")}
      />
      <ClientList rows={page.rows} />
      <OlderLink base={base} params={{ q: q?.value }} before={page.nextBefore} label={t("older")} />
    </div>
  );
}
