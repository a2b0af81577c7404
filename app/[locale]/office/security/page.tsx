import { getTranslations } from "next-intl/server";
import { TwoFactorSetup } from "@/components/office/two-factor-setup";
import { Link } from "@/i18n/navigation";
import { staffPage } from "@/server/auth/staff-session";
import { confirmTwoFactorSetupAction, startTwoFactorSetupAction } from "./actions";

export const dynamic = "force-dynamic";

// The second factor: on or off, and turning it on. An admin is sent here until it is on.
export default async function OfficeSecurityPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/security">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.security");
  const tOffice = await getTranslations("office");
  const { enabled } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {enabled && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t("enabled")}
        </p>
      )}
      {staff.role === "admin" && !staff.twoFactorEnabled && (
        <p className="rounded-lg border border-amber-600 bg-amber-50 p-3 text-amber-950">{t("required")}</p>
      )}
      <p data-testid="two-factor-status">{t(staff.twoFactorEnabled ? "status.on" : "status.off")}</p>
      {staff.twoFactorEnabled ? (
        <Link href="/office/payments" className="font-semibold text-brand-700 underline">
          {tOffice("nav.payments")}
        </Link>
      ) : (
        <TwoFactorSetup
          locale={locale}
          start={startTwoFactorSetupAction}
          confirm={confirmTwoFactorSetupAction}
          words={{
            passwordLead: t("passwordLead"),
            password: t("password"),
            start: t("start"),
            scan: t("scan"),
            qrAlt: t("qrAlt"),
            backupCodes: t("backupCodes"),
            verifyLead: t("verifyLead"),
            code: t("code"),
            verify: t("verify"),
            required: t("errors.required"),
            invalidPassword: t("errors.invalidPassword"),
            invalidCode: t("errors.invalidCode"),
            unavailable: tOffice("login.errors.unavailable"),
          }}
        />
      )}
    </div>
  );
}
