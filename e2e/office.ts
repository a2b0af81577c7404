import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { totp } from "./totp";

const root = path.resolve(import.meta.dirname, "..");
export const staffPassword = "staff password for e2e 42";

let counter = 0;
export const uniqueEmail = (role: string) => `${role}-${process.pid}-${Date.now()}-${++counter}@dostek.kg`;

// One of the project's scripts against the e2e server's database, as an admin would run it;
// returns what it printed.
export function runScript(script: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(path.join(root, "node_modules/.bin/tsx"), [script, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, ...env },
    encoding: "utf8",
  });
}

// `npm run staff:add`.
export function addStaff(
  email: string,
  name: string,
  role: "admin" | "operator" | "accountant",
  office?: string,
) {
  runScript(
    "scripts/staff-add.ts",
    ["--email", email, "--name", name, "--role", role, ...(office ? ["--office", office] : [])],
    { STAFF_PASSWORD: staffPassword },
  );
}

export async function signIn(page: Page, locale: "ky" | "ru", email: string, password = staffPassword) {
  await page.goto(`/${locale}/office/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByTestId("office-who")).toContainText(name);
}

// A new admin, signed in with the second factor set up (as at their first sign-in).
export async function signInNewAdmin(
  page: Page,
  locale: "ky" | "ru",
  name: string,
): Promise<{ email: string }> {
  const email = uniqueEmail("admin");
  addStaff(email, name, "admin");
  await signIn(page, locale, email);
  await expect(page).toHaveURL(new RegExp(`/${locale}/office/security$`));
  await page.locator('input[name="password"]').fill(staffPassword);
  await page.locator('form button[type="submit"]').click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.locator('input[name="code"]').fill(totp(secret));
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/office/security\\?enabled=1$`));
  return { email };
}

// One signed-in browser context per role (an operator of each office), for calls that carry
// the role's cookies; anonymous has none.
export type OfficeRole = "anonymous" | "accountant" | "otherOperator" | "operator" | "admin";

export async function signInEveryRole(browser: Browser) {
  const sessions: Partial<Record<OfficeRole, { email: string; request: APIRequestContext }>> & {
    anonymous: { email: string; request: APIRequestContext };
  } = { anonymous: { email: "", request: (await browser.newContext()).request } };
  const people: [
    Exclude<OfficeRole, "anonymous" | "admin">,
    "operator" | "accountant",
    string | undefined,
  ][] = [
    ["accountant", "accountant", undefined],
    ["otherOperator", "operator", "jalal-abad"],
    ["operator", "operator", "osh"],
  ];
  for (const [role, staffRole, office] of people) {
    const email = uniqueEmail(role);
    addStaff(email, "Матрица", staffRole, office);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "ky", email);
    await expect(page).toHaveURL(/\/ky\/office$/);
    sessions[role] = { email, request: context.request };
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  const { email } = await signInNewAdmin(page, "ky", "Админ Матрица");
  sessions.admin = { email, request: context.request };
  return sessions;
}
