// A unit of work on PostgreSQL in as few round trips as its reads allow. A round trip waits for
// the app's event loop, which page traffic keeps busy; a transaction that holds a client's or an
// invoice's row lock across round trips makes every other payment to that row wait for those
// turns too. So here the reads run at once, without a transaction or a lock, and the writes are
// collected (UnitWrites), to be written in one statement with those of the units that finish
// together (pg-write-batcher.ts). Its reads are shared with the units that read at the same time
// (pg-read-batcher.ts); the payment's id comes with the unit's first read.
//
// What a unit read of an invoice must still hold when it writes: the statement locks the invoice
// and checks that it is as read (paid amount and state). If not, the statement fails and nothing
// is written (StaleReadError), and the caller runs the unit again the locking way.
import type { Kysely } from "kysely";
import type { LedgerTables } from "./ledger-tables";
import * as write from "./ledger-writes";
import type { InvoicePaymentChange } from "./ledger-writes";
import type { LockedInvoice, PaymentLedger } from "./payment-ledger";
import type { PgReads } from "./pg-read-batcher";
import { writeUnitsStatement } from "./pg-units-statement";

export class StaleReadError extends Error {
  override name = "StaleReadError";
  constructor() {
    super("an invoice changed between a payment's read and its write");
  }
}

// What one unit writes: its rows, sums to add to clients' balances, and the invoice it read (with
// its change, if any).
export interface UnitWrites {
  payments: (write.PaymentRow & { id: number })[];
  balanceEntries: ReturnType<typeof write.balanceEntryRow>[];
  notifications: ReturnType<typeof write.paymentNotificationRow>[];
  auditEvents: ReturnType<typeof write.auditEventRow>[];
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
  const unit: UnitWrites = {
    payments: [],
    balanceEntries: [],
    notifications: [],
    auditEvents: [],
    credits: [],
    invoice: null,
    at: now,
  };
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
      unit.payments.push({ ...write.paymentRow(payment, now), id });
      return id;
    },
    async creditBalance(credit) {
      unit.balanceEntries.push(write.balanceEntryRow(credit, now));
      unit.credits.push({ clientId: credit.clientId, amountTyiyn: credit.amountTyiyn });
    },
    async updateInvoicePayment(invoiceId, change) {
      if (unit.invoice?.read.id !== invoiceId)
        throw new Error("an invoice changed that the unit did not read");
      unit.invoice.change = change;
    },
    async insertPaymentNotification(id) {
      unit.notifications.push(write.paymentNotificationRow(id, now));
    },
    async insertAuditEvent(event) {
      unit.auditEvents.push(write.auditEventRow(event, now));
    },
  };

  const wrote = () =>
    unit.payments.length + unit.balanceEntries.length + unit.notifications.length + unit.auditEvents.length >
      0 || unit.invoice?.change;
  return { ledger, writes: () => (wrote() ? unit : null) };
}

const staleCode = "21000";
const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

// Writes the units in ONE statement (pg-units-statement.ts): all of it or nothing. At most one
// unit per invoice (pg-write-batcher.ts keeps to that).
export async function writeUnits(db: Kysely<LedgerTables>, units: UnitWrites[]): Promise<void> {
  const invoices = units.flatMap(({ invoice }) => (invoice ? [invoice] : []));
  // Balances change by sums, so the units' credits to one client add up to one update.
  const credits = new Map<number, number>();
  for (const { clientId, amountTyiyn } of units.flatMap((u) => u.credits)) {
    credits.set(clientId, (credits.get(clientId) ?? 0) + amountTyiyn);
  }
  try {
    await writeUnitsStatement(db, {
      invoicesRead: JSON.stringify(
        invoices.map(({ read }) => ({ id: read.id, paidTyiyn: read.paidTyiyn, status: read.status })),
      ),
      invoicesReadCount: invoices.length,
      invoiceIds: invoices.map(({ read }) => read.id),
      invoiceChanges: JSON.stringify(
        invoices.flatMap(({ read, change }) => (change ? [{ id: read.id, ...change }] : [])),
      ),
      clientIds: [...credits.keys()],
      credits: JSON.stringify([...credits].map(([clientId, amountTyiyn]) => ({ clientId, amountTyiyn }))),
      payments: JSON.stringify(units.flatMap((u) => u.payments)),
      balanceEntries: JSON.stringify(units.flatMap((u) => u.balanceEntries)),
      notifications: JSON.stringify(units.flatMap((u) => u.notifications)),
      auditEvents: JSON.stringify(units.flatMap((u) => u.auditEvents)),
      at: units[0]!.at,
    });
  } catch (error) {
    if (codeOf(error) === staleCode) throw new StaleReadError();
    throw error;
  }
}
