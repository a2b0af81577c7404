import { getTranslations } from "next-intl/server";
import { can } from "@/config/staff-permissions";
import { AuditLog } from "@/components/office/audit-log";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { auditActions } from "@/domain/audit/record-audit-event";
import { listAuditEvents, readAuditFilter } from "@/domain/audit/list-audit-events";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

// Every staff action (admins only).
export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/office/audit">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.audit");
  if (!can(staff, "auditLog")) return <OfficeNotAllowed title={t("title")} text={t("onlyAdmins")} />;
  const filter = readAuditFilter(await searchParams);
  const page = await listAuditEvents({ db: getDatabase(), actor: staff, filter });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <AuditLog
        actions={auditActions}
        locale={locale}
        filter={filter}
        rows={page.rows}
        nextBefore={page.nextBefore}
      />
    </div>
  );
}
