import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { RegistrationForm } from "@/components/registration/registration-form";
import { listActiveTariffs } from "@/domain/tariffs/list-active-tariffs";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { officeRegisterAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function OfficeRegisterPage({ params }: PageProps<"/[locale]/office/register">) {
  const { staff } = await staffPage(params);
  const t = await getTranslations("office.register");
  const tErrors = await getTranslations("register.errors");
  if (staff.role === "accountant")
    return <OfficeNotAllowed title={t("title")} text={tErrors("notAllowed")} />;
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
            clientType: "legal",
            inn: "",
            organizationName: "",
            headName: "",
            phone: "",
            email: "",
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
