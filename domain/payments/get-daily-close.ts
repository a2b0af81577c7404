import { officeIds, type OfficeId } from "@/config/offices";
import type { StaffActor } from "@/config/staff-roles";
import { bishkekDayStart } from "@/lib/dates";
import { tyiynFromDatabase } from "@/lib/money";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import { dayRange } from "../staff/url-filter";

export type CloseService = "soci" | "eds";
export type CloseMethod = "megapay" | "cash" | "bank";

export interface DailyCloseLine {
  service: CloseService;
  method: CloseMethod;
  // Reversals of earlier payments (negative sums), on a line of their own.
  reversal: boolean;
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
// signatures issued that day. Reversals approved that day are lines of their own, with negative
// sums, counted on the day of the reversal (the payment they reverse stays on its own day; an
// invoice a reversal makes due again no longer counts as paid on any day). A payment's office is the one recorded on it: the till's for cash
// and bank, the invoice's for MegaPay (the ledger copies it), none for MegaPay's «СОчИ» top-ups.
// Read by every role: the accountant closes the day, the offices check their till; the Today
// board shows today's part of it.
export async function getDailyClose({ db, actor, day }: GetDailyCloseOptions): Promise<DailyClose> {
  requirePermission(actor, "read", "read the daily close");
  if (!bishkekDayStart(day)) throw new RangeError(`not a day: ${day}`);
  const range = dayRange(day, day);
  const byLine = (reversal: boolean) =>
    db.payment.groupBy({
      by: ["office", "service", "method"],
      where: { receivedAt: range, reversesId: reversal ? { not: null } : null },
      _count: { _all: true },
      _sum: { sumTyiyn: true },
    });
  const [payments, reversals, invoices, signatures] = await Promise.all([
    byLine(false),
    byLine(true),
    db.invoice.findMany({
      where: { paidAt: range, status: "paid" },
      select: { office: true, amountTyiyn: true },
    }),
    db.signatureIssue.findMany({
      where: { issuedAt: range },
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
  const groups = [
    ...payments.map((group) => ({ ...group, reversal: false })),
    ...reversals.map((group) => ({ ...group, reversal: true })),
  ];
  for (const group of groups) {
    const entry = officeOf(group.office);
    const line: DailyCloseLine = {
      service: group.service === "eds" ? "eds" : "soci",
      method: group.method,
      reversal: group.reversal,
      count: group._count._all,
      sumTyiyn: tyiynFromDatabase(group._sum.sumTyiyn ?? 0n),
    };
    entry.lines.push(line);
    for (const sum of [entry.total, total]) {
      sum.count += line.count;
      sum.sumTyiyn += line.sumTyiyn;
    }
  }
  for (const invoice of invoices) {
    const entry = officeOf(invoice.office);
    entry.invoicesPaid.count += 1;
    entry.invoicesPaid.amountTyiyn += invoice.amountTyiyn;
  }
  for (const signature of signatures) officeOf(signature.application.office).signaturesIssued += 1;

  // The offices in their usual order, then money that belongs to none.
  const order = (office: string | null) =>
    office === null ? officeIds.length : officeIds.indexOf(office as OfficeId);
  const sorted = [...offices.values()].sort((a, b) => order(a.office) - order(b.office));
  for (const entry of sorted)
    entry.lines.sort(
      (a, b) =>
        services.indexOf(a.service) - services.indexOf(b.service) ||
        methods.indexOf(a.method) - methods.indexOf(b.method) ||
        Number(a.reversal) - Number(b.reversal),
    );
  return { day, offices: sorted, total };
}
