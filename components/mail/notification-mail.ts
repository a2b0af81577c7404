import { createTranslator, type Messages } from "next-intl";
import type { MailContacts } from "@/domain/notifications/mail-contacts";
import type { ComposedMessage, MailLocale } from "@/domain/notifications/notification-content";
import type { RenderedMail } from "@/domain/notifications/send-due-notifications";
import { messagesFor } from "@/i18n/messages";
import { formatBishkekDate, formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { formatKyrgyzPhone } from "@/lib/phone";
import { renewalLink } from "@/lib/renewal-link";

type Translator = ReturnType<typeof createTranslator<Messages>>;

// The notification emails' words (messages: mail.*), plain text, in the recipient's language;
// the office's mailbox gets Kyrgyz and Russian in one message. Each says what to do next, gives
// invoice numbers without spaces (as they are typed into the wallet), and ends with whom to call.
export async function createMailRenderer(
  siteUrl: string,
): Promise<(message: ComposedMessage) => RenderedMail> {
  const messages: Record<MailLocale, Messages> = { ky: await messagesFor("ky"), ru: await messagesFor("ru") };

  // Every e-mail ends the same way: the company with its legal form, the office's address and
  // phone as the settings have them now ("being confirmed" until set), the site, and that it was
  // sent automatically.
  const footer = (t: Translator, locale: MailLocale, contacts: MailContacts) =>
    t("mail.footer", {
      legalName: contacts.legalName[locale] || t("footer.legalName"),
      offices: contacts.offices
        .map((office) =>
          t("mail.officeLine", {
            office: t(`mail.offices.${office.office}.name`),
            address: office.address[locale] || t(`offices.${office.office}.address`),
            phone: office.phone ? formatKyrgyzPhone(office.phone) : t("offices.phoneUnknown"),
          }),
        )
        .join("\n"),
      site: siteUrl,
    });

  const render = (locale: MailLocale, message: ComposedMessage): RenderedMail => {
    const t = createTranslator({ locale, messages: messages[locale] });
    const money = (tyiyn: number) => t("common.money", { amount: formatSomAmount(tyiyn) });
    const invoiceLink = (number: string) => `${siteUrl}/${locale}/invoice/${number}`;
    const c = message.content;
    switch (c.kind) {
      case "invoiceIssued": {
        const values = { number: c.invoiceNumber, amount: money(c.amountTyiyn) };
        return {
          subject: t("mail.invoiceIssued.subject", values),
          text: t("mail.invoiceIssued.text", {
            ...values,
            buyer: c.buyerName,
            link: invoiceLink(c.invoiceNumber),
            guide: `${siteUrl}/${locale}/megapay?invoice=${c.invoiceNumber}`,
            officeAt: t(`mail.offices.${c.office}.at`),
            officeTo: t(`mail.offices.${c.office}.to`),
            documents: `${siteUrl}/${locale}/help/documents`,
          }),
        };
      }
      case "receipt": {
        const detail = c.invoice
          ? c.invoice.dueTyiyn > 0
            ? t("mail.receiptInvoiceDue", {
                number: c.invoice.number,
                due: money(c.invoice.dueTyiyn),
                link: invoiceLink(c.invoice.number),
              })
            : t("mail.receiptInvoicePaid", {
                number: c.invoice.number,
                link: invoiceLink(c.invoice.number),
                officeTo: c.invoice.office
                  ? t(`mail.offices.${c.invoice.office}.to`)
                  : t("mail.anyOfficeTo"),
              })
          : t("mail.receiptSoci", { inn: c.inn ?? "" });
        const method = c.method;
        return {
          subject: t("mail.receipt.subject", { amount: money(c.sumTyiyn) }),
          text: t("mail.receipt.text", {
            amount: money(c.sumTyiyn),
            method: t(`mail.methods.${method}`),
            time: formatBishkekDateTime(c.at),
            txnLabel: t(`mail.txnLabels.${method}`),
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
        const values = { number: c.invoiceNumber, amount: money(c.sumTyiyn) };
        return {
          subject: t("mail.officePayment.subject", values),
          text: t("mail.officePayment.text", {
            ...values,
            buyer: c.buyerName,
            time: formatBishkekDateTime(c.at),
            txn: c.txnId,
            due: c.dueTyiyn > 0 ? t("mail.officeDue", { due: money(c.dueTyiyn) }) : t("mail.officePaid"),
            link: `${siteUrl}/${locale}/office/applications/${c.applicationId}`,
          }),
        };
      }
    }
  };

  const withFooter = (locale: MailLocale, message: ComposedMessage): RenderedMail => {
    const mail = render(locale, message);
    const t = createTranslator({ locale, messages: messages[locale] });
    return { subject: mail.subject, text: `${mail.text}\n\n${footer(t, locale, message.contacts)}` };
  };
  return (message) => {
    if (message.locale !== "both") return withFooter(message.locale, message);
    const ky = withFooter("ky", message);
    const ru = withFooter("ru", message);
    return { subject: `${ky.subject} / ${ru.subject}`, text: `${ky.text}\n\n————————\n\n${ru.text}` };
  };
}
