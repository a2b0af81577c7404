import type { TransactionClient } from "@/server/db";

export type AuditAction =
  "staff.added" | "staff.activated" | "staff.deactivated" | "staff.sessions-ended" | "application.registered";

// Who acted: a signed-in staff member, or an admin at the command line (npm run staff:add).
export type AuditActor = { id: string; email: string } | { id: null; email: "command-line" };

export interface RecordAuditEventOptions {
  tx: TransactionClient;
  actor: AuditActor;
  action: AuditAction;
  subject: { type: "staff" | "application"; id: string };
  before?: unknown;
  after?: unknown;
}

// Written in the same transaction as the change it describes: both or neither.
export async function recordAuditEvent({
  tx,
  actor,
  action,
  subject,
  before,
  after,
}: RecordAuditEventOptions) {
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action,
      subjectType: subject.type,
      subjectId: subject.id,
      before: before === undefined ? null : JSON.stringify(before),
      after: after === undefined ? null : JSON.stringify(after),
    },
  });
}
