import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import {
  bankActors,
  bankLimits,
  doc,
  statementOf,
  useBankDatabase,
} from "@/scripts/test/bank-statement-fixture";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders } from "@/scripts/test/test-database";
import { officePaymentSchema } from "../payments/office-payment-schema";
import { recordOfficePayment } from "../payments/record-office-payment";
import { decideMoneyRequest } from "../money-requests/decide-money-request";
import { decideBankTransfer } from "./decide-bank-transfer";
import { listWaitingTransfers } from "./list-bank-transfers";

const { accountant, colleague, approver, admin } = bankActors;
const limits = bankLimits;

describe.each(testProviders)(
  "bank transfers typed in, decided by people, in two formats on %s",
  (provider) => {
    const { t, upload, transfer, invoiceOf } = useBankDatabase(provider);

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
      const recorded = await recordOfficePayment({ db: t.db, actor: admin, payment: typed, limits });
      expect(recorded.ok).toBe(true);
      await upload(statementOf([doc({ number: "31", sum: "1200.00", purpose: `оплата ${number}` })]));
      expect(await transfer("31")).toMatchObject({
        state: "recorded",
        paymentId: recorded.ok && "paymentId" in recorded ? recorded.paymentId : -1,
      });
      expect(await t.db.payment.count({ where: { account: number } })).toBe(1);
    });

    it("a transfer a statement lists is not typed in by hand afterwards, nor approved as typed in", async () => {
      const number = await registerTestClient(t.db, `bs-after-${provider}`, { inn: "04444444444442" });
      const typed = (receiptNumber: string, extra: Record<string, string> = {}) =>
        officePaymentSchema(new Date("2026-12-05T06:00:00Z")).parse({
          service: "eds",
          method: "bank",
          account: number,
          amount: "1200",
          receiptNumber,
          paidOn: "2026-12-04",
          office: "osh",
          ...extra,
        });
      // Asked for by hand beyond the invoice (a reason given) before the statement came.
      await recordOfficePayment({ db: t.db, actor: admin, payment: typed("32"), limits });
      const asked = await recordOfficePayment({
        db: t.db,
        actor: admin,
        payment: typed("33", { approvalReason: "Клиент заплатил дважды" }),
        limits,
      });
      expect(asked).toMatchObject({ ok: true, requestId: expect.any(Number) });
      await upload(
        statementOf([
          doc({ number: "34", sum: "1200.00", purpose: `оплата ${number}` }),
          doc({ number: " 33", sum: "1200.00", purpose: `оплата ${number}` }),
        ]),
      );
      // The statement's transfer 34 (recorded or waiting, as the invoice allows) is not typed in.
      expect(await recordOfficePayment({ db: t.db, actor: admin, payment: typed("34"), limits })).toEqual({
        ok: false,
        problem: { field: "receiptNumber", code: "inStatement" },
      });
      // Nor the request for 33 approved: the statement lists 33, decided there.
      expect(
        await decideMoneyRequest({
          db: t.db,
          actor: approver,
          requestId: asked.ok && "requestId" in asked ? asked.requestId : -1,
          decision: "approve",
          comment: "Проверено",
          limits,
        }),
      ).toEqual({ ok: false, problem: "inStatement" });
      // Another order, or another amount, is typed in as before.
      const other = await recordOfficePayment({
        db: t.db,
        actor: admin,
        payment: typed("35", { amount: "10", approvalReason: "Доплата" }),
        limits,
      });
      expect(other.ok).toBe(true);
      expect(
        await t.db.payment.count({ where: { account: number, receiptNumber: { in: ["33", "34"] } } }),
      ).toBe(0);
    });

    it("a person's assignment waits for a second person, never the one who uploaded the statement", async () => {
      const inn = "05555555555551";
      await registerTestClient(t.db, `bs-assign-${provider}`, { inn });
      await connectToSoci(t.db, inn);
      await upload(statementOf([doc({ number: "41", sum: "300.00", payerInn: inn, purpose: "СОчИ" })]));
      const waiting = (await listWaitingTransfers({ db: t.db, actor: colleague })).transfers.find(
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
      expect((await listWaitingTransfers({ db: t.db, actor: colleague })).transfers).not.toContainEqual(
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
  },
);
