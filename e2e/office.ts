import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { totp } from "./totp";

const root = path.resolve(import.meta.dirname, "..");
export const staffPassword = "staff password for e2e 42";

let counter = 0;
export const uniqueEmail = (role: string) => `${role}-${process.pid}-${Date.now()}-${++counter}@dostek.kg`;

// One of the compiled admin commands (npm run build made them; `npm run staff:add` runs the same
// file) against the e2e server's database, as an admin would run it; returns what it printed.
export function runCommand(command: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [`.next/commands/${command}.mjs`, ...args], {
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
  runCommand(
    "staff-add",
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

// The password each test person chooses at the first sign-in, and their authenticator's secret.
export const ownPassword = "жашыл трамвай дарыя боюнда 2026";
const credentials = new Map<string, { password: string; secret: string }>();

// The first sign-in of someone an admin added: the given password, then their own, then the
// second factor; ends on the security page with both done.
export async function completeFirstSignIn(
  page: Page,
  locale: "ky" | "ru",
  email: string,
  givenPassword = staffPassword,
): Promise<{ secret: string }> {
  await signIn(page, locale, email, givenPassword);
  await expect(page).toHaveURL(new RegExp(`/${locale}/office/security$`));
  const passwordForm = page.locator('form:has(input[name="newPassword"])');
  await passwordForm.locator('input[name="currentPassword"]').fill(givenPassword);
  await passwordForm.locator('input[name="newPassword"]').fill(ownPassword);
  await passwordForm.locator('input[name="repeatPassword"]').fill(ownPassword);
  await passwordForm.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/office/security\\?done=password$`));
  await page.locator('form:has(input[name="password"]) input[name="password"]').fill(ownPassword);
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.locator('form:has(input[name="code"]) input[name="code"]').fill(totp(secret));
  await page.locator('form:has(input[name="code"]) button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/office/security\\?enabled=1$`));
  credentials.set(email, { password: ownPassword, secret });
  return { secret };
}

// A later sign-in of someone who finished the first one in this test: password, then a code.
export async function signInWithCode(page: Page, locale: "ky" | "ru", email: string) {
  const known = credentials.get(email);
  if (!known) throw new Error(`${email} has not signed in for the first time in this worker`);
  await signIn(page, locale, email, known.password);
  await expect(page).toHaveURL(new RegExp(`/${locale}/office/two-factor$`));
  await page.locator('input[name="code"]').fill(totp(known.secret));
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/office$`));
}

// A staff member added with `npm run staff:add`, through their first sign-in.
export async function signInNewStaff(
  page: Page,
  locale: "ky" | "ru",
  name: string,
  role: "admin" | "operator" | "accountant",
  office?: string,
): Promise<{ email: string; secret: string }> {
  const email = uniqueEmail(role);
  addStaff(email, name, role, office);
  const { secret } = await completeFirstSignIn(page, locale, email);
  return { email, secret };
}

// A new admin, signed in with their own password and the second factor set up.
export async function signInNewAdmin(
  page: Page,
  locale: "ky" | "ru",
  name: string,
): Promise<{ email: string }> {
  const { email } = await signInNewStaff(page, locale, name, "admin");
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
    const context = await browser.newContext();
    const page = await context.newPage();
    const { email } = await signInNewStaff(page, "ky", "Матрица", staffRole, office);
    sessions[role] = { email, request: context.request };
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  const { email } = await signInNewAdmin(page, "ky", "Админ Матрица");
  sessions.admin = { email, request: context.request };
  return sessions;
}
