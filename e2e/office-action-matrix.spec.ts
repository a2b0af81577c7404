import { expect } from "@playwright/test";
import { signInEveryRole, type OfficeRole } from "./office";
import { callServerAction, e2eDatabase, serverActionsInSource, type ServerAction } from "./server-actions";
import { e2eBankDetails } from "./bank";
import { officeWork, staffRows, workRows } from "./office-work-rows";
import {
  bankRows,
  reconciliationRows,
  settingsRows,
  type Row,
  type UploadedFile,
} from "./office-action-rows";
import { test } from "./fixtures";

// Who may call which server action of the back office (../shared/docs/back-office-design.md),
// tried by posting to each action directly, as someone who skips our pages would. The actions
// are listed from the source, so a new one without a row fails this test. The rows are listed
// by area: reconciliation, bank and settings in office-action-rows.ts; the offices' work and
// staff accounts in office-work-rows.ts. A new action's row goes beside its area's; a new area
// gets its own `…Rows()` function, spread into `matrix` below.
const roles: OfficeRole[] = ["anonymous", "accountant", "otherOperator", "operator", "admin"];

const staffDir = "[locale]/office/(staff)";

// Actions any signed-in (or signing-in) person uses on their own account: not a role's right.
const ownAccount = [
  "[locale]/office/actions.ts#signOutAction",
  "[locale]/office/(entry)/login/actions.ts#signInAction",
  "[locale]/office/(entry)/security/actions.ts#startTwoFactorSetupAction",
  "[locale]/office/(entry)/security/actions.ts#confirmTwoFactorSetupAction",
  "[locale]/office/(entry)/security/actions.ts#changePasswordAction",
  "[locale]/office/(entry)/security/actions.ts#confirmIdentityAction",
  "[locale]/office/(entry)/security/actions.ts#revokeSessionAction",
  "[locale]/office/(entry)/two-factor/actions.ts#verifySecondFactorAction",
];

const actions = serverActionsInSource("[locale]/office");
const action = (key: string): ServerAction => {
  const found = actions.find((a) => a.key === `${staffDir}/${key}`);
  if (!found) throw new Error(`no server action ${key}`);
  return found;
};

test("every back-office server action, posted directly, as every role", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const origin = baseURL!;
  const db = e2eDatabase();
  const sessions = await signInEveryRole(browser);
  const admin = sessions.admin!.request;
  const audited = (action: string, email: string) =>
    (
      db
        .prepare("SELECT COUNT(*) AS n FROM AuditEvent WHERE action = ? AND actorEmail = ?")
        .get(action, email.toLowerCase()) as {
        n: number;
      }
    ).n;

  const work = officeWork({ db, admin, operator: sessions.operator!.request, origin, action });
  const tariff = db
    .prepare("SELECT nameKy, nameRu FROM Tariff WHERE code = 'cloud-complex-unlimited'")
    .get() as {
    nameKy: string;
    nameRu: string;
  };
  const osh = await work.registerAtOsh();
  const uploadRegistry = (fields: Record<string, string | UploadedFile>) =>
    callServerAction(admin, action("reconciliation/actions.ts#uploadRegistryAction"), fields, origin);
  const uploadStatement = async (file: UploadedFile) => {
    await callServerAction(
      admin,
      action("settings/actions.ts#updateBankDetailsAction"),
      { locale: "ky", ...e2eBankDetails },
      origin,
    );
    await admin.post("/ky/office/bank/upload", {
      headers: { Accept: "application/json" },
      multipart: { files: file },
    });
  };
  const matrix: Record<string, Row> = {
    ...reconciliationRows(db, uploadRegistry),
    ...bankRows(db, uploadStatement),
    ...settingsRows(tariff),
    ...workRows(work, osh),
    ...staffRows(work),
  };
  expect(new Set(actions.map((a) => a.key))).toEqual(
    new Set([...ownAccount, ...Object.keys(matrix).map((k) => `${staffDir}/${k}`)]),
  );

  let n = 0;
  for (const [key, row] of Object.entries(matrix)) {
    for (const role of roles) {
      const fields = await row.fields(++n);
      const email = sessions[role]?.email ?? "";
      const before = audited(row.audit, email);
      const response = await callServerAction(
        sessions[role]?.request ?? sessions.anonymous.request,
        action(key),
        fields,
        origin,
      );
      const done = /[?&]done=/.test(response.headers()["x-action-redirect"] ?? "");
      const passed = audited(row.audit, email) > before || (row.mayChangeNothing === true && done);
      const answer = `${response.status()} ${response.headers()["x-action-redirect"] ?? ""} ${(await response.text()).slice(0, 300)}`;
      expect(passed, `${role} calling ${key}: ${answer}`).toBe(row.allowed.includes(role));
      if (role === "anonymous")
        expect(response.headers()["x-action-redirect"], `${key} sends anonymous to sign in`).toContain(
          "/office/login",
        );
    }
  }

  // A cross-site post of an allowed action, with the admin's cookies, is refused by its Origin.
  const before = audited("settings.office-changed", sessions.admin!.email);
  await callServerAction(
    admin,
    action("settings/actions.ts#updateOfficeSettingsAction"),
    await matrix["settings/actions.ts#updateOfficeSettingsAction"]!.fields(++n),
    "https://evil.example",
  );
  expect(audited("settings.office-changed", sessions.admin!.email)).toBe(before);
  db.close();
});
