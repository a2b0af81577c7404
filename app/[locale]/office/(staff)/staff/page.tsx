import { getTranslations } from "next-intl/server";
import { can } from "@/config/staff-permissions";
import { OfficeForm } from "@/components/office/office-form";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { StaffTable } from "@/components/office/staff-table";
import { officeIds } from "@/config/offices";
import { staffRoles } from "@/config/staff-roles";
import { listStaffMembers } from "@/domain/staff/list-staff-members";
import { staffMemberProblems } from "@/domain/staff/staff-member-schema";
import { ConfirmIdentity, confirmIdentityNeeded } from "@/components/office/confirm-identity";
import { hasFreshProof, staffPage } from "@/server/auth/staff-session";
import { confirmIdentityAction } from "@/app/[locale]/office/(entry)/security/actions";
import { getDatabase } from "@/server/db";
import { addStaffAction, endStaffSessionsAction, resetStaffAction, setStaffActiveAction } from "./actions";

export const dynamic = "force-dynamic";

const notices = ["added", "sessionsEnded", "changed", "reset"] as const;
const errors = ["notAllowed", "confirmIdentity", "unavailable"] as const;

// Staff accounts (admins only): who has one, adding people, ending sessions, switching off.
export default async function StaffPage({ params, searchParams }: PageProps<"/[locale]/office/staff">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.staff");
  const tOffice = await getTranslations("office");
  if (!can(staff, "staffAccounts")) return <OfficeNotAllowed title={t("title")} text={t("onlyAdmins")} />;
  const people = await listStaffMembers({ db: getDatabase(), actor: staff });
  const { done, error } = await searchParams;
  const notice = notices.find((n) => n === done);
  const problem = errors.find((e) => e === error);
  const needed = await confirmIdentityNeeded();
  const passwordMessages = Object.fromEntries(
    Object.keys(staffMemberProblems).map((code) => [
      code,
      t(`errors.${code as keyof typeof staffMemberProblems}`),
    ]),
  );
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {notice && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t(notice === "reset" ? "resetDone" : notice)}
        </p>
      )}
      {problem && (
        <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 text-red-900">
          {problem === "confirmIdentity" ? needed : t(`errors.${problem}`)}
        </p>
      )}
      {!hasFreshProof(staff) && (
        <ConfirmIdentity action={confirmIdentityAction} locale={locale} back={`/${locale}/office/staff`} />
      )}
      <StaffTable
        locale={locale}
        people={people}
        selfId={staff.id}
        endSessions={endStaffSessionsAction}
        setActive={setStaffActiveAction}
      />
      <section className="max-w-lg space-y-4">
        <h2 className="text-2xl font-bold">{t("add")}</h2>
        <p className="text-slate-700">{t("addLead")}</p>
        <OfficeForm
          action={addStaffAction}
          hidden={{ locale }}
          fields={[
            { name: "email", label: t("email"), type: "email", autoComplete: "off", maxLength: 254 },
            { name: "name", label: t("name"), autoComplete: "off", maxLength: 120 },
            {
              name: "role",
              label: t("role"),
              options: [
                { value: "", label: t("chooseRole") },
                ...staffRoles.map((role) => ({ value: role, label: tOffice(`roles.${role}`) })),
              ],
            },
            {
              name: "office",
              label: t("office"),
              options: [
                { value: "", label: t("noOffice") },
                ...officeIds.map((id) => ({ value: id, label: tOffice(`offices.${id}`) })),
              ],
            },
            {
              // Shown as typed: the admin tells it to the person, who replaces it at the first sign-in.
              name: "password",
              label: t("password"),
              type: "text",
              autoComplete: "off",
              maxLength: 256,
            },
          ]}
          submitLabel={t("submit")}
          messages={{
            ...passwordMessages,
            emailTaken: t("errors.emailTaken"),
            notAllowed: t("errors.notAllowed"),
            confirmIdentity: needed,
          }}
        />
      </section>
      <section className="max-w-lg space-y-4">
        <h2 className="text-2xl font-bold">{t("reset")}</h2>
        <p className="text-slate-700">{t("resetLead")}</p>
        <OfficeForm
          action={resetStaffAction}
          hidden={{ locale }}
          idPrefix="reset-"
          fields={[
            {
              name: "staffId",
              label: t("resetWho"),
              options: [
                { value: "", label: t("resetChoose") },
                ...people
                  .filter((p) => p.id !== staff.id)
                  .map((p) => ({ value: p.id, label: `${p.name} (${p.email})` })),
              ],
            },
            {
              // Shown as typed: the admin reads it out to the person, who replaces it at once.
              name: "password",
              label: t("resetPassword"),
              type: "text",
              autoComplete: "off",
              maxLength: 256,
            },
          ]}
          submitLabel={t("resetSubmit")}
          messages={{
            ...passwordMessages,
            notFound: t("errors.notFound"),
            self: t("errors.self"),
            notAllowed: t("errors.notAllowed"),
            unavailable: t("errors.unavailable"),
            confirmIdentity: needed,
          }}
        />
      </section>
    </div>
  );
}
