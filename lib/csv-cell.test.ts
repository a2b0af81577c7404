import { describe, expect, it } from "vitest";
import { neutralizeCsvText } from "./csv-cell";

describe("CSV text cells", () => {
  it.each(["=1+1", "+996", "-5", "@SUM(A1)", "\tx", "\rx"])("neutralizes %j", (value) => {
    expect(neutralizeCsvText(value)).toBe(`'${value}`);
  });

  it("leaves ordinary text alone", () => {
    expect(neutralizeCsvText("ОсОО «Ак-Суу»")).toBe("ОсОО «Ак-Суу»");
    expect(neutralizeCsvText("1234567890123452")).toBe("1234567890123452");
  });
});
