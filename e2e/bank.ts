// Bank statements in the browser tests: the company's details every test sets the same way
// (tests run side by side on one database), and statements written as banks write them.
import { oneCStatementOf, type OneCDocument } from "../scripts/test/one-c-file";
import { windows1251 } from "../scripts/test/windows-1251";

export const e2eBankDetails = {
  sellerInn: "01234567890123",
  bankName: "ОАО «Айыл Банк»",
  bankBic: "135001",
  bankAccount: "1350100000004567",
  paymentCode: "42151410",
  otherBankAccounts: "",
} as const;

// A 1C statement of incoming transfers to the company's account, in Windows-1251 with CRLF.
export function oneCStatement(name: string, documents: Omit<OneCDocument, "recipientAccount">[]) {
  const text = oneCStatementOf(
    e2eBankDetails.bankAccount,
    documents.map((d) => ({ receivedOn: d.date, ...d, recipientAccount: e2eBankDetails.bankAccount })),
  );
  // Windows-1251, as banks write it; UTF-8 when the text has letters that code page lacks (the
  // Kyrgyz ң, ө, ү of a purpose copied from a Kyrgyz invoice page).
  let buffer: Buffer;
  try {
    buffer = Buffer.from(windows1251(text));
  } catch {
    buffer = Buffer.from(text, "utf8");
  }
  return { name, mimeType: "text/plain", buffer };
}

// The admin saves the company's bank details on the settings page (the same values in every test).
export async function setBankDetails(page: import("@playwright/test").Page, locale: "ky" | "ru") {
  await page.goto(`/${locale}/office/settings`);
  for (const [name, value] of Object.entries(e2eBankDetails)) await page.locator(`#bank-${name}`).fill(value);
  await page.locator("#bank-details").locator('button[type="submit"]').click();
  await page.waitForURL(/done=bank-details/);
}
