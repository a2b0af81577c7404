import { officeIds, type OfficeId } from "@/config/offices";
import type { StaffActor } from "@/config/staff-roles";
import { bishkekDayOf } from "@/lib/dates";
import type { Database } from "@/server/db";
import { applicationStageWhere } from "../applications/application-stage";
import { getDailyClose, type DailyCloseLine } from "../payments/get-daily-close";
import { expiringWindow } from "../signatures/list-expiring-signatures";
import { requirePermission } from "../staff/staff-access";

export interface TodayApplication {
  id: number;
  createdAt: Date;
  inn: string;
  organizationName: string;
  invoiceNumber: string | null;
  invoicePaid: boolean;
}

export type PaymentTotal = DailyCloseLine;

export interface OfficeToday {
  office: OfficeId;
  awaitingDocuments: { count: number; first: TodayApplication[] };
  awaitingSignature: { count: number; first: TodayApplication[] };
  // Signatures expiring within 30 days or expired within the last 30 (the list of them), and
  // how many of those have no paid renewal yet.
  expiringSignatures: { count: number; notRenewed: number };
  payments: PaymentTotal[];
}

export interface GetTodayOptions {
  db: Database;
  actor: StaffActor;
  now?: Date;
  // How many applications of each list to show.
  listSize?: number;
}

const applicationSelect = {
  id: true,
  createdAt: true,
  inn: true,
  organizationName: true,
  invoice: { select: { number: true, status: true } },
} as const;

const todayApplication = (a: {
  id: number;
  createdAt: Date;
  inn: string;
  organizationName: string;
  invoice: { number: string; status: string } | null;
}): TodayApplication => ({
  id: a.id,
  createdAt: a.createdAt,
  inn: a.inn,
  organizationName: a.organizationName,
  invoiceNumber: a.invoice?.number ?? null,
  invoicePaid: a.invoice?.status === "paid",
});

// The start of the day at each office: per office, the online applications waiting for their
// documents check (oldest first, paid ones too), those checked and paid waiting for the
// signature, and today's payments (Bishkek day) per service and method; and MegaPay's SOChI
// top-ups, which belong to no office.
export async function getToday({ db, actor, now = new Date(), listSize = 20 }: GetTodayOptions) {
  requirePermission(actor, "read", "read today");
  const day = bishkekDayOf(now);
  const waitingList = async (where: object) => {
    const [count, first] = await Promise.all([
      db.application.count({ where }),
      db.application.findMany({ where, orderBy: { id: "asc" }, take: listSize, select: applicationSelect }),
    ]);
    return { count, first: first.map(todayApplication) };
  };
  const countExpiring = async (office: OfficeId) => {
    const where = { validTo: expiringWindow(now), application: { office } };
    const [count, renewed] = await Promise.all([
      db.signatureIssue.count({ where }),
      db.signatureIssue.count({ where: { ...where, renewals: { some: { invoice: { status: "paid" } } } } }),
    ]);
    return { count, notRenewed: count - renewed };
  };
  const [close, lists] = await Promise.all([
    getDailyClose({ db, actor, day }),
    Promise.all(
      officeIds.map(async (office) => ({
        office,
        awaitingDocuments: await waitingList({ office, status: "submitted", channel: "online" }),
        awaitingSignature: await waitingList({ office, ...applicationStageWhere("paid") }),
        expiringSignatures: await countExpiring(office),
      })),
    ),
  ]);
  // Today's payments are today's part of the daily close.
  const paymentsOf = (office: string | null): PaymentTotal[] =>
    close.offices.find((o) => o.office === office)?.lines ?? [];
  const offices: OfficeToday[] = lists.map((list) => ({ ...list, payments: paymentsOf(list.office) }));
  return { day, offices, withoutOffice: paymentsOf(null) };
}

export type Today = Awaited<ReturnType<typeof getToday>>;
