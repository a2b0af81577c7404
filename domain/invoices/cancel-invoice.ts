import type { StaffActor } from "@/config/staff-roles";
import { runTransaction, type Database } from "@/server/db";
import { ApplicationError } from "../applications/application-error";
import { recordAuditEvent } from "../audit/record-audit-event";
import { requirePermission } from "../staff/staff-access";

export interface CancelInvoiceOptions {
  db: Database;
  actor: StaffActor;
  invoiceNumber: string;
  // Already checked by cancelReasonSchema.
  reason: string;
  now?: Date;
}

// Cancels an invoice nobody has paid anything on, with its application if it has one. From then
// on MegaPay's pay for it gets 7 (payment not allowed), as the contract says. The status change
// is conditional: a payment that got to the invoice first wins, and the cancel is refused.
export async function cancelInvoice({
  db,
  actor,
  invoiceNumber,
  reason,
  now = new Date(),
}: CancelInvoiceOptions) {
  await runTransaction(db, async (tx) => {
    const invoice = await tx.invoice.findUnique({
      where: { number: invoiceNumber },
      select: { id: true, office: true, status: true, applicationId: true },
    });
    if (!invoice) throw new ApplicationError("notFound");
    requirePermission(actor, "officeWork", "cancel invoices", invoice.office);
    if (invoice.status !== "awaiting") {
      throw new ApplicationError(invoice.status === "cancelled" ? "wrongStatus" : "hasPayments");
    }
    const { count } = await tx.invoice.updateMany({
      where: { id: invoice.id, status: "awaiting", paidTyiyn: 0 },
      data: { status: "cancelled", cancelledAt: now, cancelReason: reason },
    });
    if (count !== 1) throw new ApplicationError("hasPayments");
    if (invoice.applicationId !== null) {
      await tx.application.updateMany({
        where: { id: invoice.applicationId, status: { in: ["submitted", "documentsChecked"] } },
        data: { status: "cancelled", cancelledAt: now, cancelReason: reason },
      });
    }
    await recordAuditEvent({
      tx,
      actor,
      action: "invoice.cancelled",
      subject: { type: "invoice", id: invoiceNumber },
      before: { status: invoice.status },
      after: { status: "cancelled", reason },
    });
  });
}
