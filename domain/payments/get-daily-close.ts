import { officeIds, type OfficeId } from "@/config/offices";
import type { StaffActor } from "@/config/staff-roles";
import { bishkekDayEnd, bishkekDayStart } from "@/lib/dates";
import type { Database } from "@/server/db";
import { requireRole } from "../staff/staff-access";

export type CloseService = "soci" | "eds";
export type CloseMethod = "megapay" | "cash" | "bank";

export interface DailyCloseLine {
  service: CloseService;
  method: CloseMethod;
  count: number;
  sumTyiyn: number;
}

export interface DailyCloseOffice {
  /** null: money that belongs to no office (MegaPay's «СОчИ» top-ups, older invoices). */
  office: string | null;
  lines: DailyCloseLine[];
  total: { count: number; sumTyiyn: number };
  invoicesPaid: { count: number; amountTyiyn: number };
  signaturesIssued: number;
}

export interface DailyClose {
  day: string;
  offices: DailyCloseOffice[];
  total: { count: number; sumTyiyn: number };
}

export interface GetDailyCloseOptions {
  db: Database;
  actor: StaffActor;
  /** A Bishkek day, "2026-11-26". */
  day: string;
}

const services: CloseService[] = ["soci", "eds"];
const methods: CloseMethod[] = ["megapay", "cash", "bank"];

// The day's money (Bishkek time) per office, service and method, with the invoices paid and the
// signatures issued that day. A payment belongs to the office that recorded it, else to its
// invoice's office (a MegaPay payment of an Osh invoice is Osh's), else to none. Read by every
// role: the accountant closes the day, the offices check their till.
export async function getDailyClose({ db, actor, day }: GetDailyCloseOptions): Promise<DailyClose> {
  requireRole(actor, ["admin", "operator", "accountant"], "read the daily close");
  const from = bishkekDayStart(day);
  const to = bishkekDayEnd(day);
  if (!from || !to) throw new RangeError(`not a day: ${day}`);
  const [payments, invoices, signatures] = await Promise.all([
    db.payment.findMany({
      where: { receivedAt: { gte: from, lt: to } },
      select: {
        service: true,
        method: true,
        office: true,
        sumTyiyn: true,
        invoice: { select: { office: true } },
      },
    }),
    db.invoice.findMany({
      where: { paidAt: { gte: from, lt: to }, status: "paid" },
      select: { office: true, amountTyiyn: true },
    }),
    db.signatureIssue.findMany({
      where: { issuedAt: { gte: from, lt: to } },
      select: { application: { select: { office: true } } },
    }),
  ]);

  const offices = new Map<string | null, DailyCloseOffice>();
  const officeOf = (office: string | null) => {
    let entry = offices.get(office);
    if (!entry) {
      entry = {
        office,
        lines: [],
        total: { count: 0, sumTyiyn: 0 },
        invoicesPaid: { count: 0, amountTyiyn: 0 },
        signaturesIssued: 0,
      };
      offices.set(office, entry);
    }
    return entry;
  };
  const total = { count: 0, sumTyiyn: 0 };
  for (const payment of payments) {
    const entry = officeOf(payment.office ?? payment.invoice?.office ?? null);
    const service = payment.service as CloseService;
    let line = entry.lines.find((l) => l.service === service && l.method === payment.method);
    if (!line) entry.lines.push((line = { service, method: payment.method, count: 0, sumTyiyn: 0 }));
    line.count += 1;
    line.sumTyiyn += payment.sumTyiyn;
    entry.total.count += 1;
    entry.total.sumTyiyn += payment.sumTyiyn;
    total.count += 1;
    total.sumTyiyn += payment.sumTyiyn;
  }
  for (const invoice of invoices) {
    const entry = officeOf(invoice.office);
    entry.invoicesPaid.count += 1;
    entry.invoicesPaid.amountTyiyn += invoice.amountTyiyn;
  }
  for (const signature of signatures) officeOf(signature.application.office).signaturesIssued += 1;

  // The offices in their usual order, then money that belongs to none.
  const order = (office: string | null) =>
    office === null ? officeIds.length + 1 : officeIds.indexOf(office as OfficeId) + 1 || officeIds.length;
  const sorted = [...offices.values()].sort((a, b) => order(a.office) - order(b.office));
  for (const entry of sorted)
    entry.lines.sort(
      (a, b) =>
        services.indexOf(a.service) - services.indexOf(b.service) ||
        methods.indexOf(a.method) - methods.indexOf(b.method),
    );
  return { day, offices: sorted, total };
}
