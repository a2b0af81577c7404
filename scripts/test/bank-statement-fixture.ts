// Bank statements in the data tests (domain/bank-statements/*.data.test.ts): the people, a 1C
// statement as the reader makes it, and uploads as the accountant.
import type { StaffActor } from "@/config/staff-roles";
import { uploadBankStatement } from "@/domain/bank-statements/upload-bank-statement";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { readOneCStatement } from "@/lib/bank-statement/one-c-statement";
import type { StatementFile } from "@/lib/bank-statement/statement-file";
import { addTestStaff } from "./money-request-fixture";
import { oneCStatementOf, type OneCDocument } from "./one-c-file";
import { useTestDatabase } from "./test-database";
import type { DatabaseProvider } from "@/server/db/provider";

export const bankActors = {
  accountant: { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null },
  operator: { id: "op", email: "op@dostek.kg", role: "operator", office: "osh" },
  colleague: { id: "acc-2", email: "acc2@dostek.kg", role: "accountant", office: null },
  approver: { id: "acc-3", email: "acc3@dostek.kg", role: "accountant", office: null },
  admin: { id: "adm", email: "adm@dostek.kg", role: "admin", office: null },
} satisfies Record<string, StaffActor>;
export const bankLimits = { minTyiyn: 100, maxTyiyn: 50_000_000 };
const ours = "1240020000004567";

export const doc = (over: Partial<OneCDocument> & { number: string; sum: string }): OneCDocument => ({
  date: "03.12.2026",
  recipientAccount: ours,
  receivedOn: "03.12.2026",
  payerName: "Плательщик",
  ...over,
});

// A statement as the 1C reader makes it (the reader is tested on its own).
export function statementOf(documents: OneCDocument[]): StatementFile {
  const read = readOneCStatement(oneCStatementOf(ours, documents), new Set([ours]));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.statement;
}

// A test database with the tariffs and the people; uploads as the accountant (a new file hash each
// time unless one is given).
export function useBankDatabase(provider: DatabaseProvider) {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await addTestStaff(t.db, Object.values(bankActors));
  });
  let hash = 0;
  return {
    t,
    upload: (statement: StatementFile, fileHash = String(++hash).padStart(64, "0")) =>
      uploadBankStatement({
        db: t.db,
        actor: bankActors.accountant,
        fileName: "statement.txt",
        fileHash,
        statement,
        limits: bankLimits,
      }),
    transfer: (number: string) => t.db.bankTransfer.findFirstOrThrow({ where: { number } }),
    invoiceOf: (number: string) => t.db.invoice.findUniqueOrThrow({ where: { number } }),
  };
}
