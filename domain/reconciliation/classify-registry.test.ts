import { describe, expect, it } from "vitest";
import { classifyRegistry, type LedgerPayment } from "./classify-registry";

const at = (hhmm: string) => new Date(`2026-11-25T${hhmm}:00+06:00`);
const period = { start: at("00:00"), end: new Date("2026-11-26T00:00:00+06:00") };
const row = (
  line: number,
  txnId: string,
  account: string,
  sumTyiyn: number,
  txnAt = at("10:00"),
  service: "soci" | "eds" = "soci",
) => ({
  line,
  service,
  txnId,
  account,
  sumTyiyn,
  txnAt,
});
const paid = (
  id: number,
  txnId: string,
  account: string,
  sumTyiyn: number,
  txnAt = at("10:00"),
  service = "soci",
): LedgerPayment => ({
  id,
  service,
  txnId,
  account,
  sumTyiyn,
  txnAt,
});

describe("classifyRegistry", () => {
  it("gives every row and every payment of the period one class", () => {
    const items = classifyRegistry({
      period,
      rows: [
        row(2, "1", "01234567890123", 1_000),
        row(3, "2", "01234567890123", 2_000),
        row(4, "3", "01234567890123", 3_000),
        row(5, "4", "01234567890123", 4_000),
        row(6, "1", "01234567890123", 1_000),
        row(7, "5", "01234567890123", 5_000, new Date("2026-11-26T00:00:00+06:00")),
        row(8, "6", "4000000000000002", 6_000, at("12:00"), "eds"),
      ],
      payments: [
        paid(10, "1", "01234567890123", 1_000),
        paid(11, "2", "01234567890123", 2_500),
        paid(12, "3", "09999999999999", 3_000),
        paid(13, "7", "01234567890123", 7_000, at("23:59")),
        // The same txn_id under the other service is another payment.
        paid(14, "6", "4000000000000002", 6_000, at("12:00"), "soci"),
        // Outside the period and not listed: not this run's business.
        paid(15, "8", "01234567890123", 8_000, new Date("2026-11-24T23:00:00+06:00")),
      ],
    });
    expect(items.map((i) => [i.class, i.line, i.txnId, i.paymentId])).toEqual([
      ["matched", 2, "1", 10],
      ["sumDiffers", 3, "2", 11],
      ["accountDiffers", 4, "3", 12],
      ["missingHere", 5, "4", null],
      ["duplicateRow", 6, "1", 10],
      ["outsidePeriod", 7, "5", null],
      ["missingHere", 8, "6", null],
      ["missingThere", null, "7", 13],
      ["missingThere", null, "6", 14],
    ]);
    // A missing-there item carries what we recorded.
    expect(items[7]).toMatchObject({ account: "01234567890123", sumTyiyn: 7_000, service: "soci" });
  });
});
