import type { OfficeId } from "@/config/offices";
import type { StaffActor } from "@/config/staff-roles";
import { bishkekDayOf, bishkekDayStart, dayMs } from "@/lib/dates";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import { officeParam } from "../staff/url-filter";

// Signatures to renew: those that expire within this many days, and those that expired within
// as many (a client who missed the date is still worth a call).
export const expiringWindowDays = 30;

export type RenewalState = "none" | "awaiting" | "partlyPaid" | "paid";

export interface ExpiringSignature {
  id: number;
  serial: string;
  validTo: Date;
  office: string;
  applicationId: number;
  client: { name: string; inn: string; phone: string };
  // What the signature was bought as (the items of its application's invoice).
  tariffs: { nameKy: string; nameRu: string; quantity: number }[];
  // Its renewal: of the applications issued as its renewal, the one whose invoice says the most.
  renewal: { state: RenewalState; invoiceNumber: string | null; applicationId: number | null };
}

export interface ListExpiringSignaturesOptions {
  db: Database;
  actor: StaffActor;
  office?: OfficeId;
  now?: Date;
  // How many rows a page shows (the CSV export asks for all, a page at a time).
  take?: number;
  // Rows to skip (ordered by expiry, then id): the next page.
  skip?: number;
}

const renewalStates: Record<string, RenewalState> = {
  awaiting: "awaiting",
  partly_paid: "partlyPaid",
  paid: "paid",
};

// By Bishkek days: from the start of the day 30 days ago to the end of the day 30 days ahead, so
// that the list does not change in the middle of a working day.
export function expiringWindow(now: Date) {
  const today = bishkekDayStart(bishkekDayOf(now))!.getTime();
  return {
    gte: new Date(today - expiringWindowDays * dayMs),
    lt: new Date(today + (expiringWindowDays + 1) * dayMs),
  };
}

// The renewal that says the most: paid, else partly paid, else issued (cancelled ones never
// count); a second renewal issued by mistake does not hide a paid one.
const stateRank: RenewalState[] = ["none", "awaiting", "partlyPaid", "paid"];
function bestRenewal(renewals: { id: number; invoice: { number: string; status: string } | null }[]) {
  let best: ExpiringSignature["renewal"] = { state: "none", invoiceNumber: null, applicationId: null };
  for (const r of renewals) {
    const state = r.invoice ? (renewalStates[r.invoice.status] ?? "none") : "none";
    if (stateRank.indexOf(state) > stateRank.indexOf(best.state))
      best = { state, invoiceNumber: r.invoice!.number, applicationId: r.id };
  }
  return best;
}

// The signatures that expire within 30 days or expired within the last 30, by expiry date, per
// office or for both, each with its client, what it was, and whether a renewal invoice exists and
// is paid. Read by every role (the list is where calls to clients start).
export async function listExpiringSignatures({
  db,
  actor,
  office,
  now = new Date(),
  take = 200,
  skip = 0,
}: ListExpiringSignaturesOptions): Promise<{ rows: ExpiringSignature[]; total: number }> {
  requirePermission(actor, "read", "read expiring signatures");
  const where = { validTo: expiringWindow(now), ...(office ? { application: { office } } : {}) };
  const [total, signatures] = await Promise.all([
    db.signatureIssue.count({ where }),
    db.signatureIssue.findMany({
      where,
      orderBy: [{ validTo: "asc" }, { id: "asc" }],
      take,
      skip,
      select: {
        id: true,
        serial: true,
        validTo: true,
        application: {
          select: {
            id: true,
            office: true,
            client: { select: { name: true, inn: true, phone: true } },
            invoice: { select: { items: { select: { nameKy: true, nameRu: true, quantity: true } } } },
          },
        },
        renewals: {
          where: { invoice: { status: { not: "cancelled" } } },
          orderBy: { id: "desc" },
          select: { id: true, invoice: { select: { number: true, status: true } } },
        },
      },
    }),
  ]);
  return {
    total,
    rows: signatures.map((s) => {
      return {
        id: s.id,
        serial: s.serial,
        validTo: s.validTo,
        office: s.application.office,
        applicationId: s.application.id,
        client: s.application.client,
        tariffs: s.application.invoice?.items ?? [],
        renewal: bestRenewal(s.renewals),
      };
    }),
  };
}

// The office asked for in a URL, or none for both.
export function readOfficeParam(value: unknown): OfficeId | undefined {
  return officeParam.parse(value);
}
