import { countOutbox } from "@/domain/notifications/send-due-notifications";
import { countPaymentsBySource } from "@/domain/payments/count-payments-by-source";
import { countUnresolvedDifferences } from "@/domain/reconciliation/list-reconciliations";
import { getDatabase } from "@/server/db";
import { metricsHandler } from "@/server/http/metrics-route";
import { getMetrics } from "@/server/metrics";

export const dynamic = "force-dynamic";

// Prometheus' scrape (docs/operations.md): this process's counters, and what the database says of
// the payments by source, the outbox and the unresolved reconciliation differences (every
// instance reports the same).
export const GET = metricsHandler(async () => {
  const metrics = getMetrics();
  const db = getDatabase();
  const [bySource, unresolved, outbox] = await Promise.all([
    countPaymentsBySource({ db }),
    countUnresolvedDifferences({ db }),
    countOutbox({ db }),
  ]);
  metrics.unresolvedDifferences.set(unresolved);
  metrics.outboxPending.set(outbox.pending);
  metrics.outboxFailed.set(outbox.failed);
  metrics.outboxSent.set({ channel: "email" }, outbox.sent.email);
  metrics.outboxSent.set({ channel: "sms" }, outbox.sent.sms);
  for (const [state, count] of Object.entries(outbox.reminders))
    metrics.signatureReminders.set({ state }, count);
  for (const { source, count, sumTyiyn } of bySource) {
    metrics.payments.set({ source }, count);
    metrics.paymentsTyiyn.set({ source }, sumTyiyn);
  }
  return { body: await metrics.registry.metrics(), contentType: metrics.registry.contentType };
});
