// A unit of work on PostgreSQL in as few round trips as its reads allow. A round trip waits for
// the app's event loop, which page traffic keeps busy; a transaction that holds a client's or an
// invoice's row lock across round trips makes every other payment to that row wait for those
// turns too. So here the reads run at once, without a transaction or a lock, and the writes are
// collected (UnitWrites), to be written in one statement with those of the units that finish
// together (pg-write-batcher.ts). Its reads are shared with the units that read at the same time
// (pg-read-batcher.ts); the payment's id comes with the unit's first read.
//
// What a unit read of an invoice must still hold when it writes: the invoice update applies only
// to the row as it was read (paid amount and state), or, when the unit does not change the
// invoice, the row is locked and checked. If not, the statement fails and nothing is written
// (StaleReadError), and the caller runs the unit again the locking way.
import { sql, type Kysely, type QueryCreator } from "kysely";
import { rowsOf } from "./ledger-dialect";
import type { LedgerTables } from "./ledger-tables";
import * as write from "./ledger-writes";
import type { InvoicePaymentChange } from "./ledger-writes";
import type { LockedInvoice, PaymentLedger } from "./payment-ledger";
import type { PgReads } from "./pg-read-batcher";

export class StaleReadError extends Error {
  override name = "StaleReadError";
  constructor() {
    super("an invoice changed between a payment's read and its write");
  }
}

type Builders = Exclude<(typeof write)[keyof typeof write], typeof write.paymentRow>;
export type Write = (db: QueryCreator<LedgerTables>) => ReturnType<Builders>;

// What one unit writes: rows to insert, sums to add to clients' balances, and the invoice it
// read (with its change, if any).
export interface UnitWrites {
  inserts: Write[];
  credits: { clientId: number; amountTyiyn: number }[];
  invoice: { read: LockedInvoice; change: InvoicePaymentChange | null } | null;
  at: Date;
}

export interface DeferredUnit {
  ledger: PaymentLedger;
  // Null when the unit wrote nothing (a replay, a refusal).
  writes(): UnitWrites | null;
}

export function deferredPaymentLedger(db: Kysely<LedgerTables>, reads: PgReads): DeferredUnit {
  const now = new Date();
  const unit: UnitWrites = { inserts: [], credits: [], invoice: null, at: now };
  let paymentId: number | null = null;

  const ledger: PaymentLedger = {
    describeClient: reads.describeClient,
    describeInvoice: reads.describeInvoice,
    async findPayment(service, providerTxnId) {
      // A unit that asks whether a payment exists most likely records it: the id it would get
      // comes with the answer.
      const { payment, nextId } = await reads.findPayment(service, providerTxnId);
      paymentId = nextId;
      return payment;
    },
    findSociClient: reads.findSociClient,
    async lockInvoice(number) {
      // Read, not locked: the write checks it (above).
      const invoice = await reads.readInvoice(number);
      unit.invoice = invoice && { read: invoice, change: null };
      return invoice;
    },
    async insertPayment(payment) {
      if (paymentId === null) throw new Error("a payment is recorded only after looking it up");
      const id = paymentId;
      paymentId = null;
      const row = write.paymentRow(payment, now);
      unit.inserts.push((w) => write.insertPayment(w, row, id));
      return id;
    },
    async creditBalance(credit) {
      unit.inserts.push((w) => write.insertBalanceEntry(w, credit, now));
      unit.credits.push({ clientId: credit.clientId, amountTyiyn: credit.amountTyiyn });
    },
    async updateInvoicePayment(invoiceId, change) {
      if (unit.invoice?.read.id !== invoiceId)
        throw new Error("an invoice changed that the unit did not read");
      unit.invoice.change = change;
    },
    async insertPaymentNotification(id) {
      unit.inserts.push((w) => write.insertPaymentNotification(w, id, now));
    },
    async insertAuditEvent(event) {
      unit.inserts.push((w) => write.insertAuditEvent(w, event, now));
    },
  };

  return { ledger, writes: () => (unit.inserts.length > 0 || unit.invoice?.change ? unit : null) };
}

const staleCode = "21000";
const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

// Writes the units in ONE statement (data-modifying CTEs: one implicit transaction, one commit):
// all of it or nothing. At most one unit per invoice (pg-write-batcher.ts keeps to that).
export async function writeUnits(db: Kysely<LedgerTables>, units: UnitWrites[]): Promise<void> {
  let query = db as QueryCreator<LedgerTables>;
  const add = (name: string, build: Write | ((w: QueryCreator<LedgerTables>) => unknown)) => {
    query = query.with(name, build as Write) as unknown as QueryCreator<LedgerTables>;
  };
  // Invoices first, then clients by id: locks in the order the locking path takes them.
  const guards: string[] = [];
  units.forEach(({ invoice }, i) => {
    if (!invoice) return;
    const { read, change } = invoice;
    const unchanged = { paidTyiyn: read.paidTyiyn, status: read.status };
    guards.push(`guard${i}`);
    add(`guard${i}`, (w) =>
      change
        ? write.updateInvoicePayment(w, read.id, change, unchanged)
        : w
            .selectFrom("Invoice")
            .select("id")
            .where("id", "=", read.id)
            .where("paidTyiyn", "=", read.paidTyiyn)
            .where("status", "=", read.status)
            .forUpdate(),
    );
  });
  // Balances change by sums, so the units' credits to one client add up to one update.
  const credits = new Map<number, number>();
  for (const { clientId, amountTyiyn } of units.flatMap((u) => u.credits)) {
    credits.set(clientId, (credits.get(clientId) ?? 0) + amountTyiyn);
  }
  const at = units[0]!.at;
  [...credits.entries()]
    .sort(([a], [b]) => a - b)
    .forEach(([clientId, amountTyiyn], i) =>
      add(`balance${i}`, (w) => write.addToBalance(w, { clientId, amountTyiyn }, at)),
    );
  units.flatMap((u) => u.inserts).forEach((build, i) => add(`row${i}`, build));
  // Plain SQL cannot raise an error, so a guard without its row makes the statement fail another
  // way: a scalar subquery that then returns two rows (cardinality_violation, 21000), which rolls
  // back everything the statement wrote. With every guard's row it returns one.
  const fresh = guards.length
    ? sql<boolean>`(SELECT true FROM (VALUES (1), (2)) AS stale(n) WHERE n = 1 OR (${sql.join(
        guards.map((g) => sql`(SELECT count(*) FROM ${sql.table(g)})`),
        sql` + `,
      )}) <> ${guards.length})`
    : sql<boolean>`true`;
  try {
    await rowsOf(db, query.selectNoFrom(fresh.as("fresh")));
  } catch (error) {
    if (codeOf(error) === staleCode) throw new StaleReadError();
    throw error;
  }
}
