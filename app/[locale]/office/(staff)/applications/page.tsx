import { getTranslations } from "next-intl/server";
import { ApplicationList } from "@/components/office/application-list";
import { readApplicationFilter } from "@/domain/applications/application-filter";
import { applicationStages } from "@/domain/applications/application-stage";
import { listApplications } from "@/domain/applications/list-applications";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

export default async function ApplicationsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/applications">) {
  const { locale, staff } = await staffPage(params);
  const filter = readApplicationFilter(await searchParams);
  const page = await listApplications({ db: getDatabase(), actor: staff, filter });
  const t = await getTranslations("office.applications");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <ApplicationList
        stages={applicationStages}
        locale={locale}
        filter={filter}
        rows={page.rows}
        nextBefore={page.nextBefore}
      />
    </div>
  );
}
