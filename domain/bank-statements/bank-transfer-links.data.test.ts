import { describe, expect, it } from "vitest";
import {
  bankActors,
  bankLimits,
  doc,
  statementOf,
  useBankDatabase,
} from "@/scripts/test/bank-statement-fixture";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders } from "@/scripts/test/test-database";
import { linkBankTransfers } from "@/server/db";
import { officePaymentSchema } from "../payments/office-payment-schema";
import { recordOfficePayment } from "../payments/record-office-payment";
import { decideBankTransfer } from "./decide-bank-transfer";
import { transferReceipt } from "./record-bank-transfer";

const { accountant, admin } = bankActors;
// A RuToken signature: 1200 som.
const price = 120_000;

describe.each(testProviders)("a recorded transfer keeps its payment on %s", (provider) => {
  const { t, upload, transfer, invoiceOf } = useBankDatabase(provider);

  // What a server stop between recording and writing the outcomes leaves: the payment, and the
  // transfer still "matching" with no link.
  const forgetOutcome = (number: string, waitReason = "matching") =>
    t.db.bankTransfer.updateMany({
      where: { number },
      data: { state: "waiting", match: "none", waitReason, paymentId: null, invoiceId: null, clientId: null },
    });

  it("the same file again links the payment the cut-off upload recorded, never an overpayment", async () => {
    const number = await registerTestClient(t.db, `bl-cut-${provider}`, { inn: "06666666666661" });
    const statement = statementOf([doc({ number: "61", sum: "1200.00", purpose: `ЭЦП ${number}` })]);
    await upload(statement, "e".repeat(64));
    const { paymentId } = await transfer("61");
    await forgetOutcome("61");
    await upload(statement, "e".repeat(64));
    expect(await transfer("61")).toMatchObject({
      state: "recorded",
      match: "invoiceNumber",
      waitReason: null,
      paymentId,
    });
    expect(await t.db.payment.count({ where: { account: number } })).toBe(1);
    expect(await invoiceOf(number)).toMatchObject({ status: "paid", paidTyiyn: price });
  });

  it("a link wins over a wait the matching wrote, never over a person's decision", async () => {
    const number = await registerTestClient(t.db, `bl-race-${provider}`, { inn: "06666666666662" });
    await upload(
      statementOf([
        doc({ number: "62", sum: "600.00", purpose: `ЭЦП ${number}` }),
        doc({ number: "63", sum: "600.00", purpose: `ЭЦП ${number}` }),
      ]),
    );
    const [first, second] = [await transfer("62"), await transfer("63")];
    // Another upload saw the invoice paid by these very payments and wrote its wait first.
    await forgetOutcome("62", "invoicePaid");
    await forgetOutcome("63", "awaitingApproval");
    const links = [first, second].map((x) => ({
      transferId: x.id,
      paymentId: x.paymentId!,
      invoiceId: x.invoiceId,
      clientId: x.clientId,
      match: "invoiceNumber" as const,
    }));
    await linkBankTransfers(t.db, links);
    expect(await transfer("62")).toMatchObject({ state: "recorded", paymentId: first.paymentId });
    expect(await transfer("63")).toMatchObject({ state: "waiting", waitReason: "awaitingApproval" });
  });

  it("a transfer whose payment exists is linked, not put aside as not ours", async () => {
    const number = await registerTestClient(t.db, `bl-not-${provider}`, { inn: "06666666666663" });
    await upload(statementOf([doc({ number: "64", sum: "1200.00", purpose: `ЭЦП ${number}` })]));
    const { id, paymentId } = await transfer("64");
    await forgetOutcome("64", "invoicePaid");
    expect(
      await decideBankTransfer({
        db: t.db,
        actor: accountant,
        transferId: id,
        decision: { kind: "notOurs", comment: "Возврат" },
      }),
    ).toEqual({ ok: false, problem: "notWaiting" });
    expect(await transfer("64")).toMatchObject({ state: "recorded", paymentId });
  });

  it("a statement's own receipt is not typed in by hand, and a payment of another amount under it is not the transfer's", async () => {
    const number = await registerTestClient(t.db, `bl-forge-${provider}`, { inn: "06666666666664" });
    await upload(
      statementOf([doc({ number: "66", sum: "5000.00", payerInn: "09999999999966", purpose: "Аренда" })]),
    );
    const waiting = await transfer("66");
    expect(waiting).toMatchObject({ state: "waiting", waitReason: "unmatched" });
    const { receiptNumber } = transferReceipt(waiting);
    const form = {
      service: "eds",
      method: "bank",
      account: number,
      amount: "1",
      receiptNumber,
      paidOn: "2026-12-03",
      office: "osh",
    };
    const schema = officePaymentSchema(new Date("2026-12-05T06:00:00Z"));
    expect(schema.safeParse(form).error?.issues.map((i) => i.message)).toEqual(["receiptReserved"]);
    // One typed before the form refused the shape: 1 som under the transfer's receipt.
    const forged = await recordOfficePayment({
      db: t.db,
      actor: admin,
      payment: { ...schema.parse({ ...form, receiptNumber: "x" }), receiptNumber },
      limits: bankLimits,
    });
    expect(forged.ok).toBe(true);
    // Settled again (the same file after a cut-off), it is matched, not linked to that payment.
    await forgetOutcome("66");
    await upload(
      statementOf([doc({ number: "66", sum: "5000.00", payerInn: "09999999999966", purpose: "Аренда" })]),
      "f".repeat(64),
    );
    expect(await transfer("66")).toMatchObject({
      state: "waiting",
      waitReason: "unmatched",
      paymentId: null,
    });
    // Decided by a person, it is not taken for recorded from the transfer.
    expect(
      await decideBankTransfer({
        db: t.db,
        actor: accountant,
        transferId: waiting.id,
        decision: { kind: "notOurs", comment: "Аренда, не наша" },
      }),
    ).toMatchObject({ ok: true });
    expect(await transfer("66")).toMatchObject({ state: "notOurs", paymentId: null });
  });

  it("an order naming an invoice from another payer's INN waits for a person", async () => {
    const number = await registerTestClient(t.db, `bl-payer-${provider}`, { inn: "06666666666664" });
    await upload(
      statementOf([
        doc({ number: "65", sum: "1200.00", payerInn: "09999999999998", purpose: `ЭЦП ${number}` }),
      ]),
    );
    expect(await transfer("65")).toMatchObject({
      state: "waiting",
      match: "invoiceNumber",
      waitReason: "payerDiffers",
    });
    expect(await invoiceOf(number)).toMatchObject({ status: "awaiting", paidTyiyn: 0 });
  });
});
