import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { ApplicationError } from "../applications/application-error";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";

export interface SetClientRemindersOptions {
  db: Database;
  actor: StaffActor;
  inn: string;
  on: boolean;
}

// Turns the reminders of the client's expiring signatures off (they asked, or renew some other
// way) or on again; a reminder already waiting in the outbox is then not sent either. Any staff
// member who edits clients may; audited.
export async function setClientReminders({ db, actor, inn, on }: SetClientRemindersOptions) {
  requirePermission(actor, "editClient", "switch reminders");
  await runTransaction(db, async (tx) => {
    const client = await tx.client.findUnique({ where: { inn }, select: { id: true, remindersOff: true } });
    if (!client) throw new ApplicationError("notFound");
    if (client.remindersOff === !on) return;
    await tx.client.update({ where: { id: client.id }, data: { remindersOff: !on } });
    await recordAuditEvent({
      tx,
      actor,
      action: on ? "client.reminders-on" : "client.reminders-off",
      subject: { type: "client", id: inn },
      before: { remindersOff: client.remindersOff },
      after: { remindersOff: !on },
    });
  });
}
