import { describe, expect, it } from "vitest";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import {
  addTestStaff,
  adjustBalanceApproved,
  moneyRequestHelpers,
  postedOfficePayment,
  somText,
  staff,
  testApprover,
  testLimits,
} from "@/scripts/test/money-request-fixture";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { recordOfficePayment } from "../payments/record-office-payment";
import { NotAllowedError } from "../staff/staff-access";
import { getMoneyRequest } from "./get-money-request";
import { requestReversal } from "./request-reversal";

const { admin, admin2, accountant, oshOperator, jaOperator } = staff;
const limits = testLimits;

const posted = postedOfficePayment;
const som = somText;

describe.each(testProviders)("money requests on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await addTestStaff(t.db, [admin, admin2, accountant, oshOperator, jaOperator, testApprover]);
  });
  const { decide, balanceOf, ledgerSum } = moneyRequestHelpers(t);
  const { askOverpayment } = moneyRequestHelpers(t);
  const invoiceOf = (number: string) => t.db.invoice.findUniqueOrThrow({ where: { number } });

  it("an overpayment waits for someone else's approval, then credits exactly the excess", async () => {
    const inn = "02020202020202";
    const number = await registerTestClient(t.db, "over-1", { inn });
    const { amountTyiyn } = await invoiceOf(number);
    // Without a reason it is refused; with one it becomes a request, and nothing is recorded.
    expect(
      await recordOfficePayment({
        db: t.db,
        actor: oshOperator,
        payment: posted({ account: number, amount: som(amountTyiyn + 49_000), receiptNumber: "B1" }),
        limits,
      }),
    ).toEqual({ ok: false, problem: { field: "amount", code: "aboveDue" } });
    const requestId = await askOverpayment(number, 49_000, "B1");
    // Sent again (a double click): the same request, not a second one.
    expect(await askOverpayment(number, 49_000, "B1")).toBe(requestId);
    expect(await t.db.moneyRequest.count()).toBe(1);
    expect(await t.db.payment.count()).toBe(0);
    expect(await balanceOf(inn)).toBe(0);
    expect((await invoiceOf(number)).status).toBe("awaiting");
    const shown = (await getMoneyRequest({ db: t.db, actor: accountant, requestId }))!;
    expect(shown).toMatchObject({
      kind: "officePayment",
      state: "pending",
      amountTyiyn: amountTyiyn + 49_000,
      reason: "the bank transfer was larger than the invoice",
      mayDecide: true,
      change: { split: { toInvoiceTyiyn: amountTyiyn, toBalanceTyiyn: 49_000 }, invoice: { paidTyiyn: 0 } },
    });

    // Operators do not decide; nobody decides their own request.
    await expect(decide(jaOperator, requestId)).rejects.toBeInstanceOf(NotAllowedError);
    expect((await getMoneyRequest({ db: t.db, actor: oshOperator, requestId }))!.mayDecide).toBe(false);
    expect(await decide(accountant, requestId)).toEqual({ ok: true });
    const invoice = await invoiceOf(number);
    expect(invoice).toMatchObject({ status: "paid", paidTyiyn: amountTyiyn });
    expect(await balanceOf(inn)).toBe(49_000);
    expect(await ledgerSum(inn)).toBe(49_000);
    const payment = await t.db.payment.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    expect(payment).toMatchObject({ sumTyiyn: amountTyiyn + 49_000, method: "cash", recordedById: "op-osh" });
    expect(await t.db.moneyRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      state: "approved",
      decidedById: "acc",
      resultPaymentId: payment.id,
    });
    expect(await decide(admin, requestId)).toEqual({ ok: false, problem: "notPending" });
    const actions = (await t.db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["money-request.created", "payment.recorded", "money-request.approved"]);
  });

  it("a request approved by two people at once is applied once", async () => {
    const inn = "02121212121212";
    const number = await registerTestClient(t.db, "over-2", { inn });
    const requestId = await askOverpayment(number, 10_000, "B2");
    const answers = await Promise.all([decide(accountant, requestId), decide(admin, requestId)]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok)).toEqual([{ ok: false, problem: "notPending" }]);
    expect(await t.db.payment.count({ where: { receiptNumber: "B2" } })).toBe(1);
    expect(await balanceOf(inn)).toBe(10_000);

    // The same for a reversal (applied in the approval's own transaction).
    const paymentId = (await t.db.payment.findFirstOrThrow({ where: { receiptNumber: "B2" } })).id;
    const reversal = await requestReversal({
      db: t.db,
      actor: oshOperator,
      paymentId,
      reason: "wrong client",
    });
    if (!reversal.ok) throw new Error(reversal.problem);
    const both = await Promise.all([
      decide(accountant, reversal.requestId),
      decide(admin, reversal.requestId),
    ]);
    expect(both.filter((a) => a.ok)).toHaveLength(1);
    expect(await t.db.payment.count({ where: { reversesId: paymentId } })).toBe(1);
    expect(await balanceOf(inn)).toBe(0);
    expect(await ledgerSum(inn)).toBe(0);
  });

  it("a request whose invoice was paid meanwhile cannot be approved, and stays pending", async () => {
    const inn = "02323232323232";
    const number = await registerTestClient(t.db, "over-3", { inn });
    const requestId = await askOverpayment(number, 5_000, "B3");
    const { amountTyiyn } = await invoiceOf(number);
    const megapay = await recordEdsPayment({
      db: t.db,
      request: { txnId: "770001", account: number, sumTyiyn: amountTyiyn, txnDate: new Date() },
    });
    expect(megapay.status).toBe("recorded");
    expect(await decide(accountant, requestId)).toEqual({ ok: false, problem: "invoiceChanged" });
    expect(await t.db.payment.count({ where: { receiptNumber: "B3" } })).toBe(0);
    expect(await t.db.moneyRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      state: "pending",
      decidedById: null,
    });
    expect(await balanceOf(inn)).toBe(0);
    // It can still be rejected, with a comment.
    expect(await decide(accountant, requestId, "reject")).toEqual({ ok: true });
    expect(await t.db.moneyRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      state: "rejected",
      decisionComment: "checked the bank statement",
    });
  });

  it("a reversal returns the invoice to due and debits the balance; the original stays as it was", async () => {
    const inn = "02525252525252";
    const number = await registerTestClient(t.db, "reverse-1", { inn });
    const { amountTyiyn } = await invoiceOf(number);
    await decide(accountant, await askOverpayment(number, 500, "R1"));
    const original = await t.db.payment.findFirstOrThrow({ where: { receiptNumber: "R1" } });

    await expect(
      requestReversal({ db: t.db, actor: jaOperator, paymentId: original.id, reason: "wrong invoice" }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    const asked = await requestReversal({
      db: t.db,
      actor: oshOperator,
      paymentId: original.id,
      reason: "wrong invoice",
    });
    if (!asked.ok) throw new Error(asked.problem);
    expect(
      await requestReversal({ db: t.db, actor: admin, paymentId: original.id, reason: "again" }),
    ).toEqual({
      ok: false,
      problem: "pendingExists",
    });
    expect((await getMoneyRequest({ db: t.db, actor: admin, requestId: asked.requestId }))!).toMatchObject({
      change: { fromInvoiceTyiyn: amountTyiyn, fromBalanceTyiyn: 500, balanceTyiyn: 500 },
      shortfallTyiyn: 0,
    });
    expect(await decide(oshOperator, asked.requestId).catch((e) => e)).toBeInstanceOf(NotAllowedError);
    expect(await decide(admin, asked.requestId)).toEqual({ ok: true });

    expect(await invoiceOf(number)).toMatchObject({ status: "awaiting", paidTyiyn: 0, paidAt: null });
    expect(await balanceOf(inn)).toBe(0);
    expect(await ledgerSum(inn)).toBe(0);
    const reversal = await t.db.payment.findFirstOrThrow({ where: { reversesId: original.id } });
    expect(reversal).toMatchObject({
      sumTyiyn: -(amountTyiyn + 500),
      providerTxnId: `reversal:${original.id}`,
      method: "cash",
      office: "osh",
      receiptNumber: null,
    });
    const plain = (row: object) => JSON.parse(JSON.stringify(row)) as unknown;
    expect(plain(await t.db.payment.findUniqueOrThrow({ where: { id: original.id } }))).toEqual(
      plain(original),
    );
    expect(
      await requestReversal({ db: t.db, actor: admin, paymentId: original.id, reason: "once more" }),
    ).toEqual({ ok: false, problem: "alreadyReversed" });
    expect(await requestReversal({ db: t.db, actor: admin, paymentId: reversal.id, reason: "undo" })).toEqual(
      {
        ok: false,
        problem: "notReversible",
      },
    );
    // The invoice can be paid again.
    expect(
      await recordOfficePayment({
        db: t.db,
        actor: oshOperator,
        payment: posted({ account: number, amount: som(amountTyiyn), receiptNumber: "R2" }),
        limits,
      }),
    ).toMatchObject({ ok: true, replayed: false });
  });

  it("a reversal of money already spent shows what is missing and cannot be approved", async () => {
    const inn = "02626262626262";
    await registerTestClient(t.db, "spent-1", { inn });
    await connectToSoci(t.db, inn);
    const topUp = await recordOfficePayment({
      db: t.db,
      actor: oshOperator,
      payment: posted({ service: "soci", account: inn, amount: "10", receiptNumber: "S1" }),
      limits,
    });
    if (!topUp.ok || !("paymentId" in topUp)) throw new Error("not recorded");
    await adjustBalanceApproved(t.db, { inn, amountTyiyn: -800, reason: "spent on reports" });
    const asked = await requestReversal({
      db: t.db,
      actor: oshOperator,
      paymentId: topUp.paymentId,
      reason: "wrong INN",
    });
    if (!asked.ok) throw new Error(asked.problem);
    expect(
      (await getMoneyRequest({ db: t.db, actor: admin, requestId: asked.requestId }))!.shortfallTyiyn,
    ).toBe(800);
    expect(await decide(admin, asked.requestId)).toEqual({ ok: false, problem: "shortfall" });
    expect(await balanceOf(inn)).toBe(200);
    expect(await t.db.payment.count({ where: { reversesId: topUp.paymentId } })).toBe(0);
    expect((await t.db.moneyRequest.findUniqueOrThrow({ where: { id: asked.requestId } })).state).toBe(
      "pending",
    );
  });
});
