import { describe, expect, it } from "vitest";
import { addTestStaff, adjustBalanceApproved, testApprover } from "@/scripts/test/money-request-fixture";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { readSociFeed } from "./read-soci-feed";

const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };
const txnDate = new Date("2026-11-26T08:00:00Z");

describe.each(testProviders)("SOChI's feed of balance entries on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await addTestStaff(t.db, [testApprover]);
    for (const inn of ["01818181818181", "01919191919191"]) {
      await registerTestClient(t.db, `feed-${inn}`, { inn });
      await connectToSoci(t.db, inn);
    }
  });
  const topUp = (txnId: string, account: string, sumTyiyn: number) =>
    recordSociPayment({ db: t.db, request: { txnId, account, sumTyiyn, txnDate }, limits });

  // Everything from `after` on, read `limit` at a time as a consumer would.
  async function readAll(after: number, limit: number) {
    const seen = [];
    for (let cursor = after; ;) {
      const page = await readSociFeed({ db: t.db, after: cursor, limit });
      seen.push(...page.entries);
      if (page.entries.length === 0) {
        expect(page.nextCursor).toBe(String(cursor));
        return seen;
      }
      cursor = Number(page.nextCursor);
    }
  }

  it("gives every entry once, oldest first, with its source and reference, to a reader that pages and asks again", async () => {
    await topUp("900001", "01818181818181", 50_000);
    await topUp("900002", "01919191919191", 12_345);
    await topUp("900001", "01818181818181", 50_000); // MegaPay repeating a pay: no second entry
    await adjustBalanceApproved(t.db, { inn: "01818181818181", amountTyiyn: -2_550, reason: "ошибка" });
    await topUp("900003", "01818181818181", 100);

    const all = await readAll(0, 2);
    expect(all.map((e) => [e.inn, e.amountTyiyn, e.amountSom, e.source, e.reference, e.kind])).toEqual([
      ["01818181818181", 50_000, "500.00", "megapay", "900001", "soci_topup"],
      ["01919191919191", 12_345, "123.45", "megapay", "900002", "soci_topup"],
      ["01818181818181", -2_550, "-25.50", "adjustment", null, "manual_adjustment"],
      ["01818181818181", 100, "1.00", "megapay", "900003", "soci_topup"],
    ]);
    expect(new Set(all.map((e) => e.cursor)).size).toBe(4);
    // A consumer that crashed after the second page starts again from its last cursor.
    const again = await readAll(Number(all[1]!.cursor), 10);
    expect(again.map((e) => e.entryId)).toEqual(all.slice(2).map((e) => e.entryId));
    await topUp("900004", "01919191919191", 700);
    expect((await readAll(Number(all.at(-1)!.cursor), 10)).map((e) => e.reference)).toEqual(["900004"]);
  });

  it("numbers entries once when many readers ask at the same time", async () => {
    const before = await readAll(0, 1000);
    for (let i = 0; i < 40; i++) await topUp(`91${i}`, "01919191919191", 100 + i);
    const pages = await Promise.all(
      Array.from({ length: 6 }, () =>
        readSociFeed({ db: t.db, after: Number(before.at(-1)!.cursor), limit: 1000 }),
      ),
    );
    for (const page of pages)
      expect(page.entries.map((e) => e.reference)).toEqual(pages[0]!.entries.map((e) => e.reference));
    expect(pages[0]!.entries).toHaveLength(40);
    const places = (await readAll(0, 1000)).map((e) => Number(e.cursor));
    expect(places).toEqual(Array.from({ length: places.length }, (_, i) => i + 1));
  });

  // PostgreSQL draws ids at insert: an entry with a lower id can commit after one with a higher
  // id has been read. The feed must still hand it out, after the cursor the reader holds.
  it.runIf(provider === "postgresql")("hands out an entry whose transaction committed late", async () => {
    const cursor = Number((await readAll(0, 1000)).at(-1)!.cursor);
    const client = await t.db.client.findUniqueOrThrow({ where: { inn: "01818181818181" } });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const late = t.db.$transaction(async (tx) => {
      await tx.balanceEntry.create({
        data: { clientId: client.id, amountTyiyn: 111, reason: "megapay_soci_topup" },
      });
      inserted();
      await released;
    });
    await insertedYet;
    await topUp("920001", "01818181818181", 222);
    const first = await readAll(cursor, 10);
    expect(first.map((e) => e.amountTyiyn)).toEqual([222]);
    release();
    await late;
    const next = await readAll(Number(first[0]!.cursor), 10);
    expect(next.map((e) => e.amountTyiyn)).toEqual([111]);
    expect(next[0]!.entryId).toBeLessThan(first[0]!.entryId);
  });
});
