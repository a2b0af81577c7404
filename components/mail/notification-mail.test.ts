import { describe, expect, it } from "vitest";
import { companyName, legalForm } from "@/config/company";
import { walletLabels } from "@/config/megapay-wallet";
import type { MailContacts } from "@/domain/notifications/mail-contacts";
import type {
  ComposedMessage,
  MailLocale,
  NotificationContent,
} from "@/domain/notifications/notification-content";
import { messagesFor } from "@/i18n/messages";
import { createMailRenderer } from "./notification-mail";

const siteUrl = "https://dostek.kg";
const at = new Date("2026-12-05T08:30:00Z");
const number = "1234567890123456";

// The settings as an admin left them: Osh's address and phone set, no legal name (the mail then
// writes the one from messages).
const contacts: MailContacts = {
  legalName: { ky: "", ru: "" },
  offices: [
    {
      office: "osh",
      address: { ky: "Ленин көчөсү, 1", ru: "ул. Ленина, 1" },
      hours: { ky: "", ru: "" },
      phone: "+996555123456",
      email: "osh@dostek.kg",
    },
  ],
};

const cases: Record<string, NotificationContent> = {
  invoiceIssued: {
    kind: "invoiceIssued",
    invoiceNumber: number,
    buyerName: "ОсОО Ай",
    amountTyiyn: 151_000,
    office: "osh",
  },
  receiptPaid: {
    kind: "receipt",
    service: "eds",
    method: "cash",
    txnId: "К-17",
    sumTyiyn: 151_000,
    at,
    invoice: { number, dueTyiyn: 0, office: "osh" },
    inn: null,
  },
  receiptDue: {
    kind: "receipt",
    service: "eds",
    method: "megapay",
    txnId: "77001",
    sumTyiyn: 51_000,
    at,
    invoice: { number, dueTyiyn: 100_000, office: "osh" },
    inn: null,
  },
  receiptSoci: {
    kind: "receipt",
    service: "soci",
    method: "bank",
    txnId: "345",
    sumTyiyn: 100_000,
    at,
    invoice: null,
    inn: "01234567890123",
  },
  signatureReminder: {
    kind: "signatureReminder",
    daysLeft: 7,
    validTo: at,
    serial: "AB12",
    organizationName: "ОсОО Ай",
    renewalToken: "A".repeat(12),
  },
};

const toClient = (locale: MailLocale, content: NotificationContent): ComposedMessage => ({
  recipient: "client",
  channel: "email",
  to: "client@example.kg",
  locale,
  content,
  contacts,
});

const words = async (locale: MailLocale) =>
  (await messagesFor(locale)) as unknown as {
    mail: { offices: { osh: { to: string; at: string; name: string } }; txnLabels: Record<string, string> };
  };

describe.each(["ky", "ru"] as const)("the e-mails in %s", (locale) => {
  it.each(Object.keys(cases))(
    "%s ends with the company, the office to call, the site, and 'sent automatically'",
    async (key) => {
      const render = await createMailRenderer(siteUrl);
      const { text, subject } = render(toClient(locale, cases[key]!));
      const name = locale === "ky" ? `«${companyName}» ${legalForm.ky}` : `${legalForm.ru} «${companyName}»`;
      expect(text).toContain(name);
      expect(text).toContain(locale === "ky" ? "Ленин көчөсү, 1" : "ул. Ленина, 1");
      expect(text).toContain("+996 555 123 456");
      expect(text).toContain(`\n${siteUrl}\n`);
      expect(text).toMatch(locale === "ky" ? /автоматтык түрдө/ : /автоматически/);
      // Nothing left unfilled.
      expect(`${subject}\n${text}`).not.toMatch(/[{}]/);
    },
  );

  it("the invoice's gives the exact amount, the number without spaces, the wallet's path and the office", async () => {
    const render = await createMailRenderer(siteUrl);
    const { text, subject } = render(toClient(locale, cases.invoiceIssued!));
    const office = (await words(locale)).mail.offices.osh;
    expect(subject).toContain(number);
    expect(text).toContain(`: ${number}\n`);
    expect(text).not.toContain("1234 5678");
    expect(text).toContain("1\u00a0510,00 сом");
    expect(text).toContain(`«${walletLabels.payment}» → «${walletLabels.other}» → «${walletLabels.eds}»`);
    expect(text).toContain(`«${walletLabels.account}»`);
    expect(text).toContain(office.at);
    expect(text).toContain(office.to);
    expect(text).toContain(`${siteUrl}/${locale}/megapay?invoice=${number}`);
    expect(text).toContain(`${siteUrl}/${locale}/help/documents`);
  });

  it("a receipt of a fully paid invoice says to come to its office; one still due does not", async () => {
    const render = await createMailRenderer(siteUrl);
    const { mail } = await words(locale);
    const paid = render(toClient(locale, cases.receiptPaid!)).text;
    expect(paid).toContain(mail.offices.osh.to);
    // Cash is named by its receipt's number.
    expect(paid).toContain(`${mail.txnLabels.cash}: К-17`);
    const due = render(toClient(locale, cases.receiptDue!)).text;
    expect(due).not.toContain(mail.offices.osh.to);
    expect(due).toContain(`${mail.txnLabels.megapay}: 77001`);
    expect(due).toContain("1\u00a0000,00 сом");
    // An invoice whose office is not known still reads as an invoice, not a top-up.
    const unknownOffice = render(
      toClient(locale, {
        ...cases.receiptPaid!,
        invoice: { number, dueTyiyn: 0, office: null },
      } as NotificationContent),
    ).text;
    expect(unknownOffice).toContain(number);
    expect(unknownOffice).not.toContain(mail.offices.osh.to);
  });
});

describe("the office's notice", () => {
  it("links the application in the back office, in both languages", async () => {
    const render = await createMailRenderer(siteUrl);
    const { text } = render({
      recipient: "office",
      channel: "email",
      to: "osh@dostek.kg",
      locale: "both",
      contacts,
      content: {
        kind: "officePayment",
        applicationId: 42,
        invoiceNumber: number,
        buyerName: "ОсОО Ай",
        txnId: "77001",
        sumTyiyn: 151_000,
        at,
        dueTyiyn: 0,
      },
    });
    expect(text).toContain(`${siteUrl}/ky/office/applications/42`);
    expect(text).toContain(`${siteUrl}/ru/office/applications/42`);
  });
});
