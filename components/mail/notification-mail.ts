import { createTranslator, type Messages } from "next-intl";
import type { ComposedMessage, MailLocale } from "@/domain/notifications/compose-notification";
import type { RenderedMail } from "@/domain/notifications/send-due-notifications";
import { messagesFor } from "@/i18n/messages";
import { formatBishkekDate, formatBishkekDateTime } from "@/lib/dates";
import { groupInvoiceNumber } from "@/lib/invoice-number";
import { formatSomAmount } from "@/lib/money";
import { renewalLink } from "@/lib/renewal-link";

// The notification emails' words (messages: mail.*), plain text, in the recipient's language;
// the office's mailbox gets Kyrgyz and Russian in one message.
export async function createMailRenderer(
  siteUrl: string,
): Promise<(message: ComposedMessage) => RenderedMail> {
  const messages: Record<MailLocale, Messages> = { ky: await messagesFor("ky"), ru: await messagesFor("ru") };
  const render = (locale: MailLocale, message: ComposedMessage): RenderedMail => {
    const t = createTranslator({ locale, messages: messages[locale] });
    const money = (tyiyn: number) => t("common.money", { amount: formatSomAmount(tyiyn) });
    const invoiceLink = (number: string) => `${siteUrl}/${locale}/invoice/${number}`;
    const c = message.content;
    switch (c.kind) {
      case "invoiceIssued": {
        const values = { number: groupInvoiceNumber(c.invoiceNumber), amount: money(c.amountTyiyn) };
        return {
          subject: t("mail.invoiceIssued.subject", values),
          text: t("mail.invoiceIssued.text", {
            ...values,
            buyer: c.buyerName,
            link: invoiceLink(c.invoiceNumber),
            guide: `${siteUrl}/${locale}/megapay?invoice=${c.invoiceNumber}`,
          }),
        };
      }
      case "receipt": {
        const detail = c.invoice
          ? c.invoice.dueTyiyn > 0
            ? t("mail.receiptInvoiceDue", {
                number: groupInvoiceNumber(c.invoice.number),
                due: money(c.invoice.dueTyiyn),
                link: invoiceLink(c.invoice.number),
              })
            : t("mail.receiptInvoicePaid", {
                number: groupInvoiceNumber(c.invoice.number),
                link: invoiceLink(c.invoice.number),
              })
          : t("mail.receiptSoci", { inn: c.inn ?? "" });
        return {
          subject: t("mail.receipt.subject", { amount: money(c.sumTyiyn) }),
          text: t("mail.receipt.text", {
            amount: money(c.sumTyiyn),
            method: t(`mail.methods.${c.method as "megapay"}`),
            time: formatBishkekDateTime(c.at),
            txn: c.txnId,
            detail,
          }),
        };
      }
      case "signatureReminder":
        return {
          subject: t("mail.signatureReminder.subject", { date: formatBishkekDate(c.validTo) }),
          text: t("mail.signatureReminder.text", {
            organization: c.organizationName,
            serial: c.serial,
            date: formatBishkekDate(c.validTo),
            link: renewalLink(siteUrl, locale, c.renewalToken),
          }),
        };
      case "renewalCode":
        throw new Error("a renewal code is sent by SMS only");
      case "officePayment": {
        const values = { number: groupInvoiceNumber(c.invoiceNumber), amount: money(c.sumTyiyn) };
        return {
          subject: t("mail.officePayment.subject", values),
          text: t("mail.officePayment.text", {
            ...values,
            buyer: c.buyerName,
            time: formatBishkekDateTime(c.at),
            txn: c.txnId,
            due: c.dueTyiyn > 0 ? t("mail.officeDue", { due: money(c.dueTyiyn) }) : t("mail.officePaid"),
          }),
        };
      }
    }
  };
  return (message) => {
    if (message.locale !== "both") return render(message.locale, message);
    const ky = render("ky", message);
    const ru = render("ru", message);
    return { subject: `${ky.subject} / ${ru.subject}`, text: `${ky.text}\n\n————————\n\n${ru.text}` };
  };
}
