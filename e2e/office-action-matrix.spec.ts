import { expect, test } from "@playwright/test";
import { addStaff, signInEveryRole, staffPassword, type OfficeRole, uniqueEmail } from "./office";
import { registrationFields, uniqueOrganizationInn } from "./registration";
import { callServerAction, e2eDatabase, serverActionsInSource, type ServerAction } from "./server-actions";
import { megapayAuth } from "./megapay";
import { e2eBankDetails } from "./bank";
import {
  allowedBy,
  bankRows,
  reconciliationRows,
  settingsRows,
  type Row,
  type UploadedFile,
} from "./office-action-rows";

// Who may call which server action of the back office (../shared/docs/back-office-design.md),
// tried by posting to each action directly, as someone who skips our pages would. The actions
// are listed from the source, so a new one without a row here fails this test.
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

  // A walk-in client of the Osh office, registered by the admin: its invoice and application.
  const registerAtOsh = async (inn = uniqueOrganizationInn()) => {
    const response = await callServerAction(
      admin,
      action("register/actions.ts#officeRegisterAction"),
      registrationFields(inn),
      origin,
    );
    const number = /\/invoice\/(\d{16})/.exec(response.headers()["x-action-redirect"] ?? "")?.[1];
    if (!number) throw new Error(`registration failed: ${response.status()} ${await response.text()}`);
    const row = db.prepare("SELECT applicationId, amountTyiyn FROM Invoice WHERE number = ?").get(number) as {
      applicationId: number;
      amountTyiyn: number;
    };
    return { inn, number, applicationId: String(row.applicationId), amountTyiyn: Number(row.amountTyiyn) };
  };
  const paidAndChecked = async () => {
    const a = await registerAtOsh();
    await callServerAction(
      admin,
      action("applications/[id]/actions.ts#checkDocumentsAction"),
      { locale: "ky", applicationId: a.applicationId },
      origin,
    );
    const paid = await sessions.admin!.request.post("/api/megapay/eds", {
      headers: { Authorization: megapayAuth },
      form: {
        command: "pay",
        txn_id: `m${Date.now()}${Math.random()}`.replace(/\D/g, "").slice(0, 18),
        account: a.number,
        sum: (a.amountTyiyn / 100).toFixed(2),
        txn_date: "20261124120000",
      },
    });
    expect(await paid.text()).toContain("<result>0</result>");
    return a;
  };
  const victim = (email: string) => {
    addStaff(email, "Кызматкер Текшерүү", "operator", "osh");
    return (db.prepare("SELECT id FROM StaffUser WHERE email = ?").get(email) as { id: string }).id;
  };
  const sessionsVictim = victim(uniqueEmail("victim"));
  const activeVictim = victim(uniqueEmail("victim"));
  const resetVictim = victim(uniqueEmail("victim"));
  const tariff = db
    .prepare("SELECT nameKy, nameRu FROM Tariff WHERE code = 'cloud-complex-unlimited'")
    .get() as {
    nameKy: string;
    nameRu: string;
  };
  const osh = await registerAtOsh();
  const cashPayment = async (n: number) => {
    const receiptNumber = `RV-${Date.now()}-${n}`;
    await callServerAction(
      admin,
      action("payments/new/actions.ts#recordPaymentAction"),
      {
        locale: "ky",
        service: "eds",
        account: osh.number,
        amount: "1",
        method: "cash",
        receiptNumber,
        paidOn: "",
        office: "osh",
      },
      origin,
    );
    const row = db.prepare("SELECT id FROM Payment WHERE receiptNumber = ?").get(receiptNumber) as {
      id: number;
    };
    return String(row.id);
  };
  const operatorsRequest = async (n: number) => {
    const response = await callServerAction(
      sessions.operator!.request,
      action("payments/[id]/actions.ts#requestReversalAction"),
      { locale: "ky", paymentId: await cashPayment(n), reason: "Текшерүү" },
      origin,
    );
    const id = /\/requests\/(\d+)/.exec(response.headers()["x-action-redirect"] ?? "")?.[1];
    if (!id) throw new Error(`no request: ${response.status()} ${await response.text()}`);
    return id;
  };
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
    "applications/[id]/actions.ts#checkDocumentsAction": {
      allowed: allowedBy("officeWork"),
      audit: "application.documents-checked",
      fields: async () => ({ locale: "ky", applicationId: (await registerAtOsh()).applicationId }),
    },
    "applications/[id]/actions.ts#cancelApplicationAction": {
      allowed: allowedBy("officeWork"),
      audit: "invoice.cancelled",
      fields: async () => {
        const a = await registerAtOsh();
        return {
          locale: "ky",
          applicationId: a.applicationId,
          invoiceNumber: a.number,
          reason: "Кардар баш тартты",
        };
      },
    },
    "applications/[id]/actions.ts#issueSignatureAction": {
      allowed: allowedBy("officeWork"),
      audit: "application.signature-issued",
      fields: async (n) => ({
        locale: "ky",
        applicationId: (await paidAndChecked()).applicationId,
        serial: `MX${Date.now()}${n}`,
      }),
    },
    "clients/[inn]/actions.ts#setSociConnectionAction": {
      allowed: allowedBy("editClient"),
      audit: "client.soci-connected",
      fields: async () => ({ locale: "ky", inn: (await registerAtOsh()).inn, connected: "1" }),
    },
    "clients/[inn]/actions.ts#setRemindersAction": {
      allowed: allowedBy("editClient"),
      audit: "client.reminders-off",
      fields: async () => ({ locale: "ky", inn: (await registerAtOsh()).inn, on: "0" }),
    },
    "clients/[inn]/actions.ts#updateContactsAction": {
      allowed: allowedBy("editClient"),
      audit: "client.contacts-changed",
      fields: async (n) => ({
        locale: "ky",
        inn: osh.inn,
        headName: `Жетекчи ${"абвгдежзик"[n % 10]}`,
        phone: "+996 555 000 111",
        email: "",
      }),
    },
    // Asks; someone else approves (requests/actions.ts).
    "clients/[inn]/actions.ts#adjustBalanceAction": {
      allowed: allowedBy("requestBalanceAdjustment"),
      audit: "money-request.created",
      fields: async () => ({ locale: "ky", inn: osh.inn, amount: "10", comment: "Текшерүү" }),
    },
    "clients/import/actions.ts#importSociClientsAction": {
      allowed: allowedBy("importSociClients"),
      audit: "client.imported",
      fields: async () => ({
        locale: "ky",
        file: {
          name: "soci.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(`inn,name\n${uniqueOrganizationInn()},ОсОО Матрица\n`),
        },
      }),
    },
    "payments/new/actions.ts#recordPaymentAction": {
      allowed: allowedBy("officeWork"),
      audit: "payment.recorded",
      fields: async (n) => ({
        locale: "ky",
        service: "eds",
        account: osh.number,
        amount: "1",
        method: "cash",
        receiptNumber: `MX-${Date.now()}-${n}`,
        paidOn: "",
        office: "osh",
      }),
    },
    // A cash payment at the Osh office (recorded by the admin): the Osh operator, an accountant
    // and an admin may ask to reverse it, the other office's operator not.
    "payments/[id]/actions.ts#requestReversalAction": {
      allowed: allowedBy("requestReversal"),
      audit: "money-request.created",
      fields: async (n) => ({ locale: "ky", paymentId: await cashPayment(n), reason: "Текшерүү" }),
    },
    // A request the Osh operator made: accountants and admins decide it, never its asker.
    "requests/actions.ts#decideMoneyRequestAction": {
      allowed: allowedBy("decideMoneyRequests"),
      audit: "money-request.rejected",
      fields: async (n) => ({
        locale: "ky",
        requestId: await operatorsRequest(n),
        decision: "reject",
        comment: "Текшерүү",
      }),
    },
    "register/actions.ts#officeRegisterAction": {
      allowed: allowedBy("officeWork"),
      audit: "application.registered",
      fields: async () => registrationFields(uniqueOrganizationInn()),
    },
    "staff/actions.ts#addStaffAction": {
      allowed: allowedBy("staffAccounts"),
      audit: "staff.added",
      fields: async () => ({
        locale: "ky",
        email: uniqueEmail("added"),
        name: "Жаңы Кызматкер",
        role: "accountant",
        office: "",
        password: staffPassword,
      }),
    },
    "staff/actions.ts#endStaffSessionsAction": {
      allowed: allowedBy("staffAccounts"),
      audit: "staff.sessions-ended",
      fields: async () => ({ locale: "ky", staffId: sessionsVictim }),
    },
    "staff/actions.ts#resetStaffAction": {
      allowed: allowedBy("staffAccounts"),
      audit: "access.credentials-reset",
      fields: async () => ({
        locale: "ky",
        staffId: resetVictim,
        password: "убактылуу ачкыч бир жолку кирүү 5",
      }),
    },
    "staff/actions.ts#setStaffActiveAction": {
      allowed: allowedBy("staffAccounts"),
      audit: "staff.deactivated",
      fields: async () => ({ locale: "ky", staffId: activeVictim, active: "0" }),
    },
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
