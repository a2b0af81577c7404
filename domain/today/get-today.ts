import { officeIds, type OfficeId } from "@/config/offices";
import type { StaffActor } from "@/config/staff-roles";
import { bishkekDayOf } from "@/lib/dates";
import { tyiynFromDatabase } from "@/lib/money";
import type { Database } from "@/server/db";
import { applicationStageWhere } from "../applications/application-stage";
import { requireRole } from "../staff/staff-access";
import { dayRange } from "../staff/url-filter";

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
  office: OfficeId;
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
  requireRole(actor, ["admin", "operator", "accountant"], "read today");
  const day = bishkekDayOf(now);
  const waitingList = async (where: object) => {
    const [count, first] = await Promise.all([
      db.application.count({ where }),
      db.application.findMany({ where, orderBy: { id: "asc" }, take: listSize, select: applicationSelect }),
    ]);
    return { count, first: first.map(todayApplication) };
  };
  const [groups, lists] = await Promise.all([
    db.payment.groupBy({
      by: ["office", "service", "method"],
      where: { receivedAt: dayRange(day, day) },
      _count: { _all: true },
      _sum: { sumTyiyn: true },
    }),
    Promise.all(
      officeIds.map(async (office) => ({
        office,
        awaitingDocuments: await waitingList({ office, status: "submitted", channel: "online" }),
        awaitingSignature: await waitingList({ office, ...applicationStageWhere("paid") }),
      })),
    ),
  ]);
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
  const offices: OfficeToday[] = lists.map((list) => ({ ...list, payments: paymentsOf(list.office) }));
  return { day, offices, withoutOffice: paymentsOf(null) };
}

export type Today = Awaited<ReturnType<typeof getToday>>;
