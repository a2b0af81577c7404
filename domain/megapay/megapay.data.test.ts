import { describe, expect, it } from "vitest";
import { registerClient } from "@/domain/registration/register-client";
import { tyiynFromDatabase } from "@/lib/money";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { generateInvoiceNumber } from "@/lib/invoice-number";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { randomBytes } from "node:crypto";
import { checkEdsInvoice } from "./check-eds-invoice";
import { connectToSoci } from "@/scripts/test/registration-fixture";
import { checkSociAccount } from "./check-soci-account";
import { outcomeOfPayment } from "./megapay-outcome";
import { recordEdsPayment } from "./record-eds-payment";
import { recordSociPayment } from "./record-soci-payment";

// What MegaPay is answered: the ledger's result in OSMP's words, as the API's edge says it.
const paySoci = async (o: Parameters<typeof recordSociPayment>[0]) =>
  outcomeOfPayment(await recordSociPayment(o));
const payEds = async (o: Parameters<typeof recordEdsPayment>[0]) =>
  outcomeOfPayment(await recordEdsPayment(o));

const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };
const at = new Date("2026-11-24T09:00:00Z");
let txn = 1000;
const nextTxn = () => String(++txn);

describe.each(testProviders)("MegaPay operations on %s", (provider) => {
  const t = useTestDatabase(provider, (t) =>
    seedTariffs({ db: t.db, overwrite: false }).then(() => undefined),
  );
  let invoiceCounter = 0;

  async function newInvoice(inn: string, kind: "legal" | "entrepreneur" = "legal") {
    invoiceCounter += 1;
    const { invoiceNumber } = await registerClient({
      db: t.db,
      submissionKey: `megapay-${provider}-${invoiceCounter}`,
      registration: {
        clientType: kind,
        inn,
        organizationName: kind === "legal" ? "ОсОО Бирлик" : "Токтогулова Айгүл",
        headName: "Асанов Асан",
        phone: "+996555123456",
        email: null,
        office: "osh",
        items: [{ code: "cloud-head", quantity: 1 }],
      },
    });
    await connectToSoci(t.db, inn);
    return invoiceNumber;
  }

  // Sums come back as bigint (result extensions do not reach aggregates).
  const ledgerSum = async (inn: string) =>
    tyiynFromDatabase(
      (await t.db.balanceEntry.aggregate({ where: { client: { inn } }, _sum: { amountTyiyn: true } }))._sum
        .amountTyiyn ?? 0n,
    );
  const balance = async (inn: string) =>
    (await t.db.client.findUniqueOrThrow({ where: { inn } })).balanceTyiyn;

  it("checks a SOChI account: unknown, masked person, organisation in full, sum limits", async () => {
    await newInvoice("05555555555555");
    await newInvoice("21503198500099", "entrepreneur");
    expect((await checkSociAccount({ db: t.db, inn: "09999999999999", sumTyiyn: null, limits })).result).toBe(
      5,
    );
    expect(await checkSociAccount({ db: t.db, inn: "05555555555555", sumTyiyn: null, limits })).toMatchObject(
      {
        result: 0,
        fields: [{ name: "client", value: "ОсОО Бирлик" }],
      },
    );
    expect(await checkSociAccount({ db: t.db, inn: "21503198500099", sumTyiyn: 500, limits })).toMatchObject({
      result: 0,
      fields: [{ name: "client", value: "Т********** А****" }],
    });
    expect((await checkSociAccount({ db: t.db, inn: "05555555555555", sumTyiyn: 99, limits })).result).toBe(
      241,
    );
    expect(
      (await checkSociAccount({ db: t.db, inn: "05555555555555", sumTyiyn: 50_000_001, limits })).result,
    ).toBe(242);
  });

  it("tops up a SOChI balance once per txn_id, replays identically, refuses a changed replay", async () => {
    const request = { txnId: nextTxn(), account: "05555555555555", sumTyiyn: 150_050, txnDate: at };
    const first = await paySoci({ db: t.db, request, limits });
    expect(first).toMatchObject({ result: 0, prvTxn: expect.stringMatching(/^\d+$/) });
    expect(await paySoci({ db: t.db, request, limits })).toEqual(first);
    expect((await paySoci({ db: t.db, request: { ...request, sumTyiyn: 150_051 }, limits })).result).toBe(
      300,
    );
    expect(
      (await paySoci({ db: t.db, request: { ...request, account: "21503198500099" }, limits })).result,
    ).toBe(300);
    expect(await t.db.payment.count({ where: { providerTxnId: request.txnId } })).toBe(1);
    const stored = await t.db.payment.findFirstOrThrow({
      where: { providerTxnId: request.txnId },
      include: { balanceEntries: true },
    });
    expect(stored).toMatchObject({
      service: "soci",
      account: "05555555555555",
      sumTyiyn: 150_050,
      providerTxnAt: at,
    });
    expect(Math.abs(stored.receivedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(stored.balanceEntries.map((e) => [e.amountTyiyn, e.reason])).toEqual([
      [150_050, "megapay_soci_topup"],
    ]);
    expect(await balance("05555555555555")).toBe(150_050);
    expect(await ledgerSum("05555555555555")).toBe(150_050);
  });

  it("records nothing for a refused pay, so that a retry can succeed", async () => {
    const txnId = nextTxn();
    const unknown = await paySoci({
      db: t.db,
      request: { txnId, account: "08888888888888", sumTyiyn: 1000, txnDate: at },
      limits,
    });
    expect(unknown.result).toBe(5);
    expect(
      (
        await paySoci({
          db: t.db,
          request: { txnId, account: "05555555555555", sumTyiyn: 50, txnDate: at },
          limits,
        })
      ).result,
    ).toBe(241);
    expect(await t.db.payment.count({ where: { providerTxnId: txnId } })).toBe(0);
    expect(
      (
        await paySoci({
          db: t.db,
          request: { txnId, account: "05555555555555", sumTyiyn: 1000, txnDate: at },
          limits,
        })
      ).result,
    ).toBe(0);
  });

  it("records 50 identical concurrent pays once", async () => {
    const inn = "06666666666666";
    await newInvoice(inn);
    const before = await balance(inn);
    const request = { txnId: nextTxn(), account: inn, sumTyiyn: 77_700, txnDate: at };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => paySoci({ db: t.db, request, limits })),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]?.result).toBe(0);
    expect(await t.db.payment.count({ where: { providerTxnId: request.txnId } })).toBe(1);
    expect(await balance(inn)).toBe(before + 77_700);
    expect(await ledgerSum(inn)).toBe(await balance(inn));
  });

  it("pays an invoice in parts, overflows to the balance, then everything to the balance", async () => {
    const inn = "07777777777777";
    const number = await newInvoice(inn);
    expect(await checkEdsInvoice({ db: t.db, invoiceNumber: number, sumTyiyn: null })).toMatchObject({
      result: 0,
      fields: [
        { name: "client", value: "ОсОО Бирлик" },
        { name: "due", value: "1510.00" },
      ],
    });
    expect((await checkEdsInvoice({ db: t.db, invoiceNumber: number, sumTyiyn: 150_000 })).result).toBe(241);
    expect((await checkEdsInvoice({ db: t.db, invoiceNumber: number, sumTyiyn: 152_000 })).result).toBe(242);
    expect((await checkEdsInvoice({ db: t.db, invoiceNumber: number, sumTyiyn: 151_000 })).result).toBe(0);

    expect(
      (
        await payEds({
          db: t.db,
          request: { txnId: nextTxn(), account: number, sumTyiyn: 100_000, txnDate: at },
        })
      ).result,
    ).toBe(0);
    let invoice = await t.db.invoice.findUniqueOrThrow({ where: { number } });
    expect(invoice).toMatchObject({ status: "partly_paid", paidTyiyn: 100_000, paidAt: null });
    expect(await checkEdsInvoice({ db: t.db, invoiceNumber: number, sumTyiyn: null })).toMatchObject({
      fields: [expect.anything(), { name: "due", value: "510.00" }],
    });

    expect(
      (
        await payEds({
          db: t.db,
          request: { txnId: nextTxn(), account: number, sumTyiyn: 60_000, txnDate: at },
        })
      ).result,
    ).toBe(0);
    invoice = await t.db.invoice.findUniqueOrThrow({ where: { number } });
    expect(invoice).toMatchObject({ status: "paid", paidTyiyn: 151_000 });
    expect(invoice.paidAt).toBeInstanceOf(Date);
    expect(await balance(inn)).toBe(9_000);

    expect((await checkEdsInvoice({ db: t.db, invoiceNumber: number, sumTyiyn: null })).result).toBe(7);
    expect(
      (
        await payEds({
          db: t.db,
          request: { txnId: nextTxn(), account: number, sumTyiyn: 5_000, txnDate: at },
        })
      ).result,
    ).toBe(0);
    expect(await balance(inn)).toBe(14_000);
    expect(await ledgerSum(inn)).toBe(14_000);
    expect(await t.db.payment.count({ where: { invoice: { number } } })).toBe(3);
  });

  it("refuses unknown and cancelled invoices", async () => {
    const unknown = generateInvoiceNumber(randomBytes);
    const wrongDigit = unknown.slice(0, 15) + String((Number(unknown[15]) + 1) % 10);
    expect((await checkEdsInvoice({ db: t.db, invoiceNumber: unknown, sumTyiyn: null })).result).toBe(5);
    expect((await checkEdsInvoice({ db: t.db, invoiceNumber: wrongDigit, sumTyiyn: null })).result).toBe(5);
    expect(
      (
        await payEds({
          db: t.db,
          request: { txnId: nextTxn(), account: unknown, sumTyiyn: 100, txnDate: at },
        })
      ).result,
    ).toBe(5);
    const number = await newInvoice("04444444444440");
    await t.db.invoice.update({ where: { number }, data: { status: "cancelled", cancelledAt: at } });
    expect((await checkEdsInvoice({ db: t.db, invoiceNumber: number, sumTyiyn: null })).result).toBe(7);
    const txnId = nextTxn();
    expect(
      (await payEds({ db: t.db, request: { txnId, account: number, sumTyiyn: 100, txnDate: at } })).result,
    ).toBe(7);
    expect(await t.db.payment.count({ where: { providerTxnId: txnId } })).toBe(0);
  });

  it("applies concurrent different payments on one invoice one after the other", async () => {
    const inn = "03030303030303";
    const number = await newInvoice(inn);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        payEds({
          db: t.db,
          request: { txnId: nextTxn(), account: number, sumTyiyn: 10_000, txnDate: at },
        }),
      ),
    );
    expect(answers.every((a) => a.result === 0)).toBe(true);
    const invoice = await t.db.invoice.findUniqueOrThrow({ where: { number } });
    expect(invoice).toMatchObject({ paidTyiyn: 151_000, status: "paid" });
    expect(await balance(inn)).toBe(200_000 - 151_000);
    expect(await ledgerSum(inn)).toBe(49_000);
  });
});
