import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import { ApplicationError } from "./application-error";

export interface CheckDocumentsOptions {
  db: Database;
  actor: StaffActor;
  applicationId: number;
  now?: Date;
}

// The office has seen the client's documents and found them in order: submitted → documents
// checked. Only once, only at the application's office (or by an admin), audited.
export async function checkDocuments({ db, actor, applicationId, now = new Date() }: CheckDocumentsOptions) {
  await runTransaction(db, async (tx) => {
    const application = await tx.application.findUnique({
      where: { id: applicationId },
      select: { office: true, status: true },
    });
    if (!application) throw new ApplicationError("notFound");
    requirePermission(actor, "officeWork", "check documents", application.office);
    // Conditional, so that two people checking at once change it once.
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, status: "submitted" },
      data: { status: "documentsChecked", documentsCheckedAt: now, documentsCheckedById: actor.id },
    });
    if (count !== 1) throw new ApplicationError("wrongStatus");
    await recordAuditEvent({
      tx,
      actor,
      action: "application.documents-checked",
      subject: { type: "application", id: String(applicationId) },
      before: { status: application.status },
      after: { status: "documentsChecked" },
    });
  });
}
