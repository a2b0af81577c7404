import { isUniqueViolation, runTransaction, type Database } from "@/server/db";

export interface SequenceSociFeedOptions {
  db: Database;
  /** At most this many entries get their place per call. */
  batch?: number;
}

// Gives balance entries that have none their place in SOChI's feed, in id order, after the last
// place given. Why not the id itself as the cursor: on PostgreSQL ids are drawn when a
// transaction inserts, not when it commits, so entry 10 can become visible after entry 11, and a
// reader whose cursor had passed 11 would never see 10. A place is given only to entries already
// committed, under the FeedSequence row's lock (taken first, so that two sequencers never number
// the same entries), so places become visible in increasing order and a cursor skips nothing.
// On SQLite writers are serialized anyway. Returns how many entries were placed.
export async function sequenceSociFeed({ db, batch = 500 }: SequenceSociFeedOptions): Promise<number> {
  // Most calls find nothing to do: look before taking the lock.
  if (!(await db.balanceEntry.findFirst({ where: { feedSeq: null }, select: { id: true } }))) return 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await runTransaction(db, async (tx) => {
        const counter = await tx.feedSequence.upsert({
          where: { id: 1 },
          create: { id: 1, lastSeq: 0 },
          update: { lastSeq: { increment: 0 } },
        });
        const pending = await tx.balanceEntry.findMany({
          where: { feedSeq: null },
          orderBy: { id: "asc" },
          take: batch,
          select: { id: true },
        });
        let place = counter.lastSeq;
        for (const entry of pending) {
          place += 1;
          await tx.balanceEntry.update({ where: { id: entry.id }, data: { feedSeq: place } });
        }
        await tx.feedSequence.update({ where: { id: 1 }, data: { lastSeq: place } });
        return pending.length;
      });
    } catch (error) {
      // Two first-ever sequencers creating the counter row at once: the loser tries again.
      if (attempt === 0 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
