import { dayMs } from "@/lib/dates";
import { dueReminderStage, isReminderHour, reminderStages } from "@/lib/reminder-stage";
import { isUniqueViolation, runTransaction, type Database } from "@/server/db";
import {
  newRenewalToken,
  reminderEventOf,
  reminderEvents,
  remindableSignature,
  stageOfReminderEvent,
} from "./signature-reminders";

export interface ScheduleSignatureRemindersOptions {
  db: Database;
  now?: Date;
  newToken?: () => string;
}

// Writes the outbox row of each reminder that is due (30, 7 or 1 days before a signature expires,
// in the daytime): one row per signature and stage, so that of several instances running this at
// once exactly one writes it and nobody writes it twice. A signature that reached a stage without
// its earlier ones (the system started late, the night passed) gets only the nearest one. The
// first reminder also gives the signature its renewal link. Run by the outbox worker.
export async function scheduleSignatureReminders({
  db,
  now = new Date(),
  newToken = newRenewalToken,
}: ScheduleSignatureRemindersOptions): Promise<{ scheduled: number }> {
  if (!isReminderHour(now)) return { scheduled: 0 };
  const signatures = await db.signatureIssue.findMany({
    where: {
      validTo: { gt: now, lte: new Date(now.getTime() + reminderStages[0] * dayMs) },
      ...remindableSignature,
    },
    select: { id: true, validTo: true },
  });
  if (signatures.length === 0) return { scheduled: 0 };
  const sent = await db.notification.findMany({
    where: { event: { in: reminderEvents }, subjectId: { in: signatures.map((s) => s.id) } },
    select: { event: true, subjectId: true },
  });
  let scheduled = 0;
  for (const signature of signatures) {
    const stage = dueReminderStage(signature.validTo, now);
    if (stage === null) continue;
    // This stage or a nearer one already went.
    const done = sent.some(
      (row) => row.subjectId === signature.id && (stageOfReminderEvent(row.event) ?? Infinity) <= stage,
    );
    if (done) continue;
    try {
      await runTransaction(db, async (tx) => {
        await tx.signatureIssue.updateMany({
          where: { id: signature.id, renewalToken: null },
          data: { renewalToken: newToken() },
        });
        await tx.notification.create({
          data: {
            event: reminderEventOf[stage],
            subjectId: signature.id,
            createdAt: now,
            nextAttemptAt: now,
          },
        });
      });
      scheduled++;
    } catch (error) {
      // Another instance wrote this reminder first.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { scheduled };
}
