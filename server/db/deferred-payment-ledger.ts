// A unit of work on PostgreSQL in as few round trips as its reads allow. A round trip waits for
// the app's event loop, which page traffic keeps busy; a transaction that holds a client's or an
// invoice's row lock across round trips makes every other payment to that row wait for those
// turns too. So here the reads run at once, without a transaction or a lock; the writes are
// collected, and flush() sends them as ONE statement (data-modifying CTEs, one implicit
// transaction, one commit), with the payment's id taken from its sequence beforehand (a read,
// alongside the unit's first). Row locks are then held only inside the database, for one statement.
//
// What the unit read of an invoice must still hold when it writes: the statement's invoice
// update applies only to the row as it was read (paid amount and state), or, when the unit
// does not change the invoice, the row is locked and checked. If not, the whole statement fails
// and nothing is written (StaleReadError), and the caller runs the unit again the locking way.
// A unique violation (the same txn_id recorded meanwhile) also fails the whole statement.
import { sql, type Kysely, type QueryCreator } from "kysely";
import type { LedgerTables } from "./ledger-tables";
import * as write from "./ledger-writes";
import { paymentLedger, type LockedInvoice, type PaymentLedger } from "./payment-ledger";

export class StaleReadError extends Error {
  override name = "StaleReadError";
  constructor() {
    super("the invoice changed between the payment's read and its write");
  }
}

type Write = (db: QueryCreator<LedgerTables>) => ReturnType<(typeof write)[keyof typeof write]>;

export interface DeferredUnit {
  ledger: PaymentLedger;
  flush(): Promise<void>;
}

const staleCode = "21000";

export function deferredPaymentLedger(db: Kysely<LedgerTables>): DeferredUnit {
  const reads = paymentLedger(db, { lockRows: false });
  const writes: Write[] = [];
  const now = new Date();
  let readInvoice: LockedInvoice | null = null;
  let invoiceWrite: Write | null = null;
  let paymentId: Promise<number> | null = null;
  const nextPaymentId = async () =>
    (await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('"Payment"', 'id')) AS id`.execute(db))
      .rows[0]!.id;

  const ledger: PaymentLedger = {
    describeClient: reads.describeClient,
    describeInvoice: reads.describeInvoice,
    findPayment(service, providerTxnId) {
      // A unit that asks whether a payment exists most likely records it: its id is fetched
      // alongside, on another connection, rather than one round trip later.
      paymentId ??= nextPaymentId();
      paymentId.catch(() => {});
      return reads.findPayment(service, providerTxnId);
    },
    findSociClient: reads.findSociClient,
    async lockInvoice(number) {
      // Read, not locked: the write checks it (above).
      readInvoice = await reads.lockInvoice(number);
      return readInvoice;
    },
    async insertPayment(payment) {
      const id = await (paymentId ??= nextPaymentId());
      writes.push((w) => write.insertPayment(w, payment, now, id));
      return id;
    },
    async creditBalance(credit) {
      writes.push((w) => write.insertBalanceEntry(w, credit, now));
      writes.push((w) => write.addToBalance(w, credit, now));
    },
    async updateInvoicePayment(invoiceId, change) {
      const unchanged = readInvoice?.id === invoiceId ? readInvoice : undefined;
      invoiceWrite = (w) => write.updateInvoicePayment(w, invoiceId, change, unchanged);
    },
    async insertPaymentNotification(id) {
      writes.push((w) => write.insertPaymentNotification(w, id, now));
    },
    async insertAuditEvent(event) {
      writes.push((w) => write.insertAuditEvent(w, event, now));
    },
  };

  async function flush() {
    if (writes.length === 0 && !invoiceWrite) return;
    let query = db as QueryCreator<LedgerTables>;
    writes.forEach((build, i) => {
      query = query.with(`w${i}`, (w) => build(w)) as unknown as QueryCreator<LedgerTables>;
    });
    // The row the unit's decision rests on, as it was read: updated, or locked and checked.
    const invoice = readInvoice as LockedInvoice | null;
    if (invoiceWrite) {
      const update = invoiceWrite;
      query = query.with("guard", (w) => update(w)) as unknown as QueryCreator<LedgerTables>;
    } else if (invoice) {
      query = query.with("guard", (w) =>
        w
          .selectFrom("Invoice")
          .select("id")
          .where("id", "=", invoice.id)
          .where("paidTyiyn", "=", invoice.paidTyiyn)
          .where("status", "=", invoice.status)
          .forUpdate(),
      ) as unknown as QueryCreator<LedgerTables>;
    }
    const guard = invoiceWrite !== null || invoice !== null;
    // Plain SQL cannot raise an error, so an empty guard makes the statement fail another way: a
    // scalar subquery that then returns two rows (cardinality_violation, 21000), which rolls
    // back everything the statement wrote. With the guard's one row it returns one.
    const check = guard
      ? sql<boolean>`(SELECT true FROM "guard" UNION ALL SELECT true FROM (VALUES (1), (2)) AS stale(n) WHERE NOT EXISTS (SELECT 1 FROM "guard"))`
      : sql<boolean>`true`;
    try {
      await query.selectNoFrom(check.as("fresh")).execute();
    } catch (error) {
      if (codeOf(error) === staleCode) throw new StaleReadError();
      throw error;
    }
  }

  return { ledger, flush };
}

const codeOf = (error: unknown) =>
  (error as { cause?: { originalCode?: string } } | null)?.cause?.originalCode;
