import { describe, expect, it } from "vitest";
import { applyInvoicePayment } from "./apply-invoice-payment";

describe("a payment on an invoice", () => {
  it("pays part, then the rest, then overflows to the balance", () => {
    expect(applyInvoicePayment({ amountTyiyn: 151_000, paidTyiyn: 0 }, 100_000)).toEqual({
      toInvoiceTyiyn: 100_000,
      toBalanceTyiyn: 0,
      paidTyiyn: 100_000,
      status: "partly_paid",
    });
    expect(applyInvoicePayment({ amountTyiyn: 151_000, paidTyiyn: 100_000 }, 60_000)).toEqual({
      toInvoiceTyiyn: 51_000,
      toBalanceTyiyn: 9_000,
      paidTyiyn: 151_000,
      status: "paid",
    });
  });

  it("pays exactly", () => {
    expect(applyInvoicePayment({ amountTyiyn: 151_000, paidTyiyn: 0 }, 151_000)).toMatchObject({
      status: "paid",
      toBalanceTyiyn: 0,
    });
  });

  it("sends everything to the balance when the invoice is already paid", () => {
    expect(applyInvoicePayment({ amountTyiyn: 151_000, paidTyiyn: 151_000 }, 5_000)).toEqual({
      toInvoiceTyiyn: 0,
      toBalanceTyiyn: 5_000,
      paidTyiyn: 151_000,
      status: "paid",
    });
  });
});
