import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { readOneCStatement } from "@/lib/bank-statement/one-c-statement";
import type { StatementFile } from "@/lib/bank-statement/statement-file";
import { addTestStaff } from "@/scripts/test/money-request-fixture";
import { oneCText, type OneCDocument } from "@/scripts/test/one-c-file";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { officePaymentSchema } from "../payments/office-payment-schema";
import { recordOfficePayment } from "../payments/record-office-payment";
import { decideMoneyRequest } from "../money-requests/decide-money-request";
import { NotAllowedError } from "../staff/staff-access";
import { decideBankTransfer } from "./decide-bank-transfer";
import { listWaitingTransfers } from "./list-bank-transfers";
import { uploadBankStatement } from "./upload-bank-statement";

const accountant: StaffActor = { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null };
const operator: StaffActor = { id: "op", email: "op@dostek.kg", role: "operator", office: "osh" };
const colleague: StaffActor = { id: "acc-2", email: "acc2@dostek.kg", role: "accountant", office: null };
const approver: StaffActor = { id: "acc-3", email: "acc3@dostek.kg", role: "accountant", office: null };
const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };
const ours = "1240020000004567";
// A RuToken signature: 1200 som.
const price = 120_000;

const doc = (over: Partial<OneCDocument> & { number: string; sum: string }): OneCDocument => ({
  date: "03.12.2026",
  recipientAccount: ours,
  receivedOn: "03.12.2026",
  payerName: "Плательщик",
  ...over,
});

// A statement as the 1C reader makes it (the reader is tested on its own); its total in is the
// sum of its documents.
function statementOf(documents: OneCDocument[]): StatementFile {
  const total = documents.reduce((sum, d) => sum + Math.round(Number(d.sum.replace(",", ".")) * 100), 0);
  const read = readOneCStatement(
    oneCText({ accounts: [{ account: ours, totalIn: (total / 100).toFixed(2) }], documents }),
    new Set([ours]),
  );
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.statement;
}

describe.each(testProviders)("bank statements on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await addTestStaff(t.db, [accountant, operator, colleague, approver]);
  });
  let hash = 0;
  const upload = (statement: StatementFile, fileHash = String(++hash).padStart(64, "0")) =>
    uploadBankStatement({
      db: t.db,
      actor: accountant,
      fileName: "statement.txt",
      fileHash,
      statement,
      limits,
    });
  const transfer = (number: string) => t.db.bankTransfer.findFirstOrThrow({ where: { number } });
  const invoiceOf = (number: string) => t.db.invoice.findUniqueOrThrow({ where: { number } });

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
    const invoice = await invoiceOf(number);
    expect(invoice).toMatchObject({ status: "paid", paidTyiyn: price });
    const bank = await transfer("9");
    if (megapay.status === "recorded") {
      expect(bank).toMatchObject({ state: "waiting" });
      expect(["invoicePaid", "overpayment"]).toContain(bank.waitReason);
    } else {
      // The statement came first: MegaPay's pay was refused, as for any paid invoice.
      expect(bank).toMatchObject({ state: "recorded" });
    }
    expect(await t.db.payment.count({ where: { account: number } })).toBe(1);
  });

  it("links a transfer already typed in by hand instead of recording it again", async () => {
    const number = await registerTestClient(t.db, `bs-typed-${provider}`, { inn: "04444444444441" });
    const typed = officePaymentSchema(new Date("2026-12-05T06:00:00Z")).parse({
      service: "eds",
      method: "bank",
      account: number,
      amount: "1200",
      receiptNumber: "31",
      paidOn: "2026-12-03",
      office: "osh",
    });
    const admin: StaffActor = { id: "adm", email: "adm@dostek.kg", role: "admin", office: null };
    await addTestStaff(t.db, [admin]);
    const recorded = await recordOfficePayment({ db: t.db, actor: admin, payment: typed, limits });
    expect(recorded.ok).toBe(true);
    await upload(statementOf([doc({ number: "31", sum: "1200.00", purpose: `оплата ${number}` })]));
    expect(await transfer("31")).toMatchObject({
      state: "recorded",
      paymentId: recorded.ok && "paymentId" in recorded ? recorded.paymentId : -1,
    });
    expect(await t.db.payment.count({ where: { account: number } })).toBe(1);
  });

  it("a person's assignment waits for a second person, never the one who uploaded the statement", async () => {
    const inn = "05555555555551";
    await registerTestClient(t.db, `bs-assign-${provider}`, { inn });
    await connectToSoci(t.db, inn);
    await upload(statementOf([doc({ number: "41", sum: "300.00", payerInn: inn, purpose: "СОчИ" })]));
    const waiting = (await listWaitingTransfers({ db: t.db, actor: colleague })).find(
      (w) => w.number === "41",
    )!;
    expect(waiting).toMatchObject({ waitReason: "sociProposal", clientInn: inn });
    const asked = await decideBankTransfer({
      db: t.db,
      actor: colleague,
      transferId: waiting.id,
      decision: { kind: "soci", inn, reason: "Клиент подтвердил по телефону" },
    });
    if (!asked.ok || !("requestId" in asked)) throw new Error(JSON.stringify(asked));
    expect(await t.db.payment.count({ where: { account: inn } })).toBe(0);
    const decide = (actor: StaffActor) =>
      decideMoneyRequest({
        db: t.db,
        actor,
        requestId: asked.requestId,
        decision: "approve",
        comment: "Проверено",
        limits,
      });
    // The uploader may not approve what their file asks for; someone else may.
    expect(await decide(accountant)).toEqual({ ok: false, problem: "involved" });
    expect((await decide(approver)).ok).toBe(true);
    expect(await listWaitingTransfers({ db: t.db, actor: colleague })).not.toContainEqual(
      expect.objectContaining({ id: waiting.id }),
    );
    const recorded = await t.db.bankTransfer.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(recorded).toMatchObject({ state: "recorded", waitReason: null });
    expect(await t.db.payment.findUniqueOrThrow({ where: { id: recorded.paymentId! } })).toMatchObject({
      method: "bank",
      service: "soci",
      account: inn,
      sumTyiyn: 30_000,
    });
  });

  it("the same transfer in a table and then in a 1C file (other date, no account) waits instead of paying twice", async () => {
    const number = await registerTestClient(t.db, `bs-formats-${provider}`, { inn: "06666666666661" });
    const { readStatementTable } = await import("@/lib/bank-statement/statement-table");
    const { defaultStatementColumns } = await import("@/lib/bank-statement/statement-table");
    // The day's CSV: the posting date, the payer's INN, no account.
    const table = readStatementTable(
      `Дата;Номер;Сумма;Плательщик;ИНН плательщика;Назначение платежа\n04.12.2026;55;500,00;ОсОО;06666666666661;Оплата ${number}`,
      defaultStatementColumns,
    );
    if (!table.ok) throw new Error(JSON.stringify(table.problems));
    await upload(table.statement);
    expect(await invoiceOf(number)).toMatchObject({ paidTyiyn: 50_000 });
    // The month's 1C file: the order's date, the account.
    await upload(
      statementOf([
        doc({
          number: "55",
          date: "03.12.2026",
          receivedOn: "04.12.2026",
          sum: "500.00",
          payerInn: "06666666666661",
          purpose: `Оплата ${number}`,
        }),
      ]),
    );
    expect(await invoiceOf(number)).toMatchObject({ paidTyiyn: 50_000 });
    expect(
      await t.db.bankTransfer.findMany({
        where: { number: "55" },
        select: { state: true, waitReason: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual([
      { state: "recorded", waitReason: null },
      { state: "waiting", waitReason: "possibleDuplicate" },
    ]);
  });
});
