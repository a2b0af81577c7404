import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "./errors";
import { BatchAbortedError } from "./unit-batcher";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("database error classes", () => {
  it.each([
    ["pg pool timeout (no code)", new Error("timeout exceeded when trying to connect")],
    ["pg connect timeout", new Error("Connection terminated due to connection timeout")],
    ["statement timeout", withCode("57014")],
    ["lock timeout", withCode("55P03")],
    ["disk full", withCode("53100")],
    ["too many connections", withCode("53300")],
    ["I/O error", withCode("58030")],
    ["admin shutdown", withCode("57P01")],
    ["connection failure", withCode("08006")],
    ["Prisma pool timeout", withCode("P2024")],
    ["SQLite full", withCode("SQLITE_FULL")],
    ["SQLite I/O", withCode("SQLITE_IOERR_WRITE")],
    ["SQLite busy", withCode("SQLITE_BUSY")],
    ["a failed group commit", new BatchAbortedError(withCode("SQLITE_IOERR"))],
  ])("counts %s as the database being unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a bug", new TypeError("cannot read properties of undefined")],
    ["a unique violation", withCode("P2002")],
    ["a syntax error", withCode("42601")],
  ])("does not count %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("knows unique violations from Prisma and from pg", () => {
    expect(isUniqueViolation(withCode("P2002"))).toBe(true);
    expect(isUniqueViolation(withCode("23505"))).toBe(true);
    expect(isUniqueViolation(withCode("SQLITE_CONSTRAINT_UNIQUE"))).toBe(true);
    expect(isUniqueViolation(withCode("23503"))).toBe(false);
  });
});
