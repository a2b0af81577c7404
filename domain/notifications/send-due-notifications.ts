import type { Database } from "@/server/db";
import { composeNotification, type ComposedMessage } from "./compose-notification";

export interface RenderedMail {
  subject: string;
  text: string;
}

export interface SendDueNotificationsOptions {
  db: Database;
  // null: notifications are off (SMTP_URL unset); due rows are marked skipped.
  send: ((mail: RenderedMail & { to: string; messageId: string }) => Promise<void>) | null;
  render: (message: ComposedMessage) => RenderedMail;
  now?: Date;
  // The first retry's delay; each next one doubles, at most an hour.
  retryBaseMs: number;
  limit?: number;
}

// How long one instance holds a row it is sending; another instance takes it over afterwards.
const claimMs = 60_000;
// Failures are retried for three days, then the row is given up (the metrics show it).
const giveUpAfterMs = 3 * 24 * 60 * 60 * 1000;
const maxDelayMs = 60 * 60 * 1000;

export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxDelayMs);
}

const messageDomain = "dostek.kg";

// One round of the outbox worker: claim the due rows (a conditional update, so that of several
// instances exactly one takes each), send each recipient's message and mark it at once, then the
// row. A failure leaves the row for later, with back-off; the recipients already marked are not
// written to again.
export async function sendDueNotifications(
  options: SendDueNotificationsOptions,
): Promise<{ sent: number; retried: number; skipped: number }> {
  const { db, send, render, retryBaseMs } = options;
  const now = options.now ?? new Date();
  const free = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
  const dueAndFree = { state: "pending" as const, nextAttemptAt: { lte: now }, ...free };
  // Mail is off: every due row is skipped in one statement (not two per row: on a busy day the
  // MegaPay API writes a row per payment, and this runs in the same process).
  if (!send) {
    const { count } = await db.notification.updateMany({
      where: dueAndFree,
      data: { state: "skipped", claimedUntil: null },
    });
    return { sent: 0, retried: 0, skipped: count };
  }
  const due = await db.notification.findMany({
    where: dueAndFree,
    orderBy: { id: "asc" },
    take: options.limit ?? 20,
  });
  const result = { sent: 0, retried: 0, skipped: 0 };
  for (const row of due) {
    const claimed = await db.notification.updateMany({
      where: { id: row.id, state: "pending", ...free },
      data: { claimedUntil: new Date(now.getTime() + claimMs) },
    });
    if (claimed.count !== 1) continue;
    try {
      const messages = await composeNotification(db, row);
      for (const message of messages) {
        const mark = message.recipient === "client" ? "clientSentAt" : "officeSentAt";
        if (row[mark]) continue;
        await send({
          ...render(message),
          to: message.to,
          messageId: `<n${row.id}-${message.recipient}@${messageDomain}>`,
        });
        await db.notification.update({ where: { id: row.id }, data: { [mark]: new Date() } });
      }
      await db.notification.update({
        where: { id: row.id },
        data: { state: messages.length > 0 ? "sent" : "skipped", claimedUntil: null, lastError: null },
      });
      if (messages.length > 0) result.sent++;
      else result.skipped++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const givenUp = now.getTime() - row.createdAt.getTime() > giveUpAfterMs;
      await db.notification.update({
        where: { id: row.id },
        data: {
          attempts,
          state: givenUp ? "failed" : "pending",
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, retryBaseMs)),
          claimedUntil: null,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        },
      });
      result.retried++;
    }
  }
  return result;
}

// For the metrics: rows still to send, and rows given up.
export async function countOutbox({ db }: { db: Database }): Promise<{ pending: number; failed: number }> {
  const [pending, failed] = await Promise.all([
    db.notification.count({ where: { state: "pending" } }),
    db.notification.count({ where: { state: "failed" } }),
  ]);
  return { pending, failed };
}
