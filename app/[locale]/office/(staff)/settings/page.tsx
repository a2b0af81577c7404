import { getTranslations } from "next-intl/server";
import { can } from "@/config/staff-permissions";
import { ActionSection } from "@/components/office/action-section";
import { Notice } from "@/components/office/notice";
import { OfficeForm } from "@/components/office/office-form";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { getSiteSettings, getDocumentsText } from "@/domain/settings/get-site-settings";
import { getBankDetails, getStatementColumnSettings } from "@/domain/settings/bank-details";
import { getRegistryColumnSettings } from "@/domain/settings/registry-columns";
import { listTariffs } from "@/domain/settings/list-tariffs";
import {
  bankDetailsSchema,
  settingsProblems,
  statementColumnsSchema,
} from "@/domain/settings/settings-schema";
import { toDecimalSom } from "@/lib/money";
import { formatKyrgyzPhone } from "@/lib/phone";
import { ConfirmIdentity, confirmIdentityNeeded } from "@/components/office/confirm-identity";
import { hasFreshProof, staffPage } from "@/server/auth/staff-session";
import { confirmIdentityAction } from "@/app/[locale]/office/(entry)/security/actions";
import { getDatabase } from "@/server/db";
import {
  updateBankDetailsAction,
  updateDocumentsTextAction,
  updateLegalNameAction,
  updateOfficeSettingsAction,
  updateRegistryColumnsAction,
  updateStatementColumnsAction,
  updateTariffAction,
} from "./actions";
import { tariffName } from "@/lib/tariffs-line";

export const dynamic = "force-dynamic";

// The company's settings (admins only): the legal name and bank details, each office's details as
// the public pages show them, the tariffs, and the column names of uploaded files.
export default async function SettingsPage({ params, searchParams }: PageProps<"/[locale]/office/settings">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office.settings");
  const tOffice = await getTranslations("office");
  if (!can(staff, "settings")) return <OfficeNotAllowed title={t("title")} text={t("onlyAdmins")} />;
  const db = getDatabase();
  const [settings, tariffs, registryColumns, bank, statementColumns, documents] = await Promise.all([
    getSiteSettings(db),
    listTariffs({ db, actor: staff }),
    getRegistryColumnSettings(db),
    getBankDetails(db),
    getStatementColumnSettings(db),
    getDocumentsText(db),
  ]);
  const { done } = await searchParams;
  const messages = {
    ...Object.fromEntries(
      [...settingsProblems, "notAllowed", "notFound", "unavailable"].map((code) => [
        code,
        t(`errors.${code}` as "errors.required"),
      ]),
    ),
    confirmIdentity: await confirmIdentityNeeded(),
  };
  const form = { hidden: { locale }, submitLabel: t("save"), messages };
  return (
    <div className="max-w-3xl space-y-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {typeof done === "string" && <Notice text={t("saved")} />}
      {!hasFreshProof(staff) && (
        <ConfirmIdentity action={confirmIdentityAction} locale={locale} back={`/${locale}/office/settings`} />
      )}
      <ActionSection id="legal-name" title={t("legalTitle")} lead={t("legalLead")}>
        <OfficeForm
          {...form}
          action={updateLegalNameAction}
          idPrefix="legal-"
          initialValues={{ legalNameKy: settings.legalName.ky, legalNameRu: settings.legalName.ru }}
          fields={[
            { name: "legalNameKy", label: t("legalNameKy"), maxLength: 200 },
            { name: "legalNameRu", label: t("legalNameRu"), maxLength: 200 },
          ]}
        />
      </ActionSection>
      <ActionSection id="documents" title={t("documentsTitle")} lead={t("documentsLead")}>
        <OfficeForm
          {...form}
          action={updateDocumentsTextAction}
          idPrefix="documents-"
          initialValues={{ documentsKy: documents.ky, documentsRu: documents.ru }}
          fields={[
            { name: "documentsKy", label: t("documentsKy"), maxLength: 500 },
            { name: "documentsRu", label: t("documentsRu"), maxLength: 500 },
          ]}
        />
      </ActionSection>
      <ActionSection id="bank-details" title={t("bankTitle")} lead={t("bankLead")}>
        <OfficeForm
          {...form}
          action={updateBankDetailsAction}
          idPrefix="bank-"
          initialValues={{
            sellerInn: bank.sellerInn,
            bankName: bank.bankName,
            bankBic: bank.bankBic,
            bankAccount: bank.bankAccount,
            paymentCode: bank.paymentCode,
            otherBankAccounts: bank.otherBankAccounts.split("\n").join(", "),
          }}
          fields={Object.keys(bankDetailsSchema.shape).map((name) => ({
            name,
            label: t(name as "bankName"),
            maxLength: name === "otherBankAccounts" ? 400 : 120,
            autoComplete: "off",
          }))}
        />
      </ActionSection>
      <ActionSection id="offices" title={t("officesTitle")} lead={t("officesLead")}>
        {settings.offices.map((o) => (
          <div
            key={o.office}
            id={`office-${o.office}`}
            className="space-y-3 rounded-xl border border-slate-200 p-4"
          >
            <h3 className="text-xl font-semibold">{tOffice(`offices.${o.office}`)}</h3>
            <OfficeForm
              {...form}
              action={updateOfficeSettingsAction}
              idPrefix={`${o.office}-`}
              hidden={{ locale, office: o.office }}
              initialValues={{
                addressKy: o.address.ky,
                addressRu: o.address.ru,
                hoursKy: o.hours.ky,
                hoursRu: o.hours.ru,
                phone: o.phone ? formatKyrgyzPhone(o.phone) : "",
                email: o.email,
              }}
              fields={[
                { name: "addressKy", label: t("addressKy"), maxLength: 200 },
                { name: "addressRu", label: t("addressRu"), maxLength: 200 },
                { name: "hoursKy", label: t("hoursKy"), maxLength: 120 },
                { name: "hoursRu", label: t("hoursRu"), maxLength: 120 },
                { name: "phone", label: t("phone"), maxLength: 30, autoComplete: "off" },
                {
                  name: "email",
                  label: t("officeEmail"),
                  type: "email",
                  maxLength: 200,
                  autoComplete: "off",
                },
              ]}
            />
          </div>
        ))}
      </ActionSection>
      <ActionSection id="tariffs" title={t("tariffsTitle")} lead={t("tariffsLead")}>
        {tariffs.map((tariff) => (
          <div
            key={tariff.code}
            id={`tariff-${tariff.code}`}
            className="space-y-3 rounded-xl border border-slate-200 p-4"
          >
            <h3 className="text-xl font-semibold">{tariffName(tariff, locale)}</h3>
            <OfficeForm
              {...form}
              action={updateTariffAction}
              idPrefix={`${tariff.code}-`}
              hidden={{ locale, code: tariff.code }}
              initialValues={{
                nameKy: tariff.nameKy,
                nameRu: tariff.nameRu,
                price: toDecimalSom(tariff.priceTyiyn),
                active: tariff.active ? "1" : "0",
              }}
              fields={[
                { name: "nameKy", label: t("nameKy"), maxLength: 120 },
                { name: "nameRu", label: t("nameRu"), maxLength: 120 },
                { name: "price", label: t("price"), inputMode: "text", maxLength: 20 },
                {
                  name: "active",
                  label: t("active"),
                  options: [
                    { value: "1", label: t("yes") },
                    { value: "0", label: t("no") },
                  ],
                },
              ]}
            />
          </div>
        ))}
      </ActionSection>
      <ActionSection id="registry-columns" title={t("registryTitle")} lead={t("registryLead")}>
        <OfficeForm
          {...form}
          action={updateRegistryColumnsAction}
          idPrefix="registry-"
          initialValues={registryColumns}
          fields={(
            [
              "registryTxnIdColumn",
              "registryDateColumn",
              "registryAccountColumn",
              "registrySumColumn",
              "registryServiceColumn",
            ] as const
          ).map((name) => ({ name, label: t(name), maxLength: 60, autoComplete: "off" }))}
        />
      </ActionSection>
      <ActionSection id="statement-columns" title={t("statementTitle")} lead={t("statementLead")}>
        <OfficeForm
          {...form}
          action={updateStatementColumnsAction}
          idPrefix="statement-"
          initialValues={statementColumns}
          fields={Object.keys(statementColumnsSchema.shape).map((name) => ({
            name,
            label: t(name as "statementDateColumn"),
            maxLength: 60,
            autoComplete: "off",
          }))}
        />
      </ActionSection>
    </div>
  );
}
