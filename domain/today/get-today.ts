import { officeIds, type OfficeId } from "@/config/offices";
import type { StaffActor } from "@/config/staff-roles";
import { bishkekDayEnd, bishkekDayOf, bishkekDayStart } from "@/lib/dates";
import { tyiynFromDatabase } from "@/lib/money";
import type { Database } from "@/server/db";
import { applicationStageWhere } from "../applications/application-stage";
import { requireRole } from "../staff/staff-access";

export interface TodayApplication {
  id: number;
  createdAt: Date;
  inn: string;
  organizationName: string;
  invoiceNumber: string | null;
  invoicePaid: boolean;
}

export interface PaymentTotal {
  service: "soci" | "eds";
  method: "megapay" | "cash" | "bank";
  count: number;
  sumTyiyn: number;
}

export interface OfficeToday {
  // null: MegaPay's top-ups of SOChI balances, which belong to no office.
  office: OfficeId | null;
  awaitingDocuments: { count: number; first: TodayApplication[] };
  awaitingSignature: { count: number; first: TodayApplication[] };
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

// The start of the day at each office: per office, the online applications waiting for their
// documents check (oldest first, paid ones too), those checked and paid waiting for the
// signature, and today's payments (Bishkek day) per service and method.
export async function getToday({ db, actor, now = new Date(), listSize = 20 }: GetTodayOptions) {
  requireRole(actor, ["admin", "operator", "accountant"], "read today");
  const day = bishkekDayOf(now);
  const receivedAt = { gte: bishkekDayStart(day)!, lt: bishkekDayEnd(day)! };
  const [groups, ...lists] = await Promise.all([
    db.payment.groupBy({
      by: ["office", "service", "method"],
      where: { receivedAt },
      _count: { _all: true },
      _sum: { sumTyiyn: true },
    }),
    ...officeIds.flatMap((office) => {
      const waiting = { office, status: "submitted" as const, channel: "online" as const };
      const ready = { office, ...applicationStageWhere("paid") };
      return [
        db.application.count({ where: waiting }),
        db.application.findMany({
          where: waiting,
          orderBy: { id: "asc" },
          take: listSize,
          select: applicationSelect,
        }),
        db.application.count({ where: ready }),
        db.application.findMany({
          where: ready,
          orderBy: { id: "asc" },
          take: listSize,
          select: applicationSelect,
        }),
      ];
    }),
  ]);
  const row = (a: {
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
  const paymentsOf = (office: string | null): PaymentTotal[] =>
    groups
      .filter((g) => g.office === office)
      .map((g) => ({
        service: g.service === "eds" ? ("eds" as const) : ("soci" as const),
        method: g.method,
        count: g._count._all,
        sumTyiyn: tyiynFromDatabase(g._sum.sumTyiyn ?? 0n),
      }))
      .sort((a, b) => `${a.service}${a.method}`.localeCompare(`${b.service}${b.method}`));
  const offices: OfficeToday[] = officeIds.map((office, i) => {
    const [waitingCount, waiting, readyCount, ready] = lists.slice(i * 4, i * 4 + 4) as [
      number,
      Parameters<typeof row>[0][],
      number,
      Parameters<typeof row>[0][],
    ];
    return {
      office,
      awaitingDocuments: { count: waitingCount, first: waiting.map(row) },
      awaitingSignature: { count: readyCount, first: ready.map(row) },
      payments: paymentsOf(office),
    };
  });
  return { day, offices, withoutOffice: paymentsOf(null) };
}

export type Today = Awaited<ReturnType<typeof getToday>>;
