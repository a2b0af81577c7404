import type { StaffActor } from "@/config/staff-roles";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import type { Database } from "@/server/db";
import { findListedTransfer } from "../bank-statements/find-listed-transfer";
import { requirePermission } from "../staff/staff-access";
import type { ValidOfficePayment } from "./office-payment-schema";
import { recordStaffPayment, type RecordStaffPaymentResult } from "./record-staff-payment";

export type { OfficePaymentProblem } from "./record-staff-payment";
export type RecordOfficePaymentResult = RecordStaffPaymentResult;

export interface RecordOfficePaymentOptions {
  db: Database;
  actor: StaffActor;
  payment: ValidOfficePayment;
  limits: SociLimits;
}

// Cash taken at the till or a bank transfer typed in, recorded by staff (record-staff-payment.ts:
// the same exactly-once ledger as MegaPay's payments). Operators record payments for their own
// office's invoices; a SOChI top-up belongs to the office where the money was taken.
export async function recordOfficePayment({
  db,
  actor,
  payment,
  limits,
}: RecordOfficePaymentOptions): Promise<RecordOfficePaymentResult> {
  requirePermission(actor, "officeWork", "record payments");
  let office: string = actor.role === "operator" ? actor.office! : payment.office;
  if (payment.service === "eds") {
    const invoice = await db.invoice.findUnique({
      where: { number: payment.account },
      select: { office: true },
    });
    if (!invoice) return { ok: false, problem: { field: "account", code: "accountNotFound" } };
    office = invoice.office ?? office;
  }
  requirePermission(actor, "officeWork", "record payments", office);
  // A transfer a statement already lists is decided there (recorded, or in the queue).
  if (
    payment.method === "bank" &&
    (await findListedTransfer({
      db,
      receiptNumber: payment.receiptNumber,
      amountTyiyn: payment.amount,
      paidOn: payment.paidOn,
    }))
  )
    return { ok: false, problem: { field: "receiptNumber", code: "inStatement" } };
  return recordStaffPayment({ db, actor, payment, office, limits, permission: "officeWork" });
}
