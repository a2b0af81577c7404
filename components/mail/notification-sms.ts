import { createTranslator, type Messages } from "next-intl";
import type { ComposedMessage, MailLocale } from "@/domain/notifications/notification-content";
import { messagesFor } from "@/i18n/messages";
import { formatBishkekDate } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { renewalLink } from "@/lib/renewal-link";

// The notification SMS's words (messages: sms.*), one short text in the client's language. Each
// must fit one SMS: 70 characters, since Cyrillic is sent as UCS-2 and some Kyrgyz operators do
// not join a message sent in parts (notification-sms.test.ts checks every text with the longest
// values). So: no names, no link but the renewal page's, the invoice number without spaces (to copy
// into the wallet), and a SOChI balance named by the INN's last four digits only.
export async function createSmsRenderer(siteUrl: string): Promise<(message: ComposedMessage) => string> {
  const messages: Record<MailLocale, Messages> = { ky: await messagesFor("ky"), ru: await messagesFor("ru") };
  return (message) => {
    // Only the client gets SMS, always in one language.
    const locale: MailLocale = message.locale === "ru" ? "ru" : "ky";
    const t = createTranslator({ locale, messages: messages[locale] });
    const money = (tyiyn: number) => t("common.money", { amount: formatSomAmount(tyiyn) });
    const c = message.content;
    switch (c.kind) {
      case "invoiceIssued":
        return t("sms.invoiceIssued", { number: c.invoiceNumber, amount: money(c.amountTyiyn) });
      case "receipt":
        if (!c.invoice)
          return t("sms.receiptSoci", { inn: (c.inn ?? "").slice(-4), amount: money(c.sumTyiyn) });
        return c.invoice.dueTyiyn > 0
          ? t("sms.receiptInvoiceDue", {
              number: c.invoice.number,
              amount: money(c.sumTyiyn),
              due: money(c.invoice.dueTyiyn),
            })
          : t("sms.receiptInvoicePaid", { number: c.invoice.number, amount: money(c.sumTyiyn) });
      case "signatureReminder":
        return t("sms.signatureReminder", {
          date: formatBishkekDate(c.validTo),
          link: renewalLink(siteUrl, locale, c.renewalToken),
        });
      case "renewalCode":
        return t("sms.renewalCode", { code: c.code });
      case "officePayment":
        throw new Error("the office's notice is sent by email only");
    }
  };
}
