import type { StaffActor } from "@/config/staff-roles";
import { isUniqueViolation, runTransaction, type Database } from "@/server/db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";
import { ApplicationError } from "./application-error";
import { signatureValidTo } from "./application-stage";

export interface IssueSignatureOptions {
  db: Database;
  actor: StaffActor;
  applicationId: number;
  // Already normalised by signatureSerialSchema.
  serial: string;
  now?: Date;
}

// The signature is handed to the client: only after the documents are checked and the invoice
// is paid, once per application, each serial once. Valid 12 months from today.
export async function issueSignature({
  db,
  actor,
  applicationId,
  serial,
  now = new Date(),
}: IssueSignatureOptions) {
  try {
    return await runTransaction(db, async (tx) => {
      const application = await tx.application.findUnique({
        where: { id: applicationId },
        select: { office: true, status: true, invoice: { select: { status: true } } },
      });
      if (!application) throw new ApplicationError("notFound");
      requirePermission(actor, "officeWork", "issue signatures", application.office);
      if (application.status !== "documentsChecked") throw new ApplicationError("wrongStatus");
      if (application.invoice?.status !== "paid") throw new ApplicationError("notPaid");
      const { count } = await tx.application.updateMany({
        where: { id: applicationId, status: "documentsChecked" },
        data: { status: "signatureIssued" },
      });
      if (count !== 1) throw new ApplicationError("wrongStatus");
      const signature = await tx.signatureIssue.create({
        data: {
          applicationId,
          serial,
          validFrom: now,
          validTo: signatureValidTo(now),
          issuedById: actor.id,
          issuedAt: now,
        },
      });
      await recordAuditEvent({
        tx,
        actor,
        action: "application.signature-issued",
        subject: { type: "application", id: String(applicationId) },
        before: { status: "documentsChecked" },
        after: { status: "signatureIssued", serial, validTo: signature.validTo.toISOString() },
      });
      return signature;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApplicationError("serialTaken");
    throw error;
  }
}
