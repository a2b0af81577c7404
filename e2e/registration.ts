import { expect, type Page } from "@playwright/test";

export interface RegistrationData {
  clientType: "legal" | "entrepreneur";
  inn: string;
  organizationName: string;
  headName: string;
  phone: string;
  email?: string;
  office: "osh" | "jalal-abad";
  tariffs: Record<string, number>;
}

let counter = 0;

// A fresh, valid organisation INN (0 + 13 digits) per call, so tests do not share clients.
export function uniqueOrganizationInn(): string {
  counter += 1;
  return `0${String(Date.now() % 1e9).padStart(9, "0")}${String(process.pid % 100).padStart(2, "0")}${String(counter).padStart(2, "0")}`.slice(
    0,
    14,
  );
}

export function uniquePersonInn(): string {
  counter += 1;
  return `215031985${String((Date.now() + counter) % 100000).padStart(5, "0")}`;
}

export async function fillRegistration(page: Page, data: RegistrationData): Promise<void> {
  await page.locator(`input[name="clientType"][value="${data.clientType}"]`).check();
  await page.locator('input[name="inn"]').fill(data.inn);
  await page.locator('input[name="organizationName"]').fill(data.organizationName);
  await page.locator('input[name="headName"]').fill(data.headName);
  await page.locator('input[name="phone"]').fill(data.phone);
  if (data.email) await page.locator('input[name="email"]').fill(data.email);
  await page.locator(`input[name="office"][value="${data.office}"]`).check();
  for (const [code, quantity] of Object.entries(data.tariffs)) {
    await page.locator(`input[name="tariff"][value="${code}"]`).check();
    await page.locator(`input[name="quantity-${code}"]`).fill(String(quantity));
  }
  await page.locator('input[name="consent"]').check();
}

export async function invoiceNumberOnPage(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/invoice\/\d{16}$/);
  return (await page.getByTestId("invoice-number").textContent())!.replace(/\s/g, "");
}

// The public form's fields as posted, for a walk-in client of the Osh office (server actions
// called directly).
export function registrationFields(inn: string) {
  return {
    locale: "ky",
    submissionKey: `matrix-${inn}-${Date.now()}`,
    website: "",
    clientType: "legal",
    inn,
    organizationName: "ОсОО Матрица",
    headName: "Асанов Асан",
    phone: "+996 555 123 456",
    email: "",
    office: "osh",
    tariff: "rutoken",
    "quantity-rutoken": "1",
    consent: "on",
  };
}

// An organisation registered online at the Osh office with one RuToken signature (1200 som):
// its invoice's number.
export async function registerOnline(page: Page, locale: "ky" | "ru", inn: string, name: string) {
  await page.goto(`/${locale}/register`);
  await fillRegistration(page, {
    clientType: "legal",
    inn,
    organizationName: name,
    headName: "Асанов Асан",
    phone: "+996 555 010 203",
    office: "osh",
    tariffs: { rutoken: 1 },
  });
  await page
    .locator("form", { has: page.locator('input[name="inn"]') })
    .locator('button[type="submit"]')
    .click();
  return invoiceNumberOnPage(page);
}
