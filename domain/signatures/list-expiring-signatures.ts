import { officeIds, type OfficeId } from "@/config/offices";
import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";

// Signatures to renew: those that expire within this many days, and those that expired within
// as many (a client who missed the date is still worth a call).
export const expiringWindowDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

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
  // Its renewal: the latest application issued as its renewal whose invoice is not cancelled.
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

export function expiringWindow(now: Date) {
  return {
    gte: new Date(now.getTime() - expiringWindowDays * dayMs),
    lte: new Date(now.getTime() + expiringWindowDays * dayMs),
  };
}

// The signatures that expire within 30 days or expired within the last 30, the soonest first, per
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
          take: 1,
          select: { id: true, invoice: { select: { number: true, status: true } } },
        },
      },
    }),
  ]);
  return {
    total,
    rows: signatures.map((s) => {
      const renewal = s.renewals[0];
      return {
        id: s.id,
        serial: s.serial,
        validTo: s.validTo,
        office: s.application.office,
        applicationId: s.application.id,
        client: s.application.client,
        tariffs: s.application.invoice?.items ?? [],
        renewal: {
          state: renewal?.invoice ? (renewalStates[renewal.invoice.status] ?? "none") : "none",
          invoiceNumber: renewal?.invoice?.number ?? null,
          applicationId: renewal?.id ?? null,
        },
      };
    }),
  };
}

// The office asked for in a URL, or none for both.
export function readOfficeParam(value: unknown): OfficeId | undefined {
  return (officeIds as readonly unknown[]).includes(value) ? (value as OfficeId) : undefined;
}
