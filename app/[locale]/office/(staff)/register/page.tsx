import { randomUUID } from "node:crypto";
import { can } from "@/config/staff-permissions";
import { getTranslations } from "next-intl/server";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { RegistrationForm } from "@/components/registration/registration-form";
import { registrationWords } from "@/components/registration/registration-words";
import type { StaffActor } from "@/config/staff-roles";
import { getClient } from "@/domain/clients/get-client";
import { getRenewedSignature } from "@/domain/signatures/get-renewed-signature";
import { listActiveTariffs } from "@/domain/tariffs/list-active-tariffs";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { officeRegisterAction } from "./actions";

export const dynamic = "force-dynamic";

// A renewal (?renew=<INN>) starts from the client's data as the company has it; from the list of
// expiring signatures it also names the signature it renews (&signature=<id>).
async function renewalValues(actor: StaffActor, inn: string | string[] | undefined) {
  if (typeof inn !== "string" || !/^\d{14}$/.test(inn)) return null;
  return getClient({ db: getDatabase(), actor, inn });
}

export default async function OfficeRegisterPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/register">) {
  const { locale, staff } = await staffPage(params);
  const { renew, signature } = await searchParams;
  const client = await renewalValues(staff, renew);
  const renewed =
    client && can(staff, "officeWork") && typeof signature === "string" && /^\d{1,12}$/.test(signature)
      ? await getRenewedSignature({ db: getDatabase(), actor: staff, id: Number(signature), inn: client.inn })
      : null;
  const t = await getTranslations("office.register");
  const tErrors = await getTranslations("register.errors");
  if (!can(staff, "officeWork")) return <OfficeNotAllowed title={t("title")} text={tErrors("notAllowed")} />;
  const words = await registrationWords({ locale, tariffs: await listActiveTariffs(getDatabase()) });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-3 text-slate-700">{t("lead")}</p>
      <RegistrationForm
        locale={locale}
        words={{ ...words, labels: { ...words.labels, consent: t("consent"), submit: t("submit") } }}
        action={officeRegisterAction}
        renews={renewed?.id}
        initialState={{
          submissionKey: randomUUID(),
          // An operator registers for their own office; an admin's renewal starts at the signature's.
          values: {
            clientType: client?.kind ?? "legal",
            inn: client?.inn ?? "",
            organizationName: client?.name ?? "",
            headName: client?.headName ?? "",
            phone: client?.phone ?? "",
            email: client?.email ?? "",
            office: staff.office ?? renewed?.office ?? "",
            tariffs: {},
            consent: false,
          },
          errors: {},
        }}
      />
    </div>
  );
}
