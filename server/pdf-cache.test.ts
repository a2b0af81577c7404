import { describe, expect, it } from "vitest";
import { cachedPdf } from "./pdf-cache";

describe("PDF cache", () => {
  it("renders once per number, locale, status and what else it prints", async () => {
    let renders = 0;
    const render = async () => {
      renders += 1;
      return new Uint8Array([renders]);
    };
    const key = {
      number: "1234567890123452",
      locale: "ru",
      status: "awaiting",
      printed: "ОсОО «DOS TEK GROUP»",
    };
    const first = await cachedPdf(key, render);
    expect(await cachedPdf(key, render)).toBe(first);
    expect(renders).toBe(1);
    await cachedPdf({ ...key, locale: "ky" }, render);
    await cachedPdf({ ...key, status: "paid" }, render);
    // An admin renamed the company: the seller line changes, so the PDF is rendered again.
    await cachedPdf({ ...key, printed: "ОсОО «DOS TEK GROUP» (new)" }, render);
    expect(renders).toBe(4);
  });
});
