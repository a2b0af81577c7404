// The tables the payment ledger writes (and the bank statements' bulk rows beside it,
// bank-statement-rows.ts), as Kysely sees them, derived from the models Prisma generates from
// prisma/models.prisma: a renamed or removed column, or a changed type, is a compile error in the
// ledger's queries (ledger-tables.test.ts proves it).
// Table and column names are the models' and fields' own names: the models use no @map or
// @@map, which that test also checks.
import type { Generated } from "kysely";
import type {
  AuditEvent,
  BalanceEntry,
  BankStatementLine,
  BankTransfer,
  Client,
  Invoice,
  Notification,
  Payment,
  Prisma,
} from "./generated/sqlite/client";

// 64-bit integers are bigint in Prisma's types; the ledger's driver hands them over as exact
// numbers (ledger-dialect.ts), as the rest of the code counts tyiyn in numbers.
type Column<T> = [T] extends [bigint] ? number : [T] extends [bigint | null] ? number | null : T;

// The fields Prisma lets a create omit: defaults, autoincrement ids, nullable columns.
type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

type Table<Model, CreateInput> = {
  [K in keyof Model]: K extends OptionalKeys<CreateInput> ? Generated<Column<Model[K]>> : Column<Model[K]>;
};

export interface LedgerTables {
  Client: Table<Client, Prisma.ClientUncheckedCreateInput>;
  Invoice: Table<Invoice, Prisma.InvoiceUncheckedCreateInput>;
  Payment: Table<Payment, Prisma.PaymentUncheckedCreateInput>;
  BalanceEntry: Table<BalanceEntry, Prisma.BalanceEntryUncheckedCreateInput>;
  AuditEvent: Table<AuditEvent, Prisma.AuditEventUncheckedCreateInput>;
  Notification: Table<Notification, Prisma.NotificationUncheckedCreateInput>;
  // A bank statement's lines and transfers, written in bulk (bank-statement-rows.ts).
  BankTransfer: Table<BankTransfer, Prisma.BankTransferUncheckedCreateInput>;
  BankStatementLine: Table<BankStatementLine, Prisma.BankStatementLineUncheckedCreateInput>;
}
