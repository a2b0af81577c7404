import { describe, expect, it } from "vitest";
import { AllowListError, isAllowed, parseAllowList } from "./ip-allow-list";

describe("IP allow-list", () => {
  const list = parseAllowList(" 127.0.0.1, 10.20.0.0/16 ,2001:db8::/32, ::1");

  it("matches addresses and ranges of both families", () => {
    expect(isAllowed(list, "127.0.0.1")).toBe(true);
    expect(isAllowed(list, "10.20.255.1")).toBe(true);
    expect(isAllowed(list, "10.21.0.1")).toBe(false);
    expect(isAllowed(list, "2001:db8:1::5")).toBe(true);
    expect(isAllowed(list, "::1")).toBe(true);
    expect(isAllowed(list, "2001:db9::1")).toBe(false);
    expect(isAllowed(list, null)).toBe(false);
    expect(isAllowed(list, "not-an-ip")).toBe(false);
  });

  it("is no restriction when empty", () => {
    expect(parseAllowList("  ")).toBeNull();
    expect(isAllowed(null, "203.0.113.5")).toBe(true);
  });

  it.each(["10.0.0.0/33", "example.com", "10.0.0.1/8/8", "::1/129", "10.0.0.0/x"])("refuses %j", (entry) => {
    expect(() => parseAllowList(entry)).toThrow(AllowListError);
  });
});
