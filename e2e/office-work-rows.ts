import type Database from "better-sqlite3";
import { expect, type APIRequestContext } from "@playwright/test";
import { megapayAuth } from "./megapay";
import { addStaff, staffPassword, uniqueEmail } from "./office";
import { allowedBy, type Row } from "./office-action-rows";
import { registrationFields, uniqueOrganizationInn } from "./registration";
import { callServerAction, type ServerAction } from "./server-actions";

// The rows of the action matrix (office-action-matrix.spec.ts) for the offices' daily work and
// for staff accounts, with the fixtures they call (`officeWork`): most calls get new work of the
// Osh office (an application, a cash payment the admin records, a request the Osh operator
// makes); the rows that say so reuse `osh`. Reconciliation, bank and settings rows are in
// office-action-rows.ts.
export interface WorkContext {
  db: Database.Database;
  // The admin's and the Osh operator's signed-in requests.
  admin: APIRequestContext;
  operator: APIRequestContext;
  origin: string;
  // A back-office server action by its key under (staff)/.
  action: (key: string) => ServerAction;
}

export type Application = { inn: string; number: string; applicationId: string; amountTyiyn: number };

export function officeWork({ db, admin, operator, origin, action }: WorkContext) {
  // A walk-in client of the Osh office, registered by the admin: its invoice and application.
  const registerAtOsh = async (inn = uniqueOrganizationInn()): Promise<Application> => {
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
    const paid = await admin.post("/api/megapay/eds", {
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
  // A cash payment of 1 som to `invoice`, recorded by the admin at the Osh office: its id.
  const cashPayment = async (invoice: string, n: number) => {
    const receiptNumber = `RV-${Date.now()}-${n}`;
    await callServerAction(
      admin,
      action("payments/new/actions.ts#recordPaymentAction"),
      {
        locale: "ky",
        service: "eds",
        account: invoice,
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
  // The Osh operator asks to reverse such a payment: the request's id.
  const operatorsRequest = async (invoice: string, n: number) => {
    const response = await callServerAction(
      operator,
      action("payments/[id]/actions.ts#requestReversalAction"),
      { locale: "ky", paymentId: await cashPayment(invoice, n), reason: "Текшерүү" },
      origin,
    );
    const id = /\/requests\/(\d+)/.exec(response.headers()["x-action-redirect"] ?? "")?.[1];
    if (!id) throw new Error(`no request: ${response.status()} ${await response.text()}`);
    return id;
  };
  // An operator of the Osh office added by `npm run staff:add`, for the staff actions to act on.
  const staffMember = () => {
    const email = uniqueEmail("victim");
    addStaff(email, "Кызматкер Текшерүү", "operator", "osh");
    return (db.prepare("SELECT id FROM StaffUser WHERE email = ?").get(email) as { id: string }).id;
  };
  return { registerAtOsh, paidAndChecked, cashPayment, operatorsRequest, staffMember };
}

type OfficeWork = ReturnType<typeof officeWork>;

// Applications, clients, payments, money requests and registration; `osh` is one application
// of the Osh office that rows may use again (its contacts, its invoice for cash payments).
export function workRows(work: OfficeWork, osh: Application): Record<string, Row> {
  return {
    "applications/[id]/actions.ts#checkDocumentsAction": {
      allowed: allowedBy("officeWork"),
      audit: "application.documents-checked",
      fields: async () => ({ locale: "ky", applicationId: (await work.registerAtOsh()).applicationId }),
    },
    "applications/[id]/actions.ts#cancelApplicationAction": {
      allowed: allowedBy("officeWork"),
      audit: "invoice.cancelled",
      fields: async () => {
        const a = await work.registerAtOsh();
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
        applicationId: (await work.paidAndChecked()).applicationId,
        serial: `MX${Date.now()}${n}`,
      }),
    },
    "clients/[inn]/actions.ts#setSociConnectionAction": {
      allowed: allowedBy("editClient"),
      audit: "client.soci-connected",
      fields: async () => ({ locale: "ky", inn: (await work.registerAtOsh()).inn, connected: "1" }),
    },
    "clients/[inn]/actions.ts#setRemindersAction": {
      allowed: allowedBy("editClient"),
      audit: "client.reminders-off",
      fields: async () => ({ locale: "ky", inn: (await work.registerAtOsh()).inn, on: "0" }),
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
      fields: async (n) => ({
        locale: "ky",
        paymentId: await work.cashPayment(osh.number, n),
        reason: "Текшерүү",
      }),
    },
    // A request the Osh operator made: accountants and admins decide it, never its asker.
    "requests/actions.ts#decideMoneyRequestAction": {
      allowed: allowedBy("decideMoneyRequests"),
      audit: "money-request.rejected",
      fields: async (n) => ({
        locale: "ky",
        requestId: await work.operatorsRequest(osh.number, n),
        decision: "reject",
        comment: "Текшерүү",
      }),
    },
    "register/actions.ts#officeRegisterAction": {
      allowed: allowedBy("officeWork"),
      audit: "application.registered",
      fields: async () => registrationFields(uniqueOrganizationInn()),
    },
  };
}

// Staff accounts: each action acts on its own staff member, added once.
export function staffRows(work: OfficeWork): Record<string, Row> {
  const toEndSessions = work.staffMember();
  const toSwitchOff = work.staffMember();
  const toReset = work.staffMember();
  return {
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
      fields: async () => ({ locale: "ky", staffId: toEndSessions }),
    },
    "staff/actions.ts#resetStaffAction": {
      allowed: allowedBy("staffAccounts"),
      audit: "access.credentials-reset",
      fields: async () => ({
        locale: "ky",
        staffId: toReset,
        password: "убактылуу ачкыч бир жолку кирүү 5",
      }),
    },
    "staff/actions.ts#setStaffActiveAction": {
      allowed: allowedBy("staffAccounts"),
      audit: "staff.deactivated",
      fields: async () => ({ locale: "ky", staffId: toSwitchOff, active: "0" }),
    },
  };
}
