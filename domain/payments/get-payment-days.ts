import { officeIds, type OfficeId } from "@/config/offices";
import type { StaffActor } from "@/config/staff-roles";
import { bishkekDayOf, bishkekDayStart, dayMs } from "@/lib/dates";
import { tyiynFromDatabase } from "@/lib/money";
import type { Database } from "@/server/db";
import { requirePermission } from "../staff/staff-access";
import { dayRange } from "../staff/url-filter";

export type PaymentDayOffice = OfficeId | "none";

export interface PaymentDay {
  // A Bishkek day, "2026-11-26".
  day: string;
  count: number;
  // Net of the reversals approved that day, as the daily close counts it.
  sumTyiyn: number;
  byService: Record<"soci" | "eds", number>;
  // "none": MegaPay's «СОчИ» top-ups, which belong to no office.
  byOffice: Record<PaymentDayOffice, number>;
}

export interface GetPaymentDaysOptions {
  db: Database;
  actor: StaffActor;
  // The last day shown ("2026-11-26"), and how many days up to it.
  until: string;
  days?: number;
}

// The money of each of the last `days` Bishkek days up to `until`, per service and per office, for
// the charts on Today and the daily close. One grouped count per day (the payments' receivedAt
// index): 30 small queries when a page opens, which on the last reporting day's volume (some
// thousands of payments a day) stays a few milliseconds each, and needs no date arithmetic in SQL
// that SQLite and PostgreSQL write differently.
export async function getPaymentDays({
  db,
  actor,
  until,
  days = 30,
}: GetPaymentDaysOptions): Promise<PaymentDay[]> {
  requirePermission(actor, "read", "read the payments of the last days");
  const last = bishkekDayStart(until);
  if (!last) throw new RangeError(`not a day: ${until}`);
  const list = Array.from({ length: days }, (_, i) =>
    bishkekDayOf(new Date(last.getTime() - (days - 1 - i) * dayMs)),
  );
  return Promise.all(
    list.map(async (day) => {
      const groups = await db.payment.groupBy({
        by: ["office", "service"],
        where: { receivedAt: dayRange(day, day) },
        _count: { _all: true },
        _sum: { sumTyiyn: true },
      });
      const result: PaymentDay = {
        day,
        count: 0,
        sumTyiyn: 0,
        byService: { soci: 0, eds: 0 },
        byOffice: { osh: 0, "jalal-abad": 0, none: 0 },
      };
      for (const group of groups) {
        const sum = tyiynFromDatabase(group._sum.sumTyiyn ?? 0n);
        result.count += group._count._all;
        result.sumTyiyn += sum;
        result.byService[group.service === "eds" ? "eds" : "soci"] += sum;
        const office = officeIds.find((o) => o === group.office) ?? "none";
        result.byOffice[office] += sum;
      }
      return result;
    }),
  );
}
