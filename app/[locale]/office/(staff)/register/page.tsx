import { randomUUID } from "node:crypto";
import { can } from "@/config/staff-permissions";
import { getTranslations } from "next-intl/server";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { RegistrationForm } from "@/components/registration/registration-form";
import type { StaffActor } from "@/config/staff-roles";
import { getClient } from "@/domain/clients/get-client";
import { listActiveTariffs } from "@/domain/tariffs/list-active-tariffs";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { officeRegisterAction } from "./actions";

export const dynamic = "force-dynamic";

// A renewal (?renew=<INN>) starts from the client's data as the company has it.
async function renewalValues(actor: StaffActor, inn: string | string[] | undefined) {
  if (typeof inn !== "string" || !/^\d{14}$/.test(inn)) return null;
  return getClient({ db: getDatabase(), actor, inn });
}

export default async function OfficeRegisterPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/register">) {
  const { staff } = await staffPage(params);
  const { renew } = await searchParams;
  const client = await renewalValues(staff, renew);
  const t = await getTranslations("office.register");
  const tErrors = await getTranslations("register.errors");
  if (!can(staff, "officeWork")) return <OfficeNotAllowed title={t("title")} text={tErrors("notAllowed")} />;
  const tariffs = await listActiveTariffs(getDatabase());
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3 text-slate-700">{t("lead")}</p>
      <RegistrationForm
        tariffs={tariffs}
        action={officeRegisterAction}
        initialState={{
          submissionKey: randomUUID(),
          // An operator registers for their own office.
          values: {
            clientType: client?.kind ?? "legal",
            inn: client?.inn ?? "",
            organizationName: client?.name ?? "",
            headName: client?.headName ?? "",
            phone: client?.phone ?? "",
            email: client?.email ?? "",
            office: staff.office ?? "",
            tariffs: {},
            consent: false,
          },
          errors: {},
        }}
      />
    </div>
  );
}
