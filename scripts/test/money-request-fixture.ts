// Balance adjustments in tests as the back office makes them: asked by an admin, approved by an
// accountant (domain/money-requests/).
import type { StaffActor } from "@/config/staff-roles";
import { officePaymentSchema, type ValidOfficePayment } from "@/domain/payments/office-payment-schema";
import { recordOfficePayment } from "@/domain/payments/record-office-payment";
import { decideMoneyRequest } from "@/domain/money-requests/decide-money-request";
import { requestBalanceAdjustment } from "@/domain/money-requests/request-balance-adjustment";
import { tyiynFromDatabase } from "@/lib/money";
import type { Database } from "@/server/db";

export const testAdmin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
export const testApprover: StaffActor = {
  id: "acc-approver",
  email: "approver@dostek.kg",
  role: "accountant",
  office: null,
};
export const testLimits = { minTyiyn: 100, maxTyiyn: 50_000_000 };

// Staff accounts for the actors a test uses (an approver must be a real account older than the
// request: domain/money-requests/find-dependent-approval.ts), made long ago by the command line.
export async function addTestStaff(db: Database, actors: StaffActor[]): Promise<void> {
  for (const a of actors) {
    await db.staffUser.create({
      data: {
        id: a.id,
        name: a.email,
        email: a.email,
        role: a.role,
        office: a.office,
        createdAt: new Date(0),
      },
    });
  }
}

export async function adjustBalanceApproved(
  db: Database,
  {
    inn,
    amountTyiyn,
    reason,
    by = testAdmin,
  }: { inn: string; amountTyiyn: number; reason: string; by?: StaffActor },
) {
  const asked = await requestBalanceAdjustment({ db, actor: by, inn, amountTyiyn, reason });
  if (!asked.ok) return asked;
  const decided = await decideMoneyRequest({
    db,
    actor: testApprover,
    requestId: asked.requestId,
    decision: "approve",
    comment: "checked",
    limits: testLimits,
  });
  return decided.ok ? asked : decided;
}

// The people of the money-request tests (their accounts made by addTestStaff).
export const staff = {
  admin: { id: "adm", email: "adm@dostek.kg", role: "admin", office: null },
  admin2: { id: "adm-2", email: "adm2@dostek.kg", role: "admin", office: null },
  accountant: { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null },
  oshOperator: { id: "op-osh", email: "osh@dostek.kg", role: "operator", office: "osh" },
  jaOperator: { id: "op-ja", email: "ja@dostek.kg", role: "operator", office: "jalal-abad" },
} satisfies Record<string, StaffActor>;

// A test database's helpers: decide a request (as `actor`, with a comment, at `now`), a client's
// balance, and the sum of its ledger entries (always equal to the balance).
export function moneyRequestHelpers(t: { db: Database }) {
  return {
    decide: (actor: StaffActor, requestId: number, decision: "approve" | "reject" = "approve", now?: Date) =>
      decideMoneyRequest({
        db: t.db,
        actor,
        requestId,
        decision,
        comment: "checked the bank statement",
        limits: testLimits,
        now: now && (() => now),
      }),
    // An EDS cash payment above what is due, asked by the Osh operator: its request's id.
    askOverpayment: async (number: string, excess: number, receiptNumber: string) => {
      const invoice = await t.db.invoice.findUniqueOrThrow({ where: { number } });
      const asked = await recordOfficePayment({
        db: t.db,
        actor: staff.oshOperator,
        payment: postedOfficePayment({
          account: number,
          amount: somText(invoice.amountTyiyn - invoice.paidTyiyn + excess),
          receiptNumber,
          approvalReason: "the bank transfer was larger than the invoice",
        }),
        limits: testLimits,
      });
      if (!asked.ok || !("requestId" in asked)) throw new Error(`not asked: ${JSON.stringify(asked)}`);
      return asked.requestId;
    },
    balanceOf: async (inn: string) => (await t.db.client.findUniqueOrThrow({ where: { inn } })).balanceTyiyn,
    ledgerSum: async (inn: string) =>
      tyiynFromDatabase(
        (await t.db.balanceEntry.aggregate({ where: { client: { inn } }, _sum: { amountTyiyn: true } }))._sum
          .amountTyiyn ?? 0n,
      ),
  };
}

// A cash payment at the Osh office as its form posts it (an EDS invoice unless told otherwise).
export const postedOfficePayment = (
  fields: Partial<Record<keyof ValidOfficePayment, string>>,
): ValidOfficePayment =>
  officePaymentSchema().parse({ service: "eds", method: "cash", paidOn: "", office: "osh", ...fields });

// Tyiyn as the amount field takes it: 151000 → "1510.00".
export const somText = (tyiyn: number) => (tyiyn / 100).toFixed(2);
