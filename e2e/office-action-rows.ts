import type Database from "better-sqlite3";
import { can, type StaffPermission } from "../config/staff-permissions";
import type { StaffRole } from "../config/staff-roles";
import { e2eBankDetails, oneCStatement } from "./bank";
import type { OfficeRole } from "./office";

// Rows of the back office's action matrix (office-action-matrix.spec.ts) by area: who may call
// an action, the audit event an allowed call writes, and the fields of one call.
export type UploadedFile = { name: string; mimeType: string; buffer: Buffer };

export interface Row {
  allowed: OfficeRole[];
  // The audit event an allowed call writes (counted per acting staff member).
  audit: string;
  // The fields of one call; `n` counts the calls, for values that must be new each time.
  fields: (n: number) => Promise<Record<string, string | UploadedFile>>;
  // The call may change nothing (another test already saved the same values at the same time): an
  // allowed call then shows by coming back with "done" instead of an audit event.
  mayChangeNothing?: boolean;
}

// The matrix's people as the permission table sees them: whom a row allows is the table's
// answer (config/staff-permissions.ts), so the table, the pages, the actions and the domain
// must all agree for the matrices to pass.
const people: Record<
  Exclude<OfficeRole, "anonymous">,
  { role: StaffRole; office: "osh" | "jalal-abad" | null }
> = {
  accountant: { role: "accountant", office: null },
  otherOperator: { role: "operator", office: "jalal-abad" },
  operator: { role: "operator", office: "osh" },
  admin: { role: "admin", office: null },
};

// Who may do `permission` to work of `office` (the fixtures' invoices and payments are Osh's).
export function allowedBy(permission: StaffPermission, office: string | null = "osh"): OfficeRole[] {
  return (Object.keys(people) as Exclude<OfficeRole, "anonymous">[]).filter((r) =>
    can(people[r], permission, office),
  );
}

// Who may do `permission` at all (for their own office, where it depends on one).
export function allowedAnywhere(permission: StaffPermission): OfficeRole[] {
  return (Object.keys(people) as Exclude<OfficeRole, "anonymous">[]).filter((r) =>
    can(people[r], permission),
  );
}

// A registry with one row we have no payment for (a new txn_id each time).
function registryFile(n: number) {
  const txn = `9${Date.now()}${n}`;
  const text = `txn_id,date,account,sum,service\n${txn},2026-11-26 10:00,01234567890123,1,soci\n`;
  return { txn, file: { name: `registry-${n}.csv`, mimeType: "text/csv", buffer: Buffer.from(text) } };
}

// `upload` posts the registry upload as the admin; `db` reads the e2e database.
export function reconciliationRows(
  db: Database.Database,
  upload: (fields: Record<string, string | UploadedFile>) => Promise<unknown>,
): Record<string, Row> {
  // A difference to resolve: a run the admin uploads, and its one item.
  const newDifference = async (n: number) => {
    const { txn, file } = registryFile(n);
    await upload({ locale: "ky", from: "2026-11-26", to: "2026-11-26", file });
    return db.prepare("SELECT id, runId FROM ReconciliationItem WHERE txnId = ?").get(txn) as {
      id: number;
      runId: number;
    };
  };
  return {
    "reconciliation/actions.ts#uploadRegistryAction": {
      allowed: allowedBy("reconcile"),
      audit: "reconciliation.uploaded",
      fields: async (n) => ({
        locale: "ky",
        from: "2026-11-26",
        to: "2026-11-26",
        file: registryFile(n).file,
      }),
    },
    "reconciliation/actions.ts#resolveItemAction": {
      allowed: allowedBy("reconcile"),
      audit: "reconciliation.resolved",
      fields: async (n) => {
        const item = await newDifference(n);
        return {
          locale: "ky",
          runId: String(item.runId),
          itemId: String(item.id),
          resolution: "explain",
          comment: "Текшерүү",
        };
      },
    },
  };
}

// `tariff`: the names of the tariff whose price the calls change.
export function settingsRows(tariff: { nameKy: string; nameRu: string }): Record<string, Row> {
  return {
    "settings/actions.ts#updateLegalNameAction": {
      allowed: allowedBy("settings"),
      audit: "settings.legal-name-changed",
      mayChangeNothing: true,
      // The values the settings test sets, so that running at the same time changes nothing
      // it checks; a fresh database has none yet, so the first call here changes the name.
      fields: async () => ({
        locale: "ky",
        legalNameKy: "ЖЧК «DOS TEK GROUP»",
        legalNameRu: `ОсОО «DOS TEK GROUP» (Ош)`,
      }),
    },
    "settings/actions.ts#updateDocumentsTextAction": {
      allowed: allowedBy("settings"),
      audit: "settings.documents-changed",
      // Another text each call, so that each one changes something and is audited.
      fields: async (n) => ({ locale: "ky", documentsKy: `Жетекчинин паспорту (${n})`, documentsRu: "" }),
    },
    "settings/actions.ts#updateOfficeSettingsAction": {
      allowed: allowedBy("settings"),
      audit: "settings.office-changed",
      fields: async (n) => ({
        locale: "ky",
        office: "jalal-abad",
        addressKy: `Жалал-Абад ш., ${n}`,
        addressRu: "",
        hoursKy: "",
        hoursRu: "",
        phone: "",
      }),
    },
    "settings/actions.ts#updateRegistryColumnsAction": {
      allowed: allowedBy("settings"),
      audit: "settings.registry-columns-changed",
      // Names compare without regard to case: each call stores another spelling of the default,
      // so that the reconciliation test running at the same time reads its files as before.
      fields: async (n) => ({
        locale: "ky",
        registryTxnIdColumn: [..."txn_id"].map((c, i) => ((n >> i) & 1 ? c.toUpperCase() : c)).join(""),
        registryDateColumn: "",
        registryAccountColumn: "",
        registrySumColumn: "",
        registryServiceColumn: "",
      }),
    },
    "settings/actions.ts#updateBankDetailsAction": {
      allowed: allowedBy("settings"),
      audit: "settings.bank-details-changed",
      // What the other tests set, and another account of the company each time (never printed).
      fields: async (n) => ({
        locale: "ky",
        ...e2eBankDetails,
        otherBankAccounts: `9${String(n).padStart(11, "0")}`,
      }),
    },
    "settings/actions.ts#updateStatementColumnsAction": {
      allowed: allowedBy("settings"),
      audit: "settings.statement-columns-changed",
      // Another spelling of the default date column each time (names compare without case).
      fields: async (n) => ({
        locale: "ky",
        statementDateColumn: [..."Дата"]
          .map((c, i) => ((n >> i) & 1 ? c.toUpperCase() : c.toLowerCase()))
          .join(""),
        statementNumberColumn: "",
        statementAmountColumn: "",
        statementPayerColumn: "",
        statementPayerInnColumn: "",
        statementPayerAccountColumn: "",
        statementPurposeColumn: "",
      }),
    },
    "settings/actions.ts#updateTariffAction": {
      allowed: allowedBy("settings"),
      audit: "tariff.changed",
      fields: async (n) => ({
        locale: "ky",
        code: "cloud-complex-unlimited",
        nameKy: tariff.nameKy,
        nameRu: tariff.nameRu,
        price: String(2350 + n),
        active: "1",
      }),
    },
  };
}

// `upload` posts a statement as the admin (the company's account set first); each call decides a
// new transfer that nothing matches as not ours.
export function bankRows(
  db: Database.Database,
  upload: (file: UploadedFile) => Promise<unknown>,
): Record<string, Row> {
  return {
    "bank/actions.ts#decideTransferAction": {
      allowed: allowedBy("bankStatements"),
      audit: "bank-transfer.not-ours",
      fields: async (n) => {
        const number = `${Date.now()}${n}`;
        await upload(
          oneCStatement(`matrix-${n}.txt`, [{ number, date: "03.12.2026", sum: "1.00", purpose: "Ижара" }]),
        );
        const row = db.prepare("SELECT id FROM BankTransfer WHERE number = ?").get(number) as
          { id: number } | undefined;
        if (!row) throw new Error(`statement ${number} was not kept`);
        return {
          locale: "ky",
          transferId: String(row.id),
          decision: "notOurs",
          target: "",
          comment: "Текшерүү",
        };
      },
    },
  };
}
