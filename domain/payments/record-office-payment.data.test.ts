import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { tyiynFromDatabase } from "@/lib/money";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { addTestStaff, adjustBalanceApproved, testApprover } from "@/scripts/test/money-request-fixture";
import { requestBalanceAdjustment } from "../money-requests/request-balance-adjustment";
import { getClient } from "../clients/get-client";
import { setSociConnection } from "../clients/set-soci-connection";
import { updateClientContacts } from "../clients/update-client-contacts";
import { NotAllowedError } from "../staff/staff-access";
import { officePaymentSchema, type ValidOfficePayment } from "./office-payment-schema";
import { recordOfficePayment } from "./record-office-payment";

const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
const oshOperator: StaffActor = { id: "op-osh", email: "osh@dostek.kg", role: "operator", office: "osh" };
const jaOperator: StaffActor = { id: "op-ja", email: "ja@dostek.kg", role: "operator", office: "jalal-abad" };
const accountant: StaffActor = { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null };
const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };

const posted = (fields: Partial<Record<keyof ValidOfficePayment, string>>): ValidOfficePayment =>
  officePaymentSchema(new Date("2026-11-26T06:00:00Z")).parse({
    service: "eds",
    method: "cash",
    paidOn: "2026-11-26",
    office: "osh",
    ...fields,
  });

describe.each(testProviders)("cash and bank payments, clients on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await addTestStaff(t.db, [testApprover]);
  });
  const ledgerSum = async (inn: string) =>
    tyiynFromDatabase(
      (await t.db.balanceEntry.aggregate({ where: { client: { inn } }, _sum: { amountTyiyn: true } }))._sum
        .amountTyiyn ?? 0n,
    );

  it("records a cash payment once per receipt, with the ledger's rules, audited", async () => {
    const number = await registerTestClient(t.db, "cash-1", { inn: "01212121212121" });
    const invoice = await t.db.invoice.findUniqueOrThrow({ where: { number } });
    const payment = posted({
      account: number,
      amount: (invoice.amountTyiyn / 100).toFixed(2),
      receiptNumber: "kv 0001",
    });
    expect(payment).toMatchObject({ receiptNumber: "KV0001", receiptShown: "kv0001" });

    await expect(
      recordOfficePayment({ db: t.db, actor: accountant, payment, limits }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(
      recordOfficePayment({ db: t.db, actor: jaOperator, payment, limits }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    const first = await recordOfficePayment({ db: t.db, actor: oshOperator, payment, limits });
    expect(first).toMatchObject({ ok: true, replayed: false });
    // Sent again (a double click, a refresh): the same payment, nothing new.
    const again = await Promise.all(
      [1, 2, 3].map(() => recordOfficePayment({ db: t.db, actor: oshOperator, payment, limits })),
    );
    for (const answer of again) expect(answer).toEqual({ ...first, replayed: true });
    expect(await t.db.payment.count({ where: { method: "cash" } })).toBe(1);
    const stored = await t.db.payment.findFirstOrThrow({ where: { method: "cash" } });
    expect(stored).toMatchObject({
      receiptNumber: "KV0001",
      office: "osh",
      recordedById: "op-osh",
      service: "eds",
    });
    expect(stored.providerTxnAt.toISOString()).toBe("2026-11-25T18:00:00.000Z");
    expect((await t.db.invoice.findUniqueOrThrow({ where: { number } })).status).toBe("paid");
    expect(await ledgerSum("01212121212121")).toBe(0);
    const audit = await t.db.auditEvent.findMany({ where: { action: "payment.recorded" } });
    expect(audit.map((e) => [e.subjectId, e.actorEmail])).toEqual([[String(stored.id), "osh@dostek.kg"]]);

    // The same receipt for anything else is refused, whatever the service; by bank it is another number space.
    expect(
      await recordOfficePayment({
        db: t.db,
        actor: oshOperator,
        payment: { ...payment, amount: 100 },
        limits,
      }),
    ).toEqual({ ok: false, problem: { field: "receiptNumber", code: "receiptUsed" } });
    await connectToSoci(t.db, "01212121212121");
    const soci = posted({
      service: "soci",
      account: "01212121212121",
      amount: "10",
      receiptNumber: "KV0001",
    });
    expect(await recordOfficePayment({ db: t.db, actor: oshOperator, payment: soci, limits })).toMatchObject({
      ok: false,
      problem: { code: "receiptUsed" },
    });
    const byBank = await recordOfficePayment({
      db: t.db,
      actor: oshOperator,
      payment: { ...soci, method: "bank" },
      limits,
    });
    expect(byBank).toMatchObject({ ok: true });
    expect(await ledgerSum("01212121212121")).toBe(1_000);
    // A paid invoice takes no more office money.
    expect(
      await recordOfficePayment({
        db: t.db,
        actor: oshOperator,
        payment: posted({ account: number, amount: "1", receiptNumber: "KV0002" }),
        limits,
      }),
    ).toEqual({ ok: false, problem: { field: "account", code: "invoicePaid" } });
  });

  it("refuses an office payment above what is still due (9 999 999 som typed for 1 510): nothing is written", async () => {
    const inn = "01515151515151";
    const number = await registerTestClient(t.db, "cash-due", { inn });
    const invoice = await t.db.invoice.findUniqueOrThrow({ where: { number } });
    const record = (amount: string, receiptNumber: string) =>
      recordOfficePayment({
        db: t.db,
        actor: oshOperator,
        payment: posted({ account: number, amount, receiptNumber }),
        limits,
      });
    const paymentsBefore = await t.db.payment.count();
    expect(await record("9999999", "Z1")).toEqual({
      ok: false,
      problem: { field: "amount", code: "aboveDue" },
    });
    expect(await record(((invoice.amountTyiyn + 1) / 100).toFixed(2), "Z1")).toMatchObject({
      ok: false,
      problem: { code: "aboveDue" },
    });
    expect(await t.db.payment.count()).toBe(paymentsBefore);
    expect(await ledgerSum(inn)).toBe(0);
    expect((await t.db.client.findUniqueOrThrow({ where: { inn } })).balanceTyiyn).toBe(0);

    // Two parts at once that each fit what is due but not together: the locked invoice lets one in.
    const part = ((invoice.amountTyiyn - 100) / 100).toFixed(2);
    const both = await Promise.all([record(part, "Z2"), record(part, "Z3")]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([
      { ok: false, problem: { field: "amount", code: "aboveDue" } },
    ]);
    // The rest of what is due is accepted; the invoice is paid; no balance was created.
    expect(await record("1", "Z4")).toMatchObject({ ok: true });
    expect((await t.db.invoice.findUniqueOrThrow({ where: { number } })).status).toBe("paid");
    expect(await ledgerSum(inn)).toBe(0);
  });

  it("takes a receipt typed with a Cyrillic «А12» and a Latin «A12» as one receipt", async () => {
    const inn = "01616161616161";
    await registerTestClient(t.db, "cash-receipt", { inn });
    await connectToSoci(t.db, inn);
    const soci = (amount: string, receiptNumber: string) =>
      recordOfficePayment({
        db: t.db,
        actor: oshOperator,
        payment: posted({ service: "soci", account: inn, amount, receiptNumber }),
        limits,
      });
    const cyrillic = await soci("10", "А12");
    expect(cyrillic).toMatchObject({ ok: true, replayed: false });
    // The same paper receipt typed on the other keyboard: the same payment, nothing new.
    expect(await soci("10", "A12")).toEqual({ ...cyrillic, replayed: true });
    expect(await soci("20", "a12")).toEqual({
      ok: false,
      problem: { field: "receiptNumber", code: "receiptUsed" },
    });
    const stored = await t.db.payment.findMany({ where: { clientId: { not: null }, account: inn } });
    expect(stored.map((p) => [p.receiptNumber, p.receiptShown, p.providerTxnId])).toEqual([
      ["A12", "А12", "cash:A12"],
    ]);
    expect(await ledgerSum(inn)).toBe(1_000);
  });

  it("refuses what MegaPay would refuse: unknown, not connected, cancelled, outside the limits", async () => {
    await registerTestClient(t.db, "cash-2", { inn: "01313131313131" });
    const soci = (amount: string, receiptNumber: string) =>
      recordOfficePayment({
        db: t.db,
        actor: admin,
        payment: posted({ service: "soci", account: "01313131313131", amount, receiptNumber }),
        limits,
      });
    expect(await soci("10", "R1")).toEqual({
      ok: false,
      problem: { field: "account", code: "notConnected" },
    });
    await setSociConnection({ db: t.db, actor: jaOperator, inn: "01313131313131", connected: true });
    expect(await soci("0.50", "R1")).toEqual({
      ok: false,
      problem: { field: "amount", code: "sumTooSmall" },
    });
    expect(await soci("10", "R1")).toMatchObject({ ok: true });
    expect(
      await recordOfficePayment({
        db: t.db,
        actor: admin,
        payment: posted({ account: "1234567890123452", amount: "10", receiptNumber: "R2" }),
        limits,
      }),
    ).toMatchObject({ ok: false, problem: { code: "accountNotFound" } });
    expect(() => posted({ account: "123", amount: "10", receiptNumber: "R3" })).toThrow();
    expect(() =>
      posted({ account: "01313131313131", service: "soci", amount: "-1", receiptNumber: "R3" }),
    ).toThrow();
    expect(() =>
      posted({
        account: "01313131313131",
        service: "soci",
        amount: "1",
        receiptNumber: "R3",
        paidOn: "2026-11-27",
      }),
    ).toThrow();
    // Typed as a person writes it; not more than 31 days back (a bank statement's window).
    expect(
      posted({
        account: "01313131313131",
        service: "soci",
        amount: "1",
        receiptNumber: "R4",
        paidOn: "26.10.2026",
      }).paidOn,
    ).toEqual(new Date("2026-10-25T18:00:00Z"));
    expect(() =>
      posted({
        account: "01313131313131",
        service: "soci",
        amount: "1",
        receiptNumber: "R4",
        paidOn: "25.10.2026",
      }),
    ).toThrow(/dateTooOld/);
  });

  it("staff change contacts and the SOChI switch (audited), admins adjust balances with a reason", async () => {
    const inn = "01414141414141";
    await registerTestClient(t.db, "client-1", { inn, phone: "+996555000111" });
    await expect(
      updateClientContacts({
        db: t.db,
        actor: accountant,
        inn,
        contacts: { headName: "Жаңы", phone: "+996700000000", email: null },
      }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await updateClientContacts({
      db: t.db,
      actor: jaOperator,
      inn,
      contacts: { headName: "Жаңы Башчы", phone: "+996700000000", email: "a@b.kg" },
    });
    await setSociConnection({ db: t.db, actor: oshOperator, inn, connected: true });
    await expect(
      requestBalanceAdjustment({ db: t.db, actor: oshOperator, inn, amountTyiyn: 100, reason: "why not" }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await adjustBalanceApproved(t.db, { inn, amountTyiyn: 5_000, reason: "cash counted twice" });
    expect(await adjustBalanceApproved(t.db, { inn, amountTyiyn: -6_000, reason: "too much" })).toEqual({
      ok: false,
      problem: "belowZero",
    });
    await adjustBalanceApproved(t.db, { inn, amountTyiyn: -1_000, reason: "correction" });

    const client = (await getClient({ db: t.db, actor: accountant, inn }))!;
    expect(client).toMatchObject({ headName: "Жаңы Башчы", phone: "+996700000000", sociConnected: true });
    expect(client.balanceTyiyn).toBe(4_000);
    expect(await ledgerSum(inn)).toBe(4_000);
    expect(client.balanceEntries[0]).toMatchObject({
      reason: "manual_adjustment",
      comment: "correction",
      createdById: "admin-1",
    });
    expect(client.history.map((e) => e.action)).toEqual([
      "client.contacts-changed",
      "client.soci-connected",
      "client.balance-adjusted",
      "client.balance-adjusted",
    ]);
    expect(client.history[0]).toMatchObject({
      before: { headName: "Асанов Асан", phone: "+996555000111", email: null },
      after: { headName: "Жаңы Башчы" },
    });
  });
});
