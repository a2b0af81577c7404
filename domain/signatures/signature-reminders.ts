import { randomBytes } from "node:crypto";
import { reminderStages, type ReminderStage } from "@/lib/reminder-stage";

// The outbox events of a signature's reminders, one per stage (lib/reminder-stage.ts): the outbox's
// unique (event, subjectId) is what makes each reminder go once, whatever the number of instances.
export const reminderEventOf = {
  30: "signatureReminder30",
  7: "signatureReminder7",
  1: "signatureReminder1",
} as const satisfies Record<ReminderStage, string>;

export type ReminderEvent = (typeof reminderEventOf)[ReminderStage];
export const reminderEvents = reminderStages.map((stage) => reminderEventOf[stage]);

export function stageOfReminderEvent(event: string): ReminderStage | null {
  return reminderStages.find((stage) => reminderEventOf[stage] === event) ?? null;
}

// The signatures still worth a reminder: the client has not had them turned off, and no renewal of
// the signature is paid yet. Checked when a reminder is scheduled and again when it is sent.
export const remindableSignature = {
  application: { client: { remindersOff: false } },
  renewals: { none: { invoice: { status: "paid" as const } } },
};

// A renewal link's token: 9 random bytes (72 bits), 12 characters, short enough for an SMS and,
// behind the renewal page's rate limit, not to be guessed.
export const newRenewalToken = () => randomBytes(9).toString("base64url");
export const renewalTokenPattern = /^[A-Za-z0-9_-]{12}$/;
