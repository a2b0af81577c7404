import type { NewAuditEvent, TransactionClient } from "@/server/db";

export const auditActions = [
  "staff.added",
  "staff.activated",
  "staff.deactivated",
  "staff.sessions-ended",
  "application.registered",
  "application.documents-checked",
  "application.signature-issued",
  "invoice.cancelled",
  "payment.recorded",
  "client.contacts-changed",
  "client.soci-connected",
  "client.soci-disconnected",
  "client.reminders-off",
  "client.reminders-on",
  "client.balance-adjusted",
  "client.imported",
  "settings.office-changed",
  "settings.legal-name-changed",
  "settings.documents-changed",
  "tariff.changed",
  "settings.registry-columns-changed",
  "settings.bank-details-changed",
  "settings.statement-columns-changed",
  "bank-statement.uploaded",
  "bank-transfer.assigned",
  "bank-transfer.not-ours",
  "reconciliation.uploaded",
  "reconciliation.resolved",
  "money-request.created",
  "money-request.approved",
  "money-request.rejected",
  "payment.reversed",
  // Access: the account tried (actorEmail; the id where it exists) and the address (after).
  "access.password-accepted",
  "access.signed-in",
  "access.sign-in-failed",
  "access.sign-in-throttled",
  "access.second-factor-failed",
  "access.recovery-code-used",
  "access.second-factor-enabled",
  "access.identity-confirmed",
  "access.confirmation-failed",
  "access.signed-out",
  "access.session-revoked",
  "access.password-changed",
  "access.credentials-reset",
  "export.downloaded",
] as const;
export type AuditAction = (typeof auditActions)[number];
export const auditSubjectTypes = [
  "staff",
  "application",
  "invoice",
  "payment",
  "client",
  "office",
  "company",
  "tariff",
  "reconciliation",
  "money-request",
  "export",
  "bank-statement",
  "bank-transfer",
] as const;
export type AuditSubjectType = (typeof auditSubjectTypes)[number];

// Who acted: a signed-in staff member, an admin at the command line (npm run staff:add), or
// someone signing in (the email as typed; the account's id where one has it).
export type AuditActor = { id: string; email: string } | { id: null; email: string };

export interface RecordAuditEventOptions {
  tx: TransactionClient;
  actor: AuditActor;
  action: AuditAction;
  subject: { type: AuditSubjectType; id: string };
  before?: unknown;
  after?: unknown;
}

export type AuditEventInput = Omit<RecordAuditEventOptions, "tx" | "actor">;

const rowOf = (actor: AuditActor, { action, subject, before, after }: AuditEventInput) => ({
  actorId: actor.id,
  actorEmail: actor.email,
  action,
  subjectType: subject.type,
  subjectId: subject.id,
  before: before === undefined ? null : JSON.stringify(before),
  after: after === undefined ? null : JSON.stringify(after),
});

// Written in the same transaction as the change it describes: both or neither.
export async function recordAuditEvent({ tx, actor, ...event }: RecordAuditEventOptions) {
  await tx.auditEvent.create({ data: rowOf(actor, event) });
}

// Many at once (an import): one statement per thousand events instead of one per event.
export async function recordAuditEvents(tx: TransactionClient, actor: AuditActor, events: AuditEventInput[]) {
  for (let i = 0; i < events.length; i += 1000) {
    await tx.auditEvent.createMany({ data: events.slice(i, i + 1000).map((e) => rowOf(actor, e)) });
  }
}

// The same event for a write inside the payment ledger's unit (a payment's audit event commits
// with the payment, in the ledger's own statements): built here too, so that every audit row,
// whichever way it is written, has one shape and a known action.
export function ledgerAuditEvent(
  actor: { id: string; email: string },
  { action, subject, after }: Required<Pick<AuditEventInput, "action" | "subject" | "after">>,
): NewAuditEvent {
  return {
    actorId: actor.id,
    actorEmail: actor.email,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    after: JSON.stringify(after),
  };
}
