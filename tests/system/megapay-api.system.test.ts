import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { registerClient } from "@/domain/registration/register-client";
import { generateInvoiceNumber } from "@/lib/invoice-number";
import { connectToSoci } from "@/scripts/test/registration-fixture";
import { createTestDatabase, testProviders, type TestDatabase } from "@/scripts/test/test-database";
import { startApp, type AppServer } from "@/scripts/test/app-server";
import { basicAuth, callMegapay, megapayEnv, nextTxnId, txnDate } from "./megapay-client";

describe.each(testProviders)("MegaPay API over HTTP on %s", (provider) => {
  let t: TestDatabase;
  let app: AppServer;
  let orgInvoice: string;
  const orgInn = "01111111111111";
  const personInn = "21503198500011";
  // Registered online for a signature, never connected to SOChI by the company.
  const signatureOnlyInn = "01222222222222";

  const register = async (inn: string, kind: "legal" | "entrepreneur", key: string, name: string) =>
    (
      await registerClient({
        db: t.db,
        submissionKey: key,
        registration: {
          clientType: kind,
          inn,
          organizationName: name,
          headName: "Асанов Асан",
          phone: "+996555123456",
          email: null,
          office: "osh",
          items: [{ code: "cloud-head", quantity: 1 }],
        },
      })
    ).invoiceNumber;

  beforeAll(async () => {
    t = await createTestDatabase(provider, inject("postgresAdminUrl"));
    app = await startApp({ DATABASE_URL: t.url, ...megapayEnv, SOCI_MIN_SUM: "10", SOCI_MAX_SUM: "100000" });
    // A page opens the database first, as in production: the API's route bundle must still find
    // the payment ledger on the shared client (it once did not, and every pay failed).
    expect((await fetch(`${app.url}/ru`)).status).toBe(200);
    orgInvoice = await register(orgInn, "legal", "api-org", "ОсОО «Ак & Кара»");
    await register(personInn, "entrepreneur", "api-person", "Токтогулова Айгүл");
    await register(signatureOnlyInn, "legal", "api-signature-only", "ОсОО Кол тамга");
    await connectToSoci(t.db, orgInn);
    await connectToSoci(t.db, personInn);
  });
  afterAll(async () => {
    await app?.stop();
    await t?.drop();
  });

  const soci = (params: Record<string, string> | string, method?: "GET" | "POST") =>
    callMegapay(app.url, "soci", params, { method });
  const eds = (params: Record<string, string> | string, method?: "GET" | "POST") =>
    callMegapay(app.url, "eds", params, { method });

  it("«СОчИ»: every result code", async () => {
    const check = await soci({ command: "check", txn_id: "1", account: personInn });
    expect(check).toMatchObject({ result: 0, osmp_txn_id: "1" });
    expect(check.xml).toContain('<field1 name="client">Т********** А****</field1>');
    expect((await soci({ command: "check", txn_id: "2", account: orgInn }, "POST")).xml).toContain(
      "ОсОО «Ак &amp; Кара»",
    );
    expect((await soci({ command: "check", txn_id: "3", account: "0111111111111" })).result).toBe(4);
    expect((await soci({ command: "check", txn_id: "4", account: "09999999999999" })).result).toBe(5);
    // Known, but not connected to SOChI by the company: as unknown, for check and pay alike.
    expect((await soci({ command: "check", txn_id: "6", account: signatureOnlyInn })).result).toBe(5);
    expect(
      (
        await soci({
          command: "pay",
          txn_id: nextTxnId(),
          account: signatureOnlyInn,
          sum: "50",
          txn_date: txnDate,
        })
      ).result,
    ).toBe(5);
    expect(
      (await soci({ command: "pay", txn_id: nextTxnId(), account: orgInn, sum: "9.99", txn_date: txnDate }))
        .result,
    ).toBe(241);
    expect(
      (
        await soci({
          command: "pay",
          txn_id: nextTxnId(),
          account: orgInn,
          sum: "100000.01",
          txn_date: txnDate,
        })
      ).result,
    ).toBe(242);
    expect(
      (
        await soci({
          command: "pay",
          txn_id: nextTxnId(),
          account: "09999999999999",
          sum: "100",
          txn_date: txnDate,
        })
      ).result,
    ).toBe(5);
    expect((await soci({ command: "launch", txn_id: "5", account: orgInn })).result).toBe(300);
    const paid = await soci(
      { command: "pay", txn_id: nextTxnId(), account: orgInn, sum: "1510.5", txn_date: txnDate },
      "POST",
    );
    expect(paid).toMatchObject({ result: 0, sum: "1510.50", prv_txn: expect.stringMatching(/^\d{1,20}$/) });
  });

  it("«Оплата ЭЦП»: every result code, and the invoice turns paid", async () => {
    const check = await eds({
      command: "check",
      txn_id: "10",
      account: orgInvoice.replace(/(\d{4})/g, "$1 "),
    });
    expect(check.result).toBe(0);
    expect(check.xml).toContain('<field2 name="due">1510.00</field2>');
    expect((await eds({ command: "check", txn_id: "11", account: orgInvoice, sum: "1000" })).result).toBe(
      241,
    );
    expect((await eds({ command: "check", txn_id: "12", account: orgInvoice, sum: "2000" })).result).toBe(
      242,
    );
    expect((await eds({ command: "check", txn_id: "13", account: "123" })).result).toBe(4);
    expect((await eds({ command: "refund", txn_id: "13", account: orgInvoice })).result).toBe(300);
    expect((await eds({ command: "pay", txn_id: "13", account: orgInvoice, sum: "10" })).result).toBe(300);
    expect(
      (await eds({ command: "check", txn_id: "14", account: generateInvoiceNumber(randomBytes) })).result,
    ).toBe(5);
    const wrongDigit = orgInvoice.slice(0, 15) + String((Number(orgInvoice[15]) + 1) % 10);
    expect((await eds({ command: "check", txn_id: "15", account: wrongDigit })).result).toBe(5);
    expect(
      (
        await eds({
          command: "pay",
          txn_id: nextTxnId(),
          account: orgInvoice,
          sum: "1510",
          txn_date: txnDate,
        })
      ).result,
    ).toBe(0);
    expect((await eds({ command: "check", txn_id: "16", account: orgInvoice })).result).toBe(7);
    const status = await (await fetch(`${app.url}/api/invoices/${orgInvoice}/status`)).json();
    expect(status).toEqual({ status: "paid", amountTyiyn: 151_000, paidTyiyn: 151_000 });
    const cancelled = await register("02020202020202", "legal", "api-cancel", "ОсОО Жок");
    await t.db.invoice.update({ where: { number: cancelled }, data: { status: "cancelled" } });
    expect(
      (await eds({ command: "pay", txn_id: nextTxnId(), account: cancelled, sum: "10", txn_date: txnDate }))
        .result,
    ).toBe(7);
  });

  it("replays: the same pay twice gives one payment and identical answers; a changed one gives 300", async () => {
    const txn = nextTxnId();
    const params = { command: "pay", txn_id: txn, account: orgInn, sum: "25", txn_date: txnDate };
    const first = await soci(params);
    const again = await soci(params, "POST");
    expect(again.xml).toBe(first.xml);
    expect((await soci({ ...params, sum: "26" })).result).toBe(300);
    expect((await soci({ ...params, account: personInn })).result).toBe(300);
    expect(await t.db.payment.count({ where: { service: "soci", providerTxnId: txn } })).toBe(1);
  });

  it("50 identical pays at the same moment: one payment, one ledger effect, 50 identical answers", async () => {
    const before = (await t.db.client.findUniqueOrThrow({ where: { inn: personInn } })).balanceTyiyn;
    const params = {
      command: "pay",
      txn_id: nextTxnId(),
      account: personInn,
      sum: "333.33",
      txn_date: txnDate,
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => soci(params)));
    expect(new Set(answers.map((a) => a.xml)).size).toBe(1);
    expect(answers[0]).toMatchObject({ result: 0, sum: "333.33" });
    expect(await t.db.payment.count({ where: { providerTxnId: params.txn_id } })).toBe(1);
    expect(await t.db.balanceEntry.count({ where: { payment: { providerTxnId: params.txn_id } } })).toBe(1);
    expect((await t.db.client.findUniqueOrThrow({ where: { inn: personInn } })).balanceTyiyn).toBe(
      before + 33_333,
    );
  });

  it("bad input always gets a defined result code in well-formed XML and records nothing", async () => {
    const payments = await t.db.payment.count();
    const base = { command: "pay", txn_id: "777", account: orgInn, sum: "10", txn_date: txnDate };
    const q = (overrides: Record<string, string | null>) =>
      new URLSearchParams(
        Object.entries({ ...base, ...overrides }).filter(([, v]) => v !== null) as [string, string][],
      ).toString();
    const cases: [string, number][] = [
      ...(["command", "txn_id", "account", "sum", "txn_date"] as const).flatMap(
        (name): [string, number][] => [
          [q({ [name]: null }), 300],
          [q({ [name]: "" }), 300],
          [`${q({})}&${name}=${encodeURIComponent(base[name])}`, 300],
          [q({ [name]: "9".repeat(10_240) }), name === "account" ? 4 : 300],
        ],
      ),
      [q({ txn_id: "١٢٣" }), 300],
      [q({ account: "０１１１１１１１１１１１１１" }), 4],
      [q({ sum: "１０" }), 300],
      [q({ sum: "-10" }), 300],
      [q({ sum: "0" }), 300],
      [q({ sum: "0.00" }), 300],
      [q({ sum: "10.005" }), 300],
      [q({ sum: "10,5" }), 300],
      [q({ sum: "1e3" }), 300],
      [q({ account: "01111111111111' OR '1'='1" }), 4],
      [q({ account: "<account/>" }), 4],
      [q({ txn_id: "1;DROP TABLE Payment" }), 300],
      [q({ txn_id: "]]><x>&amp;" }), 300],
      [q({ txn_date: "20260231120000" }), 300],
      [q({ txn_date: "20261124246000" }), 300],
    ];
    for (const [query, expected] of cases) {
      const answer = await soci(query);
      expect(answer.result, query.slice(0, 120)).toBe(expected);
    }
    const echoed = await soci(q({ txn_id: "<x>&'\"" }));
    expect(echoed.osmp_txn_id).toBe("<x>&'\"");
    expect(await t.db.payment.count()).toBe(payments);
  });

  it("answers a body over 64 KiB with result 300 and closes that connection, recording nothing", async () => {
    const payments = await t.db.payment.count();
    const url = `${app.url}/api/megapay/soci`;
    const pay = `command=pay&txn_id=${nextTxnId()}&account=${orgInn}&sum=50.00&txn_date=${txnDate}`;
    const big = await fetch(url, {
      method: "POST",
      headers: { Authorization: basicAuth(), "Content-Type": "application/x-www-form-urlencoded" },
      body: `${pay}&pad=${"x".repeat(70 * 1024)}`,
    });
    expect(big.status).toBe(200);
    expect(big.headers.get("connection")).toBe("close");
    expect(await big.text()).toContain("<result>300</result>");
    expect(await t.db.payment.count()).toBe(payments);
    // A body within the limit is read as before.
    expect((await soci(pay, "POST")).result).toBe(0);
    expect(await t.db.payment.count()).toBe(payments + 1);
  });

  it("access: 401 without or with wrong credentials, 405 for other methods", async () => {
    const url = `${app.url}/api/megapay/soci?command=check&txn_id=1&account=${orgInn}`;
    const none = await fetch(url);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Basic realm="megapay"/);
    expect(
      (await fetch(url, { headers: { Authorization: basicAuth("megapay-test", "wrong password!!") } }))
        .status,
    ).toBe(401);
    expect(
      (
        await fetch(url, {
          headers: { Authorization: basicAuth("someone", megapayEnv.MEGAPAY_BASIC_PASSWORD) },
        })
      ).status,
    ).toBe(401);
    expect((await fetch(url, { headers: { Authorization: "Bearer x" } })).status).toBe(401);
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      expect((await fetch(url, { method, headers: { Authorization: basicAuth() } })).status).toBe(405);
    }
    expect(app.output()).not.toContain(megapayEnv.MEGAPAY_BASIC_PASSWORD);
  });
});
