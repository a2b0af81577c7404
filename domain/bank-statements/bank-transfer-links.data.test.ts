import { describe, expect, it } from "vitest";
import { bankActors, doc, statementOf, useBankDatabase } from "@/scripts/test/bank-statement-fixture";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders } from "@/scripts/test/test-database";
import { linkBankTransfers } from "@/server/db";
import { decideBankTransfer } from "./decide-bank-transfer";

const { accountant } = bankActors;
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
