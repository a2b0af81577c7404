import { describe, expect, it } from "vitest";
import {
  bankActors,
  bankLimits,
  doc,
  statementOf,
  useBankDatabase,
} from "@/scripts/test/bank-statement-fixture";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders } from "@/scripts/test/test-database";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { identifyTransfers } from "@/lib/bank-statement/transfer-identity";
import { keepStatementLines } from "@/server/db";
import { NotAllowedError } from "../staff/staff-access";
import {
  exportPageLines,
  getBankStatement,
  listBankStatements,
  listStatementLines,
  reportPageLines,
} from "./get-bank-statement";
import { statementLineRow, uploadBankStatement } from "./upload-bank-statement";

const { operator } = bankActors;
const limits = bankLimits;
// A RuToken signature: 1200 som.
const price = 120_000;

describe.each(testProviders)("bank statements matched and recorded once on %s", (provider) => {
  const { t, upload, transfer, invoiceOf } = useBankDatabase(provider);

  it("matches by the rules one by one: records exact and partial payments, the rest waits", async () => {
    const byNumber = await registerTestClient(t.db, `bs-1-${provider}`, { inn: "01111111111111" });
    const partly = await registerTestClient(t.db, `bs-2-${provider}`, { inn: "01111111111112" });
    const over = await registerTestClient(t.db, `bs-3-${provider}`, { inn: "01111111111113" });
    const byInn = await registerTestClient(t.db, `bs-4-${provider}`, { inn: "01111111111114" });
    await registerTestClient(t.db, `bs-5-${provider}`, { inn: "01111111111115" });
    await connectToSoci(t.db, "01111111111115");
    const statement = statementOf([
      doc({
        number: "1",
        sum: "1200.00",
        purpose: `Оплата по счёту № ${byNumber.replace(/(\d{4})/g, "$1 ").trim()} за ЭЦП`,
      }),
      doc({ number: "2", sum: "500,00", purpose: `Частичная оплата ${partly}` }),
      doc({ number: "3", sum: "1300.00", purpose: `Оплата ${over}` }),
      doc({ number: "4", sum: "1200.00", payerInn: "01111111111114", purpose: "За ЭЦП руководителя" }),
      doc({ number: "5", sum: "700.00", payerInn: "01111111111115", purpose: "Пополнение баланса СОчИ" }),
      doc({ number: "6", sum: "99.00", payerInn: "09999999999999", purpose: "Аренда" }),
    ]);
    await expect(
      uploadBankStatement({
        db: t.db,
        actor: operator,
        fileName: "x",
        fileHash: "f".repeat(64),
        statement,
        limits,
      }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    const { statementId, again } = await upload(statement);
    expect(again).toBe(false);

    expect(await transfer("1")).toMatchObject({
      state: "recorded",
      match: "invoiceNumber",
      waitReason: null,
    });
    expect(await transfer("2")).toMatchObject({ state: "recorded", match: "invoiceNumber" });
    expect(await transfer("3")).toMatchObject({
      state: "waiting",
      match: "invoiceNumber",
      waitReason: "overpayment",
    });
    expect(await transfer("4")).toMatchObject({ state: "recorded", match: "innAndAmount" });
    expect(await transfer("5")).toMatchObject({
      state: "waiting",
      match: "sociTopUp",
      waitReason: "sociProposal",
    });
    expect(await transfer("6")).toMatchObject({
      state: "waiting",
      match: "none",
      waitReason: "unmatched",
      clientId: null,
    });

    expect(await invoiceOf(byNumber)).toMatchObject({ status: "paid", paidTyiyn: price });
    expect(await invoiceOf(partly)).toMatchObject({ status: "partly_paid", paidTyiyn: 50_000 });
    expect(await invoiceOf(over)).toMatchObject({ status: "awaiting", paidTyiyn: 0 });
    expect(await invoiceOf(byInn)).toMatchObject({ status: "paid" });
    // Bank payments with the payment order as the receipt, each linked to its transfer.
    const payments = await t.db.payment.findMany({
      where: { method: "bank" },
      select: { receiptShown: true, account: true, bankTransfer: { select: { number: true } } },
      orderBy: { id: "asc" },
    });
    expect(payments.map((p) => [p.receiptShown, p.bankTransfer?.number])).toEqual([
      ["1 / 03.12.2026", "1"],
      ["2 / 03.12.2026", "2"],
      ["4 / 03.12.2026", "4"],
    ]);
    expect(await t.db.bankStatementLine.count({ where: { statementId } })).toBe(6);
    expect(await t.db.bankStatement.findUniqueOrThrow({ where: { id: statementId } })).toMatchObject({
      incomingCount: 6,
      incomingTyiyn: 499_900,
      outgoingCount: 0,
    });
  });

  it("records nothing twice: the same file again, an overlapping statement, identical transfers", async () => {
    const number = await registerTestClient(t.db, `bs-twice-${provider}`, { inn: "02222222222221" });
    const pay = (n: string, date = "04.12.2026") =>
      doc({
        number: n,
        date,
        receivedOn: date,
        sum: "600.00",
        payerAccount: "1280010000099999",
        purpose: `ЭЦП ${number}`,
      });
    // Two identical transfers on one day: two transfers, both recorded (600 + 600 = the invoice).
    const first = statementOf([pay("7"), pay("7")]);
    const fileHash = "a".repeat(64);
    const { statementId } = await upload(first, fileHash);
    expect(await upload(first, fileHash)).toEqual({ statementId, again: true });
    expect(await t.db.bankTransfer.count({ where: { number: "7", payerAccount: "1280010000099999" } })).toBe(
      2,
    );
    expect(await invoiceOf(number)).toMatchObject({ status: "paid", paidTyiyn: price });

    // A later statement over an overlapping period lists them again, and a third one.
    const overlapping = await upload(statementOf([pay("7"), pay("7"), pay("7"), pay("8", "05.12.2026")]));
    const lines = await t.db.bankStatementLine.findMany({
      where: { statementId: overlapping.statementId },
      orderBy: { line: "asc" },
      select: { seenBefore: true },
    });
    expect(lines.map((l) => l.seenBefore)).toEqual([true, true, false, false]);
    expect(await t.db.payment.count({ where: { method: "bank", account: number } })).toBe(2);
    // The third identical one and the next are more than is due now: they wait.
    expect(
      await t.db.bankTransfer.count({
        where: { payerAccount: "1280010000099999", state: "waiting", waitReason: "invoicePaid" },
      }),
    ).toBe(2);
  });

  it("a transfer arriving while MegaPay pays the same invoice: paid once, the transfer waits", async () => {
    const number = await registerTestClient(t.db, `bs-race-${provider}`, { inn: "03333333333331" });
    const statement = statementOf([doc({ number: "9", sum: "1200.00", purpose: number })]);
    const [megapay] = await Promise.all([
      recordEdsPayment({
        db: t.db,
        request: { txnId: `race-${provider}`, account: number, sumTyiyn: price, txnDate: new Date() },
      }),
      upload(statement),
    ]);
    // Either order, the invoice is paid once and no money is lost.
    const invoice = await invoiceOf(number);
    expect(invoice).toMatchObject({ status: "paid", paidTyiyn: price });
    // MegaPay's money has already left the payer, so its pay is recorded in either order.
    expect(megapay.status).toBe("recorded");
    const balance = async () =>
      (await t.db.client.findUniqueOrThrow({ where: { inn: "03333333333331" } })).balanceTyiyn;
    const bank = await transfer("9");
    if (bank.state === "waiting") {
      // MegaPay's pay came first: the transfer waits for a person (the invoice is paid).
      expect(["invoicePaid", "overpayment"]).toContain(bank.waitReason);
      expect(await t.db.payment.count({ where: { account: number } })).toBe(1);
      expect(await balance()).toBe(0);
    } else {
      // The statement came first (seen on a slower machine): the transfer paid the invoice, and
      // MegaPay's pay went to the client's balance, as any pay of a paid invoice does.
      expect(bank).toMatchObject({ state: "recorded" });
      expect(await t.db.payment.count({ where: { account: number } })).toBe(2);
      expect(await balance()).toBe(price);
    }
  });

  it("an upload cut off after some lines goes on where it stopped when the file is sent again", async () => {
    const numbers = await Promise.all(
      [1, 2, 3].map((n) => registerTestClient(t.db, `bs-cut-${n}-${provider}`, { inn: `0444444444444${n}` })),
    );
    const statement = statementOf(
      numbers.map((n, i) => doc({ number: `c${i}`, sum: "1200.00", purpose: `ЭЦП ${n}` })),
    );
    const fileHash = "c".repeat(64);
    // The file's row and its first line were kept when the server stopped.
    const cut = await t.db.bankStatement.create({
      data: {
        fileHash,
        fileName: "cut.txt",
        format: "oneC",
        incomingCount: 3,
        incomingTyiyn: 360_000,
        outgoingCount: 0,
        uploadedById: bankActors.accountant.id,
      },
    });
    const [first] = identifyTransfers(statement.incoming);
    await keepStatementLines(t.db, cut.id, [statementLineRow(first!)]);
    const listed = async () =>
      (await listBankStatements({ db: t.db, actor: bankActors.accountant })).find((x) => x.id === cut.id);
    // The list says the upload stopped short.
    expect(await listed()).toMatchObject({ keptCount: 1, incomingCount: 3 });
    // Sent again, and by two people at once: one statement, every line once, each transfer new to
    // it, every invoice paid once.
    const [a, b] = await Promise.all([upload(statement, fileHash), upload(statement, fileHash)]);
    // One of them kept the rest (news), the other nothing.
    expect([a.statementId, b.statementId]).toEqual([cut.id, cut.id]);
    expect([a.again, b.again].sort()).toEqual([false, true]);
    const lines = await t.db.bankStatementLine.findMany({
      where: { statementId: cut.id },
      orderBy: { line: "asc" },
      select: { seenBefore: true },
    });
    expect(lines.map((l) => l.seenBefore)).toEqual([false, false, false]);
    expect(await listed()).toMatchObject({ keptCount: 3, incomingCount: 3 });
    for (const number of numbers) {
      expect(await invoiceOf(number)).toMatchObject({ status: "paid", paidTyiyn: price });
      expect(await t.db.payment.count({ where: { account: number } })).toBe(1);
    }
  });

  it("the report pages through the lines, and the export lists each line once", async () => {
    const count = exportPageLines * 2 + 1;
    const statement = statementOf(
      Array.from({ length: count }, (_, i) => doc({ number: `p${i}`, sum: "10.00", purpose: "Аренда" })),
    );
    const { statementId } = await upload(statement);
    const { accountant } = bankActors;
    const first = await getBankStatement({ db: t.db, actor: accountant, id: statementId });
    expect(first?.lines).toHaveLength(reportPageLines);
    const second = await getBankStatement({
      db: t.db,
      actor: accountant,
      id: statementId,
      fromLine: first!.nextFromLine!,
    });
    expect(second?.lines[0]?.line).toBe(statement.incoming[reportPageLines]!.line);
    const all = await listStatementLines({ db: t.db, actor: accountant, id: statementId });
    expect(all.map((l) => l.line)).toEqual(statement.incoming.map((l) => l.line));
  });

  it("the same new file sent twice at once is kept once", async () => {
    const number = await registerTestClient(t.db, `bs-both-${provider}`, { inn: "05555555555551" });
    const statement = statementOf([doc({ number: "b1", sum: "1200.00", purpose: number })]);
    const [a, b] = await Promise.all([upload(statement, "d".repeat(64)), upload(statement, "d".repeat(64))]);
    expect(a.statementId).toBe(b.statementId);
    expect([a.again, b.again].sort()).toEqual([false, true]);
    expect(await t.db.bankStatementLine.count({ where: { statementId: a.statementId } })).toBe(1);
    expect(await t.db.payment.count({ where: { account: number } })).toBe(1);
  });
});
