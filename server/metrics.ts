import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// The site's Prometheus metrics (prom-client), served at /api/metrics (docs/operations.md).
// One registry per process: it lives on globalThis because Next.js may load this module once
// per route bundle, and the MegaPay routes count into the registry the metrics route reads.
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    megapayRequests: new Counter({
      name: "dostek_megapay_requests_total",
      help: "MegaPay requests answered, by service, command (check, pay, other) and OSMP result",
      labelNames: ["service", "command", "result"] as const,
      registers,
    }),
    megapayDuration: new Histogram({
      name: "dostek_megapay_request_duration_seconds",
      help: "Time to answer a MegaPay request, from its arrival to the XML",
      labelNames: ["service", "command"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    megapayRefused: new Counter({
      name: "dostek_megapay_refused_total",
      help: "MegaPay requests refused before reaching the API: 503 not configured, 403 address, 401 credentials",
      labelNames: ["status"] as const,
      registers,
    }),
    databaseErrors: new Counter({
      name: "dostek_database_errors_total",
      help: "Database failures met while answering: unavailable (down, timed out, full) or unexpected",
      labelNames: ["kind", "where"] as const,
      registers,
    }),
    payments: new Gauge({
      name: "dostek_payments",
      help: "Payments recorded, by source (megapay, cash, bank); read from the database at each scrape",
      labelNames: ["source"] as const,
      registers,
    }),
    outboxPending: new Gauge({
      name: "dostek_notifications_pending",
      help: "Notifications waiting in the outbox (new, or retrying after a failure); read at each scrape",
      registers,
    }),
    outboxFailed: new Gauge({
      name: "dostek_notifications_failed",
      help: "Notifications given up after three days of failures; read at each scrape",
      registers,
    }),
    outboxSent: new Gauge({
      name: "dostek_notification_messages_sent",
      help: "Notification messages the mail server or SMS provider accepted, by channel (email, sms); read at each scrape",
      labelNames: ["channel"] as const,
      registers,
    }),
    signatureReminders: new Gauge({
      name: "dostek_signature_reminders",
      help: "Reminders of expiring signatures, by state (pending, sent, skipped: renewed or turned off, failed); read at each scrape",
      labelNames: ["state"] as const,
      registers,
    }),
    unresolvedDifferences: new Gauge({
      name: "dostek_reconciliation_unresolved_differences",
      help: "Differences with MegaPay's registry (every class but matched) nobody has resolved yet; read at each scrape",
      registers,
    }),
    paymentsTyiyn: new Gauge({
      name: "dostek_payments_tyiyn",
      help: "Sum of the payments recorded, in tyiyn (1 som = 100), by source; read at each scrape",
      labelNames: ["source"] as const,
      registers,
    }),
  };
}

const key = Symbol.for("dostek.metrics");
type Metrics = ReturnType<typeof createMetrics>;

export function getMetrics(): Metrics {
  const store = globalThis as unknown as Record<symbol, Metrics | undefined>;
  return (store[key] ??= createMetrics());
}

export function countDatabaseError(temporary: boolean, where: string): void {
  getMetrics().databaseErrors.inc({ kind: temporary ? "unavailable" : "unexpected", where });
}
