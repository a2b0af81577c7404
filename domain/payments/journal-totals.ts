import { LRUCache } from "lru-cache";
import { tyiynFromDatabase } from "@/lib/money";
import type { Database, PaymentWhere } from "@/server/db";
import { hourMs } from "@/lib/dates";

export interface JournalTotals {
  count: number;
  sumTyiyn: number;
}

// A year of payments is a million rows, and counting them on every view of the journal costs
// more than the rest of the page (50–150 ms here). But payments are never changed or deleted
// once written, so what a filter selects among old payments stays the same: that part is
// computed once an hour per filter and kept, and only the payments of the last hour or so are
// counted on each view. "Old" means written more than `settled` ago: by then every transaction
// that wrote one has long committed (transactions end within 15 s) even with instances' clocks
// a little apart, so a payment cannot join the old part after it was counted.
const settledMs = 10 * 60_000;
const caches = new WeakMap<Database, LRUCache<string, JournalTotals>>();

async function count(db: Database, where: PaymentWhere): Promise<JournalTotals> {
  // A group-by, not an aggregate: Prisma sends it as one plain statement that the databases
  // answer from the (method, office, sumTyiyn) index; an aggregate comes wrapped in a subquery
  // that PostgreSQL cannot run in parallel.
  const groups = await db.payment.groupBy({
    by: ["method"],
    where,
    _count: { _all: true },
    _sum: { sumTyiyn: true },
  });
  return groups.reduce(
    (sum, group) => ({
      count: sum.count + group._count._all,
      sumTyiyn: sum.sumTyiyn + tyiynFromDatabase(group._sum.sumTyiyn ?? 0n),
    }),
    { count: 0, sumTyiyn: 0 },
  );
}

// The count and sum of the payments `where` selects, exact as of now.
export async function journalTotals(
  db: Database,
  where: PaymentWhere,
  now = new Date(),
): Promise<JournalTotals> {
  const cutoff = new Date(Math.floor((now.getTime() - settledMs) / hourMs) * hourMs);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ max: 500 })));
  const key = `${cutoff.toISOString()} ${JSON.stringify(where)}`;
  let old = cache.get(key);
  if (!old) {
    old = await count(db, { AND: [where, { receivedAt: { lt: cutoff } }] });
    cache.set(key, old);
  }
  const recent = await count(db, { AND: [where, { receivedAt: { gte: cutoff } }] });
  return { count: old.count + recent.count, sumTyiyn: old.sumTyiyn + recent.sumTyiyn };
}
