import { describe, expect, it } from "vitest";
import { parseAllowList, isAllowed } from "./ip-allow-list";
import { clientAddress, clientAddressBehind } from "./client-address";

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

describe("client address behind named proxies", () => {
  const proxies = parseAllowList("10.0.0.0/8, 2001:db8::1");
  const trusted = (address: string) => isAllowed(proxies, address);

  it("ignores X-Forwarded-For from anyone who is not a trusted proxy", () => {
    expect(clientAddressBehind("203.0.113.9", "192.0.2.1", trusted)).toBe("203.0.113.9");
    expect(clientAddressBehind("::ffff:198.51.100.7", "10.0.0.1", trusted)).toBe("198.51.100.7");
  });

  it("reads it from a trusted proxy, past the other trusted proxies, ignoring what the client prepended", () => {
    expect(clientAddressBehind("10.0.0.2", "203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(clientAddressBehind("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.1.1", trusted)).toBe("203.0.113.9");
    expect(clientAddressBehind("2001:db8::1", "[2001:db8::5]", trusted)).toBe("2001:db8::5");
  });

  it("is the proxy itself when it forwarded nothing, or only other proxies", () => {
    expect(clientAddressBehind("10.0.0.2", undefined, trusted)).toBe("10.0.0.2");
    expect(clientAddressBehind("10.0.0.2", "10.0.0.3", trusted)).toBe("10.0.0.3");
  });
});
