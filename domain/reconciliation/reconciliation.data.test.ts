import { describe, expect, it } from "vitest";
import { addTestStaff } from "@/scripts/test/money-request-fixture";
import type { StaffActor } from "@/config/staff-roles";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import type { RegistryRow } from "@/lib/megapay-registry";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { NotAllowedError } from "../staff/staff-access";
import { decideMoneyRequest } from "../money-requests/decide-money-request";
import { getReconciliation } from "./get-reconciliation";
import { countUnresolvedDifferences, listReconciliations } from "./list-reconciliations";
import { reconcileRegistry } from "./reconcile-registry";
import { resolveReconciliationItem } from "./resolve-reconciliation-item";

const accountant: StaffActor = { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null };
const operator: StaffActor = { id: "op", email: "op@dostek.kg", role: "operator", office: "osh" };
const admin: StaffActor = { id: "adm", email: "adm@dostek.kg", role: "admin", office: null };
const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };
const at = (hhmm: string) => new Date(`2026-11-25T${hhmm}:00+06:00`);
const period = { start: at("00:00"), end: new Date("2026-11-26T00:00:00+06:00") };
const inn = "05050505050505";

describe.each(testProviders)("reconciliation with MegaPay's registry on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await addTestStaff(t.db, [accountant, operator, admin]);
  });

  it("classifies, keeps the run once per file, and records a missing payment exactly once", async () => {
    const db = t.db;
    const invoice = await registerTestClient(db, `recon-${provider}`, { inn });
    await connectToSoci(db, inn);
    const soci = (txnId: string, sumTyiyn: number, txnDate = at("10:00")) =>
      recordSociPayment({ db, request: { txnId, account: inn, sumTyiyn, txnDate }, limits });
    expect((await soci("5001", 10_000)).status).toBe("recorded");
    expect((await soci("5002", 20_000)).status).toBe("recorded");
    const eds = await recordEdsPayment({
      db,
      request: { txnId: "5004", account: invoice, sumTyiyn: 100, txnDate: at("11:00") },
    });
    expect(eds.status).toBe("recorded");

    const row = (line: number, txnId: string, sumTyiyn: number, txnAt = at("10:00")): RegistryRow => ({
      line,
      service: "soci",
      txnId,
      account: inn,
      sumTyiyn,
      txnAt,
    });
    const rows = [
      row(2, "5001", 10_000),
      row(3, "5002", 25_000),
      row(4, "5005", 5_000, at("12:00")),
      row(5, "5005", 5_000, at("12:00")),
      row(6, "5006", 1_000, new Date("2026-11-24T12:00:00+06:00")),
    ];
    const upload = () =>
      reconcileRegistry({
        db,
        actor: accountant,
        fileName: "registry.csv",
        fileHash: "a".repeat(64),
        period,
        rows,
      });
    const { runId, existing } = await upload();
    expect(existing).toBe(false);
    expect(await upload()).toEqual({ runId, existing: true });
    expect(await db.reconciliationRun.count()).toBe(1);
    await expect(
      reconcileRegistry({ db, actor: operator, fileName: "x.csv", fileHash: "b".repeat(64), period, rows }),
    ).rejects.toThrow(NotAllowedError);

    const report = (await getReconciliation({ db, actor: accountant, id: runId }))!;
    expect(report.items.map((i) => [i.class, i.line, i.txnId])).toEqual([
      ["missingHere", 4, "5005"],
      ["sumDiffers", 3, "5002"],
      ["missingThere", null, "5004"],
      ["duplicateRow", 5, "5005"],
      ["outsidePeriod", 6, "5006"],
      ["matched", 2, "5001"],
    ]);
    expect(report.items[1]!.ours).toEqual({ account: inn, sumTyiyn: 20_000 });
    expect(report.totals.find((c) => c.class === "missingHere")).toEqual({
      class: "missingHere",
      count: 1,
      sumTyiyn: 5_000,
      unresolved: 1,
    });
    expect(await countUnresolvedDifferences({ db })).toBe(5);

    // "Record this payment" asks; nothing changes until an admin approves. Then MegaPay's own
    // pay of the same txn_id: one payment, one credit.
    const missing = report.items[0]!;
    const balance = async () => (await db.client.findUniqueOrThrow({ where: { inn } })).balanceTyiyn;
    const before = await balance();
    const resolve = (itemId: number, action: "record" | "reverse" | "explain", actor = accountant) =>
      resolveReconciliationItem({ db, actor, itemId, action, comment: "MegaPay confirmed by phone" });
    const asked = await resolve(missing.id, "record");
    expect(asked).toEqual({ ok: true, requestId: expect.any(Number) });
    const requestId = (asked as { requestId: number }).requestId;
    expect(await resolve(missing.id, "record")).toEqual({ ok: false, problem: "pendingExists" });
    expect(await resolve(missing.id, "explain")).toEqual({ ok: false, problem: "pendingExists" });
    expect(await balance()).toBe(before);
    expect(await db.payment.count({ where: { providerTxnId: "5005" } })).toBe(0);
    expect((await getReconciliation({ db, actor: accountant, id: runId }))!.items[0]).toMatchObject({
      resolution: null,
      pendingRequestId: requestId,
    });
    const decide = (actor: StaffActor) =>
      decideMoneyRequest({ db, actor, requestId, decision: "approve", comment: "checked", limits });
    expect(await decide(accountant)).toEqual({ ok: false, problem: "ownRequest" });
    expect(await decide(admin)).toEqual({ ok: true });
    expect(await balance()).toBe(before + 5_000);
    const paid = await db.payment.findUniqueOrThrow({
      where: { service_providerTxnId: { service: "soci", providerTxnId: "5005" } },
    });
    expect(paid.providerTxnAt).toEqual(at("12:00"));
    const replay = await soci("5005", 5_000, at("12:00"));
    expect(replay).toEqual({ status: "replayed", paymentId: paid.id });
    expect(await balance()).toBe(before + 5_000);
    expect(await resolve(missing.id, "record")).toEqual({ ok: false, problem: "alreadyResolved" });

    const matched = report.items.find((i) => i.class === "matched")!;
    expect(await resolve(matched.id, "explain")).toEqual({ ok: false, problem: "notADifference" });
    const differs = report.items.find((i) => i.class === "sumDiffers")!;
    expect(await resolve(differs.id, "record")).toEqual({ ok: false, problem: "cannotRecord" });
    expect(await resolve(differs.id, "explain")).toEqual({ ok: true });
    await expect(resolve(report.items[2]!.id, "explain", operator)).rejects.toThrow(NotAllowedError);

    const after = (await getReconciliation({ db, actor: accountant, id: runId }))!;
    expect(after.items[0]).toMatchObject({
      resolution: "recorded",
      paymentId: paid.id,
      comment: "MegaPay confirmed by phone",
    });
    expect(after.items[1]).toMatchObject({ resolution: "explained" });
    const [summary] = await listReconciliations({ db, actor: accountant });
    expect(summary).toMatchObject({ id: runId, rows: 5, missingHere: 0, unresolved: 3 });
    expect(await db.auditEvent.count({ where: { action: "reconciliation.resolved" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "money-request.approved" } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { action: "payment.recorded", subjectId: String(paid.id) } }),
    ).toBe(1);
  });

  it("refuses to record a missing payment the ledger would refuse, and says why", async () => {
    const db = t.db;
    const rows: RegistryRow[] = [
      {
        line: 2,
        service: "soci",
        txnId: "6001",
        account: "09999999999999",
        sumTyiyn: 1_000,
        txnAt: at("09:00"),
      },
    ];
    const { runId } = await reconcileRegistry({
      db,
      actor: accountant,
      fileName: "r2.csv",
      fileHash: "c".repeat(64),
      period,
      rows,
    });
    const [item] = (await getReconciliation({ db, actor: accountant, id: runId }))!.items;
    expect(
      await resolveReconciliationItem({
        db,
        actor: accountant,
        itemId: item!.id,
        action: "record",
        comment: "?",
      }),
    ).toEqual({ ok: false, problem: "accountNotFound" });
    expect(await db.payment.count({ where: { providerTxnId: "6001" } })).toBe(0);
  });
});

describe.each(testProviders)("a MegaPay payment that was never made, on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await addTestStaff(t.db, [accountant, admin]);
  });

  it("is reversed through a request, and later reports of the period no longer list it or its reversal", async () => {
    const db = t.db;
    const client = "06060606060606";
    await registerTestClient(db, `never-${provider}`, { inn: client });
    await connectToSoci(db, client);
    const paid = await recordSociPayment({
      db,
      request: { txnId: "7701", account: client, sumTyiyn: 5_000, txnDate: at("09:00") },
      limits,
    });
    expect(paid.status).toBe("recorded");
    const upload = (fileHash: string) =>
      reconcileRegistry({
        db,
        actor: accountant,
        fileName: "r.csv",
        fileHash,
        period,
        rows: [] as RegistryRow[],
      });
    const first = (await getReconciliation({
      db,
      actor: accountant,
      id: (await upload("e".repeat(64))).runId,
    }))!;
    const never = first.items.find((i) => i.txnId === "7701")!;
    expect(never.class).toBe("missingThere");
    const asked = await resolveReconciliationItem({
      db,
      actor: accountant,
      itemId: never.id,
      action: "reverse",
      comment: "MegaPay: no such payment",
    });
    if (!asked.ok || !asked.requestId) throw new Error("not asked");
    const approved = await decideMoneyRequest({
      db,
      actor: admin,
      requestId: asked.requestId,
      decision: "approve",
      comment: "confirmed",
      limits,
    });
    expect(approved).toEqual({ ok: true });
    expect((await db.client.findUniqueOrThrow({ where: { inn: client } })).balanceTyiyn).toBe(0);
    expect(
      (await getReconciliation({ db, actor: accountant, id: first.id }))!.items.find(
        (i) => i.id === never.id,
      ),
    ).toMatchObject({
      resolution: "reversed",
    });
    const second = (await getReconciliation({
      db,
      actor: accountant,
      id: (await upload("f".repeat(64))).runId,
    }))!;
    expect(second.items.filter((i) => i.txnId === "7701" || i.txnId.startsWith("reversal:"))).toEqual([]);
  });
});
