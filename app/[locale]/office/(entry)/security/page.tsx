import { getTranslations } from "next-intl/server";
import { OfficeForm } from "@/components/office/office-form";
import { StaffSessions } from "@/components/office/staff-sessions";
import { TwoFactorSetup } from "@/components/office/two-factor-setup";
import { listOwnSessions } from "@/domain/staff/list-own-sessions";
import { Link } from "@/i18n/navigation";
import { formatBishkekDateTime } from "@/lib/dates";
import { signedInPage, unfinishedSetUp } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { signOutAction } from "../../actions";
import {
  changePasswordAction,
  confirmTwoFactorSetupAction,
  revokeSessionAction,
  startTwoFactorSetupAction,
} from "./actions";

export const dynamic = "force-dynamic";

const passwordProblems = [
  "required",
  "mismatch",
  "wrongPassword",
  "samePassword",
  "tooShort",
  "tooLong",
  "tooSimple",
  "containsName",
] as const;

// One's own sign-in: at the first sign-in (and after an admin's reset) a new password, then the
// second factor, before anything else in the back office opens; afterwards the password can be
// changed and every session where one is signed in is listed and can be ended.
export default async function OfficeSecurityPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/security">) {
  const { locale, staff } = await signedInPage(params);
  const t = await getTranslations("office.security");
  const tOffice = await getTranslations("office");
  const { enabled, done } = await searchParams;
  const step = unfinishedSetUp(staff);
  const passwordForm = (
    <OfficeForm
      action={changePasswordAction}
      hidden={{ locale }}
      idPrefix="password-"
      fields={[
        {
          name: "currentPassword",
          label: t(step === "password" ? "givenPassword" : "currentPassword"),
          type: "password",
          autoComplete: "current-password",
          maxLength: 256,
        },
        {
          name: "newPassword",
          label: t("newPassword"),
          type: "password",
          autoComplete: "new-password",
          maxLength: 256,
          hint: t("newPasswordHint"),
        },
        {
          name: "repeatPassword",
          label: t("repeatPassword"),
          type: "password",
          autoComplete: "new-password",
          maxLength: 256,
        },
      ]}
      submitLabel={t("changePassword")}
      messages={{
        ...Object.fromEntries(passwordProblems.map((code) => [code, t(`errors.${code}`)])),
        throttled: t("errors.throttled", { minutes: "{minutes}" }),
      }}
    />
  );
  const sessions = step === null ? await listOwnSessions({ db: getDatabase(), staff }) : [];
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {(enabled || done) && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t(enabled ? "enabled" : done === "revoked" ? "revoked" : "passwordChanged")}
        </p>
      )}
      {step === "password" && (
        <section className="max-w-lg space-y-4">
          <p
            className="rounded-lg border border-amber-600 bg-amber-50 p-3 text-amber-950"
            data-testid="setup-step"
          >
            {t("passwordRequired")}
          </p>
          {passwordForm}
        </section>
      )}
      {step === "second-factor" && (
        <section className="space-y-4">
          <p
            className="rounded-lg border border-amber-600 bg-amber-50 p-3 text-amber-950"
            data-testid="setup-step"
          >
            {t("required")}
          </p>
          <p data-testid="two-factor-status">{t("status.off")}</p>
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
              throttled: t("errors.throttled", { minutes: "{minutes}" }),
            }}
          />
        </section>
      )}
      {step === null && (
        <>
          <section className="space-y-2">
            <h2 className="text-2xl font-semibold">{t("secondFactorTitle")}</h2>
            <p data-testid="two-factor-status">{t("status.on")}</p>
            <Link href="/office" className="font-semibold text-brand-700 underline">
              {t("toOffice")}
            </Link>
          </section>
          <section className="max-w-lg space-y-4">
            <h2 className="text-2xl font-semibold">{t("passwordTitle")}</h2>
            {passwordForm}
          </section>
          <StaffSessions
            locale={locale}
            revoke={revokeSessionAction}
            sessions={sessions.map((s) => ({
              id: s.id,
              current: s.current,
              signedIn: formatBishkekDateTime(s.signedInAt),
              lastUsed: formatBishkekDateTime(s.lastUsedAt),
              address: s.lastAddress ?? t("sessions.unknownAddress"),
              device: s.userAgent ?? "",
            }))}
            words={{
              title: t("sessions.title"),
              lead: t("sessions.lead"),
              signedIn: t("sessions.signedIn"),
              lastUsed: t("sessions.lastUsed"),
              address: t("sessions.address"),
              device: t("sessions.device"),
              current: t("sessions.current"),
              revoke: t("sessions.revoke"),
            }}
          />
        </>
      )}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="text-brand-700 underline">
            {tOffice("nav.signOut")}
          </button>
        </form>
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="everywhere" value="1" />
          <button type="submit" className="text-brand-700 underline">
            {tOffice("nav.signOutEverywhere")}
          </button>
        </form>
      </div>
    </div>
  );
}
