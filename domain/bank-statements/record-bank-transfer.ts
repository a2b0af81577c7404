import type { StaffActor } from "@/config/staff-roles";
import { officeIds, type OfficeId } from "@/config/offices";
import { bishkekDayOf, formatBishkekDate } from "@/lib/dates";
import { foldReceiptNumber } from "@/lib/receipt-number";
import type { Database } from "@/server/db";
import type { SociLimits } from "@/domain/megapay/soci-limits";
import type { ValidOfficePayment } from "../payments/office-payment-schema";
import { recordStaffPayment, type RecordStaffPaymentResult } from "../payments/record-staff-payment";

export interface BankTransferRow {
  id: number;
  number: string;
  date: Date;
  receivedOn: Date | null;
  amountTyiyn: number;
}

// The payment's receipt for a transfer: the payment order's number and date as the journal shows
// them, and a key unique to this transfer (two payers' orders «15» are two receipts).
export function transferReceipt(t: BankTransferRow): { receiptNumber: string; receiptShown: string } {
  const day = bishkekDayOf(t.date).replaceAll("-", "");
  return {
    receiptNumber: `${foldReceiptNumber(t.number.replace(/\s+/g, "")).slice(0, 20)}/${day}/${t.id}`,
    receiptShown: `${t.number} / ${formatBishkekDate(t.date)}`,
  };
}

export interface RecordBankTransferOptions {
  db: Database;
  actor: StaffActor;
  transfer: BankTransferRow;
  // An invoice (by number) or a client's SOChI balance (by INN).
  target: { service: "eds"; invoiceNumber: string } | { service: "soci"; inn: string };
  office: string | null;
  limits: SociLimits;
}

// The bank payment a transfer would be: its amount, its payment order as the receipt, the day it
// reached the account, to an invoice or a client's SOChI balance.
export function transferPayment(
  transfer: BankTransferRow,
  target: RecordBankTransferOptions["target"],
  officeOfWork: string | null,
  approvalReason: string | null = null,
): { payment: ValidOfficePayment; office: OfficeId } {
  // Bank transfers reach no till: the invoice's office, else the first.
  const office = officeIds.find((o) => o === officeOfWork) ?? (officeIds[0] as OfficeId);
  return {
    office,
    payment: {
      service: target.service,
      account: target.service === "eds" ? target.invoiceNumber : target.inn,
      amount: transfer.amountTyiyn,
      method: "bank",
      ...transferReceipt(transfer),
      paidOn: transfer.receivedOn ?? transfer.date,
      office,
      approvalReason,
    },
  };
}

// A transfer recorded as a bank payment through the same ledger as every other payment
// (record-staff-payment.ts), its receipt the payment order: once, however often it is tried.
export function recordBankTransfer(options: RecordBankTransferOptions): Promise<RecordStaffPaymentResult> {
  const { db, actor, transfer, target, limits } = options;
  const { payment, office } = transferPayment(transfer, target, options.office);
  return recordStaffPayment({
    db,
    actor,
    payment,
    office,
    limits,
    permission: "bankStatements",
    ownReceipt: true,
  });
}
