import { describe, expect, it } from "vitest";
import { libpqConnection } from "./backup";

describe("libpqConnection", () => {
  it("keeps the password out of pg_dump's arguments and drops what only Prisma reads", () => {
    expect(
      libpqConnection(
        "postgresql://dostek:p%40ss%20word@db.internal:5432/dostek?schema=public&sslmode=require",
      ),
    ).toEqual({
      url: "postgresql://dostek@db.internal:5432/dostek?sslmode=require",
      env: { PGPASSWORD: "p@ss word" },
    });
    expect(libpqConnection("postgresql://dostek@localhost/dostek").env).toEqual({});
  });
});
