import { countPaymentsBySource } from "@/domain/payments/count-payments-by-source";
import { getDatabase } from "@/server/db";
import { metricsHandler } from "@/server/http/metrics-route";
import { getMetrics } from "@/server/metrics";

export const dynamic = "force-dynamic";

// Prometheus' scrape (docs/operations.md): this process's counters, and the payments by source as
// the database has them (so every instance reports the same totals).
export const GET = metricsHandler(async () => {
  const metrics = getMetrics();
  for (const { source, count, sumTyiyn } of await countPaymentsBySource({ db: getDatabase() })) {
    metrics.payments.set({ source }, count);
    metrics.paymentsTyiyn.set({ source }, sumTyiyn);
  }
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
});
