import { describe, expect, it } from "vitest";
import type {
  ComposedMessage,
  MailLocale,
  NotificationContent,
} from "@/domain/notifications/notification-content";
import { messagesFor } from "@/i18n/messages";
import { createSmsRenderer } from "./notification-sms";

// The longest values a text can carry: a 16-digit invoice number, a 14-digit INN, and amounts of
// 999 999,99 som, above anything real (an invoice of 20 of every tariff is a few tens of
// thousands; a SOChI top-up stops at SOCI_MAX_SUM, 500 000 som by default).
const longest = { number: "9999999999999999", inn: "29999999999999", tyiyn: 99_999_999 };
const at = new Date("2026-12-31T23:59:59Z");
// The production site's address, as the renewal link carries it.
const siteUrl = "https://dostek.kg";

// Every SMS text, by the messages key it comes from.
const cases: Record<string, NotificationContent> = {
  invoiceIssued: {
    kind: "invoiceIssued",
    invoiceNumber: longest.number,
    buyerName: "x".repeat(300),
    amountTyiyn: longest.tyiyn,
    office: "jalal-abad",
  },
  receiptInvoicePaid: {
    kind: "receipt",
    service: "eds",
    method: "megapay",
    txnId: "9".repeat(20),
    sumTyiyn: longest.tyiyn,
    at,
    invoice: { number: longest.number, dueTyiyn: 0, office: "jalal-abad" },
    inn: null,
  },
  receiptInvoiceDue: {
    kind: "receipt",
    service: "eds",
    method: "cash",
    txnId: "9".repeat(20),
    sumTyiyn: longest.tyiyn,
    at,
    invoice: { number: longest.number, dueTyiyn: longest.tyiyn, office: "jalal-abad" },
    inn: null,
  },
  signatureReminder: {
    kind: "signatureReminder",
    daysLeft: 30,
    validTo: at,
    serial: "9".repeat(40),
    organizationName: "x".repeat(300),
    // 9 random bytes in base64url.
    renewalToken: "A".repeat(12),
  },
  renewalCode: { kind: "renewalCode", code: "999999" },
  receiptSoci: {
    kind: "receipt",
    service: "soci",
    method: "bank",
    txnId: "9".repeat(20),
    sumTyiyn: longest.tyiyn,
    at,
    invoice: null,
    inn: longest.inn,
  },
};

const toClient = (locale: MailLocale, content: NotificationContent): ComposedMessage => ({
  recipient: "client",
  channel: "sms",
  to: "+996555123456",
  locale,
  content,
  // An SMS names no contacts.
  contacts: { legalName: { ky: "", ru: "" }, offices: [] },
});

describe.each(["ky", "ru"] as const)("the SMS texts in %s", (locale) => {
  it("cover every text in messages' sms.*", async () => {
    const messages = (await messagesFor(locale)) as unknown as { sms: Record<string, string> };
    expect(Object.keys(cases).sort()).toEqual(Object.keys(messages.sms).sort());
  });

  it.each(Object.entries(cases))(
    "%s fits one SMS (70 characters) with the longest values",
    async (_key, content) => {
      const render = await createSmsRenderer(siteUrl);
      const text = render(toClient(locale, content));
      expect(text.length, text).toBeLessThanOrEqual(70);
      // Nothing left unfilled, and no name or full INN.
      expect(text).not.toMatch(/[{}]|xxx/);
      expect(text).not.toContain(longest.inn);
    },
  );
});

describe("an SMS", () => {
  it("gives the invoice number without spaces and the amount, in the client's language", async () => {
    const render = await createSmsRenderer(siteUrl);
    const content: NotificationContent = {
      kind: "invoiceIssued",
      invoiceNumber: "1234567890123456",
      buyerName: "ОсОО Ай",
      amountTyiyn: 151_000,
      office: "osh",
    };
    expect(render(toClient("ru", content))).toBe(
      "Счёт 1234567890123456 на 1\u00a0510,00 сом. MegaPay → «Оплата ЭЦП»",
    );
    expect(render(toClient("ky", content))).toBe(
      "Төлөө эсеби 1234567890123456: 1\u00a0510,00 сом. MegaPay → «Оплата ЭЦП»",
    );
    expect(render(toClient("ru", cases.receiptSoci!))).toBe(
      "Баланс СОчИ (ИНН …9999) пополнен на 999\u00a0999,99 сом",
    );
    expect(render(toClient("ky", cases.signatureReminder!))).toBe(
      "ЭЦП 01.01.2027 чейин. Узартуу: https://dostek.kg/ky/r/AAAAAAAAAAAA",
    );
  });
});
