import { describe, expect, it } from "vitest";
import { cachedPdf } from "./pdf-cache";

describe("PDF cache", () => {
  it("renders once per number, locale and status", async () => {
    let renders = 0;
    const render = async () => {
      renders += 1;
      return new Uint8Array([renders]);
    };
    const key = { number: "1234567890123452", locale: "ru", status: "awaiting" };
    const first = await cachedPdf(key, render);
    expect(await cachedPdf(key, render)).toBe(first);
    expect(renders).toBe(1);
    await cachedPdf({ ...key, locale: "ky" }, render);
    await cachedPdf({ ...key, status: "paid" }, render);
    expect(renders).toBe(3);
  });
});
