import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { addStaff, completeFirstSignIn, signInNewAdmin, uniqueEmail } from "./office";
import { registerOnline, uniqueOrganizationInn } from "./registration";
import { oneCStatement, setBankDetails } from "./bank";
import { megapayAuth } from "./megapay";
import { allowedAnywhere, allowedBy } from "./office-action-rows";
import type { StaffPermission } from "../config/staff-permissions";
import { test } from "./fixtures";

// Who may open which back-office page (../shared/docs/back-office-design.md). The pages are
// listed from the file system, so a new page without a row here fails this test.
const root = path.resolve(import.meta.dirname, "../app/[locale]/office/(staff)");
function staffPages(dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return staffPages(full);
    if (name !== "page.tsx" && name !== "route.ts") return [];
    return ["/" + path.relative(root, dir).split(path.sep).join("/")].map((p) => (p === "/" ? "" : p));
  });
}

type Role = "anonymous" | "accountant" | "otherOperator" | "operator" | "admin";
// "work": the page with the actions this role may take; "read": the page without any action
// form; "refused": the not-allowed notice. (Anonymous visitors are always sent to sign in.)
type Access = "work" | "read" | "refused";
// Each page: the permission to open it, and the permission of the forms it shows, if any (for
// the work of the Osh office the fixtures make). What each role gets is the permission table's
// answer (config/staff-permissions.ts through allowedBy), so a row changed in the table without
// the pages, actions and domain following fails here.
// `atOsh`: the forms are for the Osh office's work (an operator of another office only reads).
const pages: Record<
  string,
  { open: StaffPermission; work?: StaffPermission; atOsh?: true; notFor?: Role[] }
> = {
  "": { open: "read" },
  "/applications": { open: "read" },
  "/applications/[id]": { open: "read", work: "officeWork", atOsh: true },
  "/invoices": { open: "read" },
  "/clients": { open: "read" },
  "/clients/import": { open: "importSociClients", work: "importSociClients" },
  "/clients/[inn]": { open: "read", work: "editClient" },
  "/payments": { open: "read" },
  // A MegaPay payment: nobody reverses it from here.
  "/payments/[id]": { open: "read" },
  "/payments/export": { open: "read" },
  "/close": { open: "read" },
  "/close/export": { open: "read" },
  "/reconciliation": { open: "reconcile", work: "reconcile" },
  "/reconciliation/[id]": { open: "reconcile", work: "reconcile" },
  "/reconciliation/[id]/export": { open: "reconcile" },
  "/bank": { open: "bankStatements", work: "bankStatements" },
  "/bank/[id]": { open: "bankStatements" },
  "/bank/[id]/export": { open: "bankStatements" },
  // Posted to (a statement's upload): an empty post is refused for who may not, "no file" for who may.
  "/bank/upload": { open: "bankStatements" },
  // Signatures to renew: read by all; the renewal is issued on /register.
  "/signatures": { open: "read" },
  "/signatures/export": { open: "read" },
  "/payments/new": { open: "officeWork", work: "officeWork" },
  "/register": { open: "officeWork", work: "officeWork" },
  "/staff": { open: "staffAccounts", work: "staffAccounts" },
  "/settings": { open: "settings", work: "settings" },
  "/audit": { open: "auditLog" },
  "/requests": { open: "read" },
  // The admin asked for this one: someone else decides it.
  "/requests/[id]": { open: "read", work: "decideMoneyRequests", notFor: ["admin"] },
};
const roles = ["accountant", "otherOperator", "operator", "admin"] as const;
const matrix: Record<string, Record<Exclude<Role, "anonymous">, Access>> = Object.fromEntries(
  Object.entries(pages).map(([route, { open, work, atOsh, notFor = [] }]) => [
    route,
    Object.fromEntries(
      roles.map((role) => [
        role,
        !allowedAnywhere(open).includes(role)
          ? "refused"
          : work && (atOsh ? allowedBy(work) : allowedAnywhere(work)).includes(role) && !notFor.includes(role)
            ? "work"
            : "read",
      ]),
    ) as Record<Exclude<Role, "anonymous">, Access>,
  ]),
);

// Hidden fields that only the forms of actions carry.
const actionForms =
  'input[name="itemId"], input[name="applicationId"], input[name="requestId"], input[name="paymentId"], input[name="inn"][type="hidden"], form input[name="receiptNumber"], form input[name="organizationName"], form input[name="password"], form input[name="file"], form input[name="legalNameKy"], form input[name="files"], input[name="transferId"]';

test("every back-office page and route, as every role", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  expect(new Set(staffPages())).toEqual(new Set(Object.keys(matrix)));

  // An online application at the Osh office, paid through MegaPay: one of everything to open.
  const inn = uniqueOrganizationInn();
  const invoice = await registerOnline(page, "ru", inn, "ОсОО Матрица");
  const txn = String(Date.now());
  await request.post("/api/megapay/eds", {
    headers: { Authorization: megapayAuth },
    form: { command: "pay", txn_id: txn, account: invoice, sum: "1", txn_date: "20261124120000" },
  });

  const sessions: Record<Exclude<Role, "anonymous">, Page> = {
    admin: await browser.newPage(),
    accountant: await browser.newPage(),
    operator: await browser.newPage(),
    otherOperator: await browser.newPage(),
  };
  await signInNewAdmin(sessions.admin, "ru", "Админ Матрица");
  for (const [role, office] of [
    ["accountant", undefined],
    ["operator", "osh"],
    ["otherOperator", "jalal-abad"],
  ] as const) {
    const email = uniqueEmail(role);
    addStaff(email, role, role === "accountant" ? "accountant" : "operator", office);
    await completeFirstSignIn(sessions[role], "ru", email);
    await sessions[role].goto("/ru/office");
  }

  const admin = sessions.admin;
  await admin.goto(`/ru/office/applications?q=${inn}`);
  const applicationPath = await admin.getByTestId("application-row").getByRole("link").getAttribute("href");
  await admin.goto(`/ru/office/payments?q=${txn}`);
  const paymentPath = await admin.getByTestId("journal-row").getByRole("link").getAttribute("href");
  // A reconciliation with a difference to resolve: a registry row we have no payment for.
  await admin.goto("/ru/office/reconciliation");
  await admin.locator('input[name="file"]').setInputFiles({
    name: "registry.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`txn_id,date,account,sum,service\n${txn}9,2026-11-25 10:00,${inn},10,soci\n`),
  });
  await admin.getByRole("button", { name: "Сверить" }).click();
  await expect(admin).toHaveURL(/\/ru\/office\/reconciliation\/\d+$/);
  const reconciliationPath = new URL(admin.url()).pathname;
  // A money request: the admin asks for a balance adjustment.
  await admin.goto(`/ru/office/clients/${inn}`);
  await admin.locator('input[name="amount"]').fill("10");
  await admin.locator('input[name="comment"]').fill("Проверка матрицы");
  await admin.getByRole("button", { name: "Попросить корректировку" }).click();
  await expect(admin).toHaveURL(/\/ru\/office\/requests\/\d+\?done=requested$/);
  const requestPath = new URL(admin.url()).pathname;
  // A bank statement with a transfer that waits (nothing matches it).
  await setBankDetails(admin, "ru");
  const statement = await admin.request.post("/ru/office/bank/upload", {
    headers: { Accept: "application/json" },
    multipart: {
      files: oneCStatement("matrix.txt", [
        { number: txn, date: "03.12.2026", sum: "1.00", purpose: "матрица" },
      ]),
    },
  });
  const statementId = ((await statement.json()) as { results: { statementId?: number }[] }).results[0]
    ?.statementId;
  expect(statementId, await statement.text()).toBeGreaterThan(0);
  const urlOf = (route: string) =>
    route === "/applications/[id]"
      ? applicationPath!
      : route === "/payments/[id]"
        ? paymentPath!
        : route.startsWith("/reconciliation/[id]")
          ? route.replace("/reconciliation/[id]", reconciliationPath)
          : route === "/requests/[id]"
            ? requestPath
            : `/ru/office${route.replace("[inn]", inn).replace("/bank/[id]", `/bank/${statementId}`)}`;

  // What a page lets a role do is all in the HTML the server sends: the back-office pages and
  // their forms render on the server, and none streams a part later (checked below: React puts
  // a streamed part in a hidden div "S:…"). Each role's request (its cookies) fetches the page,
  // and `reader` (JavaScript off, the HTML set on about:blank, so that no script or style loads)
  // only parses it. 110 full page loads took a phone-sized Chromium five times as long as the
  // server took to answer.
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const anonymous = (await browser.newContext()).request;
  for (const route of Object.keys(matrix)) {
    const url = urlOf(route);
    if (route === "/bank/upload") {
      expect((await anonymous.post(url, { maxRedirects: 0 })).status(), url).toBe(401);
    } else if (route.endsWith("/export")) {
      expect((await anonymous.get(url, { maxRedirects: 0 })).status(), url).toBe(401);
    } else {
      expect(new URL((await anonymous.get(url)).url()).pathname, url).toBe("/ru/office/login");
    }
    for (const [role, p] of Object.entries(sessions) as [Exclude<Role, "anonymous">, Page][]) {
      const expected = matrix[route]![role];
      if (route === "/bank/upload") {
        const posted = await p.request.post(url, {
          headers: { Accept: "application/json" },
          multipart: { note: "x" },
        });
        expect(posted.status(), `${role} ${url}`).toBe(expected === "refused" ? 403 : 400);
        continue;
      }
      if (route.endsWith("/export")) {
        expect((await p.request.get(url)).status(), `${role} ${url}`).toBe(
          expected === "refused" ? 403 : 200,
        );
        continue;
      }
      const response = await p.request.get(url);
      expect(response.status(), `${role} ${url}`).toBe(200);
      expect(new URL(response.url()).pathname, `${role} ${url}`).toBe(url);
      await reader.setContent(await response.text());
      await expect(reader.locator('div[hidden][id^="S:"]'), `${role} ${url} streams a part`).toHaveCount(0);
      await expect(reader.locator("h1").first(), `${role} ${url}`).toBeVisible();
      if (expected === "refused") {
        await expect(reader.getByTestId("not-allowed"), `${role} ${url}`).toBeVisible();
      } else {
        await expect(reader.getByTestId("not-allowed"), `${role} ${url}`).toHaveCount(0);
        const forms = await reader.locator(actionForms).count();
        if (expected === "read") expect(forms, `${role} may not act on ${url}`).toBe(0);
        else expect(forms, `${role} may act on ${url}`).toBeGreaterThan(0);
      }
    }
  }
});
