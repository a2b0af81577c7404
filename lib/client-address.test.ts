import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("client address", () => {
  it("is the TCP peer without trusted proxies, whatever X-Forwarded-For says", () => {
    expect(clientAddress("::ffff:10.1.2.3", "203.0.113.9", 0)).toBe("10.1.2.3");
    expect(clientAddress("::1", undefined, 0)).toBe("::1");
  });

  it("is the address the nearest trusted proxies recorded", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("is unknown when fewer proxies recorded an address than are configured", () => {
    expect(clientAddress("127.0.0.1", undefined, 1)).toBeNull();
    expect(clientAddress("127.0.0.1", "203.0.113.9", 2)).toBeNull();
  });
});
