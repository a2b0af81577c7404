import { describe, expect, it } from "vitest";
import { parseOsmpRequest, parseTxnDate } from "./parse-request";

const params = (query: string) => new URLSearchParams(query);
const payEds = "command=pay&txn_id=123&account=4111 1111 1111 1111&sum=1510.5&txn_date=20261124153000";

describe("OSMP request parsing", () => {
  it("reads a pay request", () => {
    const parsed = parseOsmpRequest(params(payEds), "eds");
    expect(parsed).toEqual({
      ok: true,
      request: {
        command: "pay",
        txnId: "123",
        account: "4111111111111111",
        sumTyiyn: 151_050,
        txnDate: new Date("2026-11-24T09:30:00Z"),
      },
      echo: { txnId: "123", sumTyiyn: 151_050 },
    });
  });

  it("reads a check without a sum, dashes in the account ignored", () => {
    const parsed = parseOsmpRequest(params("command=check&txn_id=1&account=0123-4567-8901-23"), "soci");
    expect(parsed).toMatchObject({
      ok: true,
      request: { command: "check", account: "01234567890123", sumTyiyn: null, txnDate: null },
    });
  });

  it.each([
    [
      "command=pay&txn_id=1&account=01234567890123&sum=1&txn_date=20261124153000&txn_id=2",
      300,
      "repeated txn_id",
    ],
    ["txn_id=1&account=01234567890123", 300, "unknown command"],
    ["command=refund&txn_id=1&account=01234567890123", 300, "unknown command"],
    ["command=check&account=01234567890123", 300, "malformed txn_id"],
    ["command=check&txn_id=&account=01234567890123", 300, "malformed txn_id"],
    ["command=check&txn_id=123456789012345678901&account=01234567890123", 300, "malformed txn_id"],
    ["command=check&txn_id=١٢٣&account=01234567890123", 300, "malformed txn_id"],
    ["command=check&txn_id=1", 300, "missing account"],
    ["command=check&txn_id=1&account=", 300, "missing account"],
    ["command=check&txn_id=1&account=0123456789012", 4, "account format"],
    ["command=check&txn_id=1&account=012345678901234", 4, "account format"],
    ["command=check&txn_id=1&account=０１２３４５６７８９０１２３", 4, "account format"],
    ["command=check&txn_id=1&account=0123456789012'", 4, "account format"],
    ["command=pay&txn_id=1&account=01234567890123&txn_date=20261124153000", 300, "missing sum"],
    ["command=pay&txn_id=1&account=01234567890123&sum=0&txn_date=20261124153000", 300, "malformed sum"],
    ["command=pay&txn_id=1&account=01234567890123&sum=-5&txn_date=20261124153000", 300, "malformed sum"],
    ["command=pay&txn_id=1&account=01234567890123&sum=1.005&txn_date=20261124153000", 300, "malformed sum"],
    ["command=pay&txn_id=1&account=01234567890123&sum=1,50&txn_date=20261124153000", 300, "malformed sum"],
    ["command=pay&txn_id=1&account=01234567890123&sum=1e3&txn_date=20261124153000", 300, "malformed sum"],
    ["command=pay&txn_id=1&account=01234567890123&sum=10", 300, "missing txn_date"],
    ["command=pay&txn_id=1&account=01234567890123&sum=10&txn_date=20260230120000", 300, "malformed txn_date"],
    ["command=pay&txn_id=1&account=01234567890123&sum=10&txn_date=20261124250000", 300, "malformed txn_date"],
    ["command=pay&txn_id=1&account=01234567890123&sum=10&txn_date=2026-11-24", 300, "malformed txn_date"],
  ])("refuses %s", (query, result, reason) => {
    expect(parseOsmpRequest(params(query), "soci")).toMatchObject({ ok: false, result, reason });
  });

  it("echoes the txn_id as received, cut to 64 characters, and a valid sum", () => {
    const long = "9".repeat(10_000);
    expect(parseOsmpRequest(params(`command=check&txn_id=${long}&sum=5`), "soci")).toMatchObject({
      ok: false,
      echo: { txnId: "9".repeat(64), sumTyiyn: 500 },
    });
  });

  it("reads txn_date in Bishkek time", () => {
    expect(parseTxnDate("20260101000000")).toEqual(new Date("2025-12-31T18:00:00Z"));
    expect(parseTxnDate("20250229120000")).toBeNull();
  });
});
