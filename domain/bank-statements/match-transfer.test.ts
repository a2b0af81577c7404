import { describe, expect, it } from "vitest";
import {
  matchTransfer,
  type MatchableClient,
  type MatchableInvoice,
  type MatchLookups,
} from "./match-transfer";

const invoice = (over: Partial<MatchableInvoice> = {}): MatchableInvoice => ({
  id: 1,
  number: "1234567890123452",
  clientId: 10,
  status: "awaiting",
  dueTyiyn: 151_000,
  office: "osh",
  buyerInn: "01234567890123",
  ...over,
});
const second = invoice({ id: 2, number: "2000000000000006", dueTyiyn: 142_000 });

function lookups(invoices: MatchableInvoice[], clients: [string, MatchableClient][] = []): MatchLookups {
  return {
    invoicesByNumber: new Map(invoices.map((i) => [i.number, i])),
    clientsByInn: new Map(clients),
    paymentCode: "42122900",
  };
}
const transfer = (purpose: string, amountTyiyn = 151_000, payerInn: string | null = "01234567890123") => ({
  purpose,
  amountTyiyn,
  payerInn,
});

describe("matching a transfer", () => {
  it("1. a valid invoice number in the purpose: that invoice, recorded up to what is due", () => {
    const only = lookups([invoice()]);
    expect(matchTransfer(transfer("Оплата по счёту № 1234 5678 9012 3452"), only)).toMatchObject({
      record: true,
      match: "invoiceNumber",
      invoice: { id: 1 },
    });
    // A partial payment is recorded too.
    expect(matchTransfer(transfer("счет 1234567890123452", 100_000), only)).toMatchObject({ record: true });
  });

  it("1. … but more than is due, a paid or a cancelled invoice waits for a person", () => {
    const reason = (inv: MatchableInvoice, amount = 151_000) =>
      matchTransfer(transfer("1234567890123452", amount), lookups([inv]));
    expect(reason(invoice(), 151_001)).toMatchObject({
      record: false,
      reason: "overpayment",
      invoiceId: 1,
      clientId: 10,
    });
    expect(reason(invoice({ status: "paid", dueTyiyn: 0 }))).toMatchObject({ reason: "invoicePaid" });
    expect(reason(invoice({ status: "cancelled" }))).toMatchObject({ reason: "invoiceCancelled" });
    expect(
      matchTransfer(transfer("1234567890123452 и 2000000000000006"), lookups([invoice(), second])),
    ).toMatchObject({ record: false, reason: "severalInvoices" });
  });

  it("2. else the payer's INN and an amount equal to what is due on exactly one open invoice", () => {
    const client: MatchableClient = { id: 10, sociConnected: true, open: [invoice(), second] };
    const byInn = lookups([], [["01234567890123", client]]);
    expect(matchTransfer(transfer("за ЭЦП", 142_000), byInn)).toMatchObject({
      record: true,
      match: "innAndAmount",
      invoice: { id: 2 },
    });
    // Two invoices due the same: a person decides.
    const twins = lookups([], [["01234567890123", { ...client, open: [invoice(), invoice({ id: 3 })] }]]);
    expect(matchTransfer(transfer("за ЭЦП"), twins)).toMatchObject({
      record: false,
      reason: "severalInvoices",
    });
    // An unknown invoice number in the purpose does not stop the INN rule.
    expect(matchTransfer(transfer("счёт 9999999999999995", 142_000), byInn)).toMatchObject({ record: true });
  });

  it("3. else a client connected to SOChI whose purpose mentions SOChI: a top-up proposal", () => {
    const client: MatchableClient = { id: 10, sociConnected: true, open: [] };
    const byInn = lookups([], [["01234567890123", client]]);
    expect(matchTransfer(transfer("Пополнение СОчИ", 50_000), byInn)).toEqual({
      record: false,
      match: "sociTopUp",
      reason: "sociProposal",
      invoiceId: null,
      clientId: 10,
    });
    expect(matchTransfer(transfer("код 42122900", 50_000), byInn)).toMatchObject({ reason: "sociProposal" });
    const notConnected = lookups([], [["01234567890123", { ...client, sociConnected: false }]]);
    expect(matchTransfer(transfer("Пополнение СОчИ", 50_000), notConnected)).toMatchObject({
      match: "none",
      reason: "unmatched",
      clientId: 10,
    });
  });

  it("4. else unmatched", () => {
    expect(matchTransfer(transfer("Аренда", 50_000, null), lookups([invoice()]))).toEqual({
      record: false,
      match: "none",
      reason: "unmatched",
      invoiceId: null,
      clientId: null,
    });
  });
});
