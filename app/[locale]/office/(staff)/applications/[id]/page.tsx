import { getTranslations } from "next-intl/server";
import { can } from "@/config/staff-permissions";
import { ApplicationDetailView } from "@/components/office/application-detail";
import { ButtonForm } from "@/components/office/button-form";
import { OfficeAlert } from "@/components/office/office-alert";
import { Notice } from "@/components/office/notice";
import { OfficeForm } from "@/components/office/office-form";
import { applicationProblems } from "@/domain/applications/application-error";
import { getApplication } from "@/domain/applications/get-application";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { cancelApplicationAction, checkDocumentsAction, issueSignatureAction } from "./actions";
import { ActionSection } from "@/components/office/action-section";
import { respondNotFound } from "@/app/[locale]/respond-not-found";

export const dynamic = "force-dynamic";

const notices = ["checked", "issued", "cancelled"] as const;
const errorCodes = [...applicationProblems, "notAllowed", "unavailable"] as const;

export default async function ApplicationPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/applications/[id]">) {
  const { locale, staff } = await staffPage(params);
  const { id } = await params;
  const applicationId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
  const application = applicationId
    ? await getApplication({ db: getDatabase(), actor: staff, applicationId })
    : null;
  if (!application) return respondNotFound(locale);
  const t = await getTranslations("office");
  const { done, error } = await searchParams;
  const notice = notices.find((n) => n === done);
  const problem = errorCodes.find((c) => c === error);
  // Office work on this application: an admin, or an operator of its office (the actions and
  // the domain check again).
  const mayWork = can(staff, "officeWork", application.office);
  const invoice = application.invoice;
  const hidden = { locale, applicationId: String(application.id), invoiceNumber: invoice?.number ?? "" };
  const messages = Object.fromEntries(
    [...errorCodes, "required", "tooLong", "serialFormat", "commentRequired", "badCharacters"].map((c) => [
      c,
      t(`errors.${c as "notFound"}`),
    ]),
  );
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">
        {t("application.title", { id: application.id })}: {application.organizationName}
      </h1>
      {notice && <Notice text={t(`application.done.${notice}`)} />}
      {problem && <OfficeAlert text={t(`errors.${problem}`)} />}
      <ApplicationDetailView application={application} />
      {mayWork && application.status === "submitted" && (
        <ActionSection
          title={t("application.checkDocuments")}
          lead={t("application.checkDocumentsLead")}
          boxed
        >
          <ButtonForm action={checkDocumentsAction} fields={hidden} label={t("application.checkDocuments")} />
        </ActionSection>
      )}
      {mayWork && application.stage === "paid" && (
        <ActionSection
          title={t("application.issueSignature")}
          lead={t("application.issueSignatureLead")}
          boxed
        >
          <OfficeForm
            action={issueSignatureAction}
            hidden={hidden}
            fields={[
              { name: "serial", label: t("application.serialLabel"), autoComplete: "off", maxLength: 80 },
            ]}
            submitLabel={t("application.issue")}
            messages={messages}
          />
        </ActionSection>
      )}
      {mayWork && invoice?.status === "awaiting" && (
        <ActionSection title={t("application.cancel")} lead={t("application.cancelLead")} boxed>
          <OfficeForm
            action={cancelApplicationAction}
            hidden={hidden}
            fields={[{ name: "reason", label: t("application.reason"), autoComplete: "off", maxLength: 500 }]}
            submitLabel={t("application.cancelSubmit")}
            messages={messages}
          />
        </ActionSection>
      )}
    </div>
  );
}
