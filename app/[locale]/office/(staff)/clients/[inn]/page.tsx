import { getTranslations } from "next-intl/server";
import { can } from "@/config/staff-permissions";
import { ButtonForm } from "@/components/office/button-form";
import { ClientDetailView } from "@/components/office/client-detail";
import { OfficeAlert } from "@/components/office/office-alert";
import { Notice } from "@/components/office/notice";
import { OfficeForm } from "@/components/office/office-form";
import { Link } from "@/i18n/navigation";
import { getClient } from "@/domain/clients/get-client";
import { findRenewableSignatures } from "@/domain/signatures/find-renewable-signatures";
import { staffPage } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import {
  adjustBalanceAction,
  setRemindersAction,
  setSociConnectionAction,
  updateContactsAction,
} from "./actions";
import { ActionSection } from "@/components/office/action-section";
import { respondNotFound } from "@/app/[locale]/respond-not-found";

export const dynamic = "force-dynamic";

const notices = ["contacts", "soci", "reminders"] as const;
const formErrors = [
  "notFound",
  "notAllowed",
  "required",
  "tooLong",
  "badCharacters",
  "commentRequired",
  "amountFormat",
  "belowZero",
  "cannotRecord",
  "unavailable",
] as const;

export default async function ClientPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/clients/[inn]">) {
  const { locale, staff } = await staffPage(params);
  const { inn } = await params;
  const client = /^\d{14}$/.test(inn) ? await getClient({ db: getDatabase(), actor: staff, inn }) : null;
  if (!client) return respondNotFound(locale);
  // A renewal issued from here names the signature it renews when there is exactly one to renew.
  const renewable = await findRenewableSignatures({ db: getDatabase(), inn: client.inn });
  const renewHref =
    renewable.length === 1
      ? `/office/register?renew=${client.inn}&signature=${renewable[0]!.id}`
      : `/office/register?renew=${client.inn}`;
  const t = await getTranslations("office");
  const tRegister = await getTranslations("register.errors");
  const { done, error } = await searchParams;
  const notice = notices.find((n) => n === done);
  const problem = (["notFound", "notAllowed", "unavailable"] as const).find((c) => c === error);
  // A client belongs to no office: every operator may edit contacts and the SOChI switch.
  const mayEdit = can(staff, "editClient");
  const hidden = { locale, inn: client.inn };
  const messages = {
    ...Object.fromEntries(formErrors.map((c) => [c, t(`errors.${c}`)])),
    phone: tRegister("phone"),
    email: tRegister("email"),
    invisibleCharacters: tRegister("invisibleCharacters"),
  };
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">
        {client.name} <span className="font-mono text-xl">{client.inn}</span>
      </h1>
      {notice && <Notice text={t(`client.done.${notice}`)} />}
      {problem && <OfficeAlert text={t(`errors.${problem}`)} />}
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">{t("client.soci")}</h2>
        <p data-testid="soci-state">{client.sociConnected ? t("client.sociOn") : t("client.sociOff")}</p>
        {mayEdit && (
          <ButtonForm
            action={setSociConnectionAction}
            fields={{ ...hidden, connected: client.sociConnected ? "0" : "1" }}
            label={client.sociConnected ? t("client.disconnect") : t("client.connect")}
            tone={client.sociConnected ? "secondary" : "primary"}
          />
        )}
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-bold">{t("client.reminders")}</h2>
        <p data-testid="reminders-state">
          {client.remindersOff ? t("client.remindersOffText") : t("client.remindersOnText")}
        </p>
        {mayEdit && (
          <ButtonForm
            action={setRemindersAction}
            fields={{ ...hidden, on: client.remindersOff ? "1" : "0" }}
            label={client.remindersOff ? t("client.remindersTurnOn") : t("client.remindersTurnOff")}
            tone="secondary"
          />
        )}
      </section>
      {mayEdit && (
        <ActionSection title={t("client.contacts")} lead={t("client.contactsLead")}>
          <OfficeForm
            action={updateContactsAction}
            hidden={hidden}
            initialValues={{ headName: client.headName, phone: client.phone, email: client.email ?? "" }}
            fields={[
              { name: "headName", label: t("client.headName"), maxLength: 120 },
              { name: "phone", label: t("client.phone"), maxLength: 30 },
              { name: "email", label: t("client.email"), type: "email", maxLength: 254 },
            ]}
            submitLabel={t("client.save")}
            messages={messages}
          />
          <Link href={renewHref} className="inline-block font-semibold text-brand-700 underline">
            {t("client.renew")}
          </Link>
        </ActionSection>
      )}
      {can(staff, "requestBalanceAdjustment") && (
        <ActionSection title={t("client.adjust")} lead={t("client.adjustLead")}>
          <OfficeForm
            action={adjustBalanceAction}
            hidden={hidden}
            fields={[
              { name: "amount", label: t("client.adjustAmount"), maxLength: 30 },
              { name: "comment", label: t("client.adjustComment"), maxLength: 500 },
            ]}
            submitLabel={t("client.adjustSubmit")}
            messages={messages}
          />
        </ActionSection>
      )}
      <ClientDetailView client={client} />
    </div>
  );
}
