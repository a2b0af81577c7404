import { dayMs, hourMs } from "@/lib/dates";
import type { Database } from "@/server/db";
import { SmsRefusedError, type OutgoingSms } from "@/lib/sms/sms-channel";
import { isReminderHour, nextReminderHour } from "@/lib/reminder-stage";
import { reminderEvents, type ReminderEvent } from "../signatures/signature-reminders";
import { composeNotification } from "./compose-notification";
import type { ComposedMessage } from "./notification-content";

export interface RenderedMail {
  subject: string;
  text: string;
}

// The outbox's channels; null = off (SMTP_URL, SMS_PROVIDER unset): their messages are not sent.
export interface OutboxChannels {
  email: ((mail: RenderedMail & { to: string; messageId: string }) => Promise<void>) | null;
  sms: ((sms: OutgoingSms) => Promise<void>) | null;
}

export interface SendDueNotificationsOptions {
  db: Database;
  channels: OutboxChannels;
  render: { email: (message: ComposedMessage) => RenderedMail; sms: (message: ComposedMessage) => string };
  now?: Date;
  // The first retry's delay; each next one doubles, at most an hour.
  retryBaseMs: number;
  limit?: number;
}

// How long one instance holds a row it is sending; another instance takes it over afterwards.
const claimMs = 60_000;
// Failures are retried for three days, then the row is given up (the metrics show it).
const giveUpAfterMs = 3 * dayMs;
const maxDelayMs = hourMs;

export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxDelayMs);
}

const messageDomain = "dostek.kg";

// Where each recipient's message by each channel is marked as accepted.
const markOf = (message: ComposedMessage) =>
  message.recipient === "office"
    ? "officeSentAt"
    : message.channel === "sms"
      ? "clientSmsSentAt"
      : "clientSentAt";

// The SMS's id at the provider (at most 12 Latin letters and digits): stable for the row, so a
// resend after a lost answer is refused by the provider as a repeat rather than delivered twice;
// made of the second the row was written as well as its id, so that rows numbered again after a
// restore from a backup do not collide with ids the provider has already seen.
export function smsIdOf(row: { id: number; createdAt: Date }): string {
  const second = Math.floor(row.createdAt.getTime() / 1000)
    .toString(36)
    .padStart(7, "0");
  return second + (row.id % 36 ** 5).toString(36).padStart(5, "0");
}

export interface SendDueResult {
  // Rows: sent (something went), retried (a failure), skipped (nothing to send).
  sent: number;
  retried: number;
  skipped: number;
  // Messages accepted, per channel; SMS the provider will never take (not a mobile, stop words).
  messages: { email: number; sms: number };
  refused: number;
}

// One round of the outbox worker: claim the due rows (a conditional update, so that of several
// instances exactly one takes each), send each recipient's message by each channel that is on and
// mark it at once, then the row. A failure leaves the row for later, with back-off; the messages
// already marked are not sent again.
export async function sendDueNotifications(options: SendDueNotificationsOptions): Promise<SendDueResult> {
  const { db, channels, render, retryBaseMs } = options;
  const now = options.now ?? new Date();
  const free = { OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
  const dueAndFree = { state: "pending" as const, nextAttemptAt: { lte: now }, ...free };
  const result: SendDueResult = {
    sent: 0,
    retried: 0,
    skipped: 0,
    messages: { email: 0, sms: 0 },
    refused: 0,
  };
  // Every channel is off: every due row is skipped in one statement (not two per row: on a busy
  // day the MegaPay API writes a row per payment, and this runs in the same process).
  if (!channels.email && !channels.sms) {
    const { count } = await db.notification.updateMany({
      where: dueAndFree,
      data: { state: "skipped", claimedUntil: null },
    });
    return { ...result, skipped: count };
  }
  const due = await db.notification.findMany({
    where: dueAndFree,
    orderBy: { id: "asc" },
    take: options.limit ?? 20,
  });
  // Claims count from when each row is taken, not from the round's start: a round of slow sends
  // must not hand its last rows to another instance already expired.
  const startedAt = Date.now();
  const claimUntil = () => new Date(now.getTime() + (Date.now() - startedAt) + claimMs);
  for (const row of due) {
    // A reminder waits for the daytime: put off, not tried (a retry or a backlog after an outage
    // would otherwise wake someone at night).
    if (reminderEvents.includes(row.event as ReminderEvent) && !isReminderHour(now)) {
      await db.notification.updateMany({
        where: { id: row.id, state: "pending", ...free },
        data: { nextAttemptAt: nextReminderHour(now) },
      });
      continue;
    }
    const claimed = await db.notification.updateMany({
      where: { id: row.id, state: "pending", ...free },
      data: { claimedUntil: claimUntil() },
    });
    if (claimed.count !== 1) continue;
    try {
      const messages = (await composeNotification(db, row, now)).filter(
        (message) => channels[message.channel],
      );
      const refusals: string[] = [];
      let accepted = 0;
      for (const message of messages) {
        const mark = markOf(message);
        if (row[mark]) {
          accepted++;
          continue;
        }
        if (message.channel === "sms") {
          try {
            await channels.sms!({ id: smsIdOf(row), to: message.to, text: render.sms(message) });
          } catch (error) {
            if (!(error instanceof SmsRefusedError)) throw error;
            refusals.push(error.message);
            result.refused++;
            continue;
          }
        } else {
          await channels.email!({
            ...render.email(message),
            to: message.to,
            messageId: `<n${row.id}-${message.recipient}@${messageDomain}>`,
          });
        }
        await db.notification.update({ where: { id: row.id }, data: { [mark]: new Date() } });
        result.messages[message.channel]++;
        accepted++;
      }
      await db.notification.update({
        where: { id: row.id },
        data: {
          state: accepted > 0 ? "sent" : "skipped",
          claimedUntil: null,
          lastError: refusals.length > 0 ? refusals.join("; ").slice(0, 500) : null,
        },
      });
      if (accepted > 0) result.sent++;
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

// For the metrics: rows still to send, rows given up, messages accepted per channel, and the
// signatures' reminders by state.
export async function countOutbox({ db }: { db: Database }): Promise<{
  pending: number;
  failed: number;
  sent: { email: number; sms: number };
  reminders: Record<"pending" | "sent" | "skipped" | "failed", number>;
}> {
  const [pending, failed, clientEmail, officeEmail, sms, reminders] = await Promise.all([
    db.notification.count({ where: { state: "pending" } }),
    db.notification.count({ where: { state: "failed" } }),
    db.notification.count({ where: { clientSentAt: { not: null } } }),
    db.notification.count({ where: { officeSentAt: { not: null } } }),
    db.notification.count({ where: { clientSmsSentAt: { not: null } } }),
    db.notification.groupBy({
      by: ["state"],
      where: { event: { in: reminderEvents } },
      _count: { _all: true },
    }),
  ]);
  const byState = { pending: 0, sent: 0, skipped: 0, failed: 0 };
  for (const row of reminders) byState[row.state] = row._count._all;
  return { pending, failed, sent: { email: clientEmail + officeEmail, sms }, reminders: byState };
}
