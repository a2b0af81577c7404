import { countOutbox } from "@/domain/notifications/send-due-notifications";
import { countPaymentsBySource } from "@/domain/payments/count-payments-by-source";
import { countUnresolvedDifferences } from "@/domain/reconciliation/list-reconciliations";
import { getDatabase } from "@/server/db";
import { metricsHandler } from "@/server/http/metrics-route";
import { getMetrics } from "@/server/metrics";

export const dynamic = "force-dynamic";

// Prometheus' scrape (docs/operations.md): this process's counters, and the payments by source and
// the unresolved reconciliation differences as the database has them (every instance reports the
// same).
export const GET = metricsHandler(async () => {
  const metrics = getMetrics();
  const db = getDatabase();
  const [bySource, unresolved] = await Promise.all([
    countPaymentsBySource({ db }),
    countUnresolvedDifferences({ db }),
  ]);
  metrics.unresolvedDifferences.set(unresolved);
  for (const { source, count, sumTyiyn } of bySource) {
    metrics.payments.set({ source }, count);
    metrics.paymentsTyiyn.set({ source }, sumTyiyn);
  }
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
});
