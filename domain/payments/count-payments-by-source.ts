import { tyiynFromDatabase } from "@/lib/money";
import type { Database } from "@/server/db";
import type { CloseMethod } from "./get-daily-close";

export interface PaymentSourceTotal {
  source: CloseMethod;
  count: number;
  sumTyiyn: number;
}

// Every payment ever recorded, counted and summed by where it came from, for the metrics: one
// grouping answered from the (method, office, sumTyiyn) index. Sources without payments count 0,
// so that each series exists from the start.
export async function countPaymentsBySource({ db }: { db: Database }): Promise<PaymentSourceTotal[]> {
  const groups = await db.payment.groupBy({
    by: ["method"],
    _count: { _all: true },
    _sum: { sumTyiyn: true },
  });
  return (["megapay", "cash", "bank"] as const).map((source) => {
    const group = groups.find((g) => g.method === source);
    return {
      source,
      count: group?._count._all ?? 0,
      sumTyiyn: group?._sum.sumTyiyn == null ? 0 : tyiynFromDatabase(group._sum.sumTyiyn),
    };
  });
}
