import type { StaffActor } from "@/config/staff-roles";
import {
  defaultStatementColumns,
  statementColumnFields,
  type StatementColumns,
} from "@/lib/bank-statement/statement-table";
import type { Database } from "@/server/db";
import type { BankDetailsInput, StatementColumnsInput } from "./settings-schema";
import { readCompanySettings, updateCompanySettings } from "./update-company-settings";

const bankDetailNames = [
  "sellerInn",
  "bankName",
  "bankBic",
  "bankAccount",
  "paymentCode",
  "otherBankAccounts",
] as const satisfies readonly (keyof BankDetailsInput)[];

export interface BankDetails extends BankDetailsInput {
  // INN, bank, BIC and account are all set: an invoice can be paid by transfer without asking.
  complete: boolean;
  // Every account of the company that receives transfers (the invoice's first).
  accounts: string[];
}

// The bank details as an admin set them (empty texts until then).
export async function getBankDetails(db: Database): Promise<BankDetails> {
  const details = await readCompanySettings(db, bankDetailNames);
  const accounts = [details.bankAccount, ...details.otherBankAccounts.split("\n")].filter(Boolean);
  return {
    ...details,
    complete: Boolean(details.sellerInn && details.bankName && details.bankBic && details.bankAccount),
    accounts: [...new Set(accounts)],
  };
}

export function updateBankDetails({ db, actor, details }: { db: Database; actor: StaffActor; details: BankDetailsInput }) {
  return updateCompanySettings({
    db,
    actor,
    fields: details,
    action: "settings.bank-details-changed",
    what: "change the bank details",
  });
}

// The settings' names for each column of a statement table, field by field.
const columnNameOf: Record<(typeof statementColumnFields)[number], keyof StatementColumnsInput> = {
  date: "statementDateColumn",
  number: "statementNumberColumn",
  amount: "statementAmountColumn",
  payer: "statementPayerColumn",
  payerInn: "statementPayerInnColumn",
  payerAccount: "statementPayerAccountColumn",
  purpose: "statementPurposeColumn",
};

export function getStatementColumnSettings(db: Database): Promise<StatementColumnsInput> {
  return readCompanySettings(db, Object.values(columnNameOf));
}

// The names the statement table reader looks for (an empty setting: the default).
export async function getStatementColumns(db: Database): Promise<StatementColumns> {
  const set = await getStatementColumnSettings(db);
  return Object.fromEntries(
    statementColumnFields.map((field) => [field, set[columnNameOf[field]] || defaultStatementColumns[field]]),
  ) as StatementColumns;
}

export function updateStatementColumns({
  db,
  actor,
  columns,
}: {
  db: Database;
  actor: StaffActor;
  columns: StatementColumnsInput;
}) {
  return updateCompanySettings({
    db,
    actor,
    fields: columns,
    action: "settings.statement-columns-changed",
    what: "change the statement's columns",
  });
}
