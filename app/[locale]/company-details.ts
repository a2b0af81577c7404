import { getTranslations } from "next-intl/server";
import type { TransferRecipient } from "@/components/invoice/invoice-bank-transfer";
import { getBankDetails } from "@/domain/settings/bank-details";
import { getDocumentsText, getLegalName, getSiteSettings } from "@/domain/settings/get-site-settings";
import type { Locale } from "@/i18n/routing";
import { getDatabase } from "@/server/db";

// The company as a bank transfer's recipient, for the invoice page, its PDF and the payment help page: the legal name
// an admin set (else the one in messages) and the bank details, or null while those are not set.
export async function transferRecipient(locale: Locale): Promise<TransferRecipient | null> {
  const db = getDatabase();
  const [bank, legalName] = await Promise.all([getBankDetails(db), getLegalName(db)]);
  if (!bank.complete) return null;
  const fallback = (await getTranslations({ locale, namespace: "footer" }))("legalName");
  return {
    legalName: legalName[locale] || fallback,
    inn: bank.sellerInn,
    bankName: bank.bankName,
    bic: bank.bankBic,
    account: bank.bankAccount,
    paymentCode: bank.paymentCode,
  };
}

// What the invoice page tells a client about the office they chose: what to bring (the settings'
// text in this language, empty = ask the office) and its phone (empty until set).
export async function officeForClient(
  locale: Locale,
  office: string | undefined,
): Promise<{ documents: string; phone: string }> {
  if (!office) return { documents: "", phone: "" };
  const db = getDatabase();
  const [documents, settings] = await Promise.all([getDocumentsText(db), getSiteSettings(db)]);
  return {
    documents: documents[locale],
    phone: settings.offices.find((o) => o.office === office)?.phone ?? "",
  };
}
