import { getTranslations } from "next-intl/server";
import { ExpiringSignatureList } from "@/components/office/expiring-signature-list";
import { can } from "@/config/staff-permissions";
import { listExpiringSignatures, readOfficeParam } from "@/domain/signatures/list-expiring-signatures";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

const pageSize = 200;

export default async function ExpiringSignaturesPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/signatures">) {
  const { locale, staff } = await staffPage(params);
  const query = await searchParams;
  const office = readOfficeParam(query.office);
  const from = typeof query.from === "string" && /^\d{1,6}$/.test(query.from) ? Number(query.from) : 0;
  const now = new Date();
  const { rows, total } = await listExpiringSignatures({
    db: getDatabase(),
    actor: staff,
    office,
    now,
    take: pageSize,
    skip: from,
  });
  const t = await getTranslations("office.signatures");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <ExpiringSignatureList
        base={`/${locale}/office/signatures`}
        office={office}
        rows={rows}
        total={total}
        from={from}
        next={from + rows.length < total ? from + rows.length : null}
        now={now}
        // A client may renew at either office: the form is for the staff member's own.
        canRenew={can(staff, "officeWork")}
      />
    </div>
  );
}
