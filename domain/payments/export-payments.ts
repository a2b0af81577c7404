import type { StaffActor } from "@/config/staff-roles";
import type { Database } from "@/server/db";
import { listPayments, type PaymentJournalRow } from "./list-payments";
import type { PaymentJournalFilter } from "./payment-journal-filter";

export interface ExportPaymentsOptions {
  db: Database;
  actor: StaffActor;
  filter: PaymentJournalFilter;
  batchSize?: number;
}

// Every payment the filter selects, newest first, a batch at a time, so that an export of any
// size holds one batch in memory.
export async function* exportPayments({
  db,
  actor,
  filter,
  batchSize = 1000,
}: ExportPaymentsOptions): AsyncGenerator<PaymentJournalRow> {
  let before = filter.before;
  for (;;) {
    const page = await listPayments({
      db,
      actor,
      filter: { ...filter, before },
      pageSize: batchSize,
      withTotals: false,
    });
    yield* page.rows;
    if (page.nextBefore === null) return;
    before = page.nextBefore;
  }
}
