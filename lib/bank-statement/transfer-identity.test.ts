import { describe, expect, it } from "vitest";
import type { StatementTransfer } from "./statement-file";
import { identifyTransfers } from "./transfer-identity";

const transfer = (over: Partial<StatementTransfer> = {}): StatementTransfer => ({
  line: 1,
  number: "15",
  date: "2026-12-03",
  receivedOn: "2026-12-03",
  amountTyiyn: 151_000,
  payerName: "ОсОО «Ромашка»",
  payerInn: "01234567890123",
  payerAccount: "1280010000012345",
  purpose: "x",
  ...over,
});

describe("a transfer's identity", () => {
  it("is the payer's account, number, date and amount; identical lines are counted", () => {
    const [a, b, c, d] = identifyTransfers([
      transfer(),
      transfer({ line: 30, purpose: "another purpose, same transfer fields" }),
      transfer({ amountTyiyn: 151_001 }),
      transfer({ payerAccount: null }),
    ]);
    expect(a).toMatchObject({ identity: "1280010000012345|15|2026-12-03|151000", occurrence: 1 });
    expect(b).toMatchObject({ identity: a!.identity, occurrence: 2 });
    expect(c).toMatchObject({ occurrence: 1 });
    expect(d).toMatchObject({ identity: "inn:01234567890123|15|2026-12-03|151000", occurrence: 1 });
  });

  it("falls back to the payer's name, as written, without case", () => {
    const [a] = identifyTransfers([
      transfer({ payerAccount: null, payerInn: null, payerName: " ИП Асанов " }),
    ]);
    expect(a!.identity).toBe("name:ип асанов|15|2026-12-03|151000");
  });
});
