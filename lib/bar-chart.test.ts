import { describe, expect, it } from "vitest";
import { barSegments, roundUp, stackedBarRects } from "./bar-chart";

describe("roundUp", () => {
  it("ends a scale at 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([0, 1, 3, 7, 21, 240, 251, 999, 1000, 1001].map(roundUp)).toEqual([
      0, 1, 5, 10, 25, 250, 500, 1000, 1000, 2000,
    ]);
    expect(roundUp(151_000)).toBe(200_000);
  });
});

describe("stackedBarRects", () => {
  const plot = { width: 100, height: 50, gap: 2 };

  it("stacks each bar's series from the bottom, on a round scale", () => {
    const { top, rects } = stackedBarRects([{ values: [30, 10] }, { values: [0, 20] }], plot);
    expect(top).toBe(50);
    expect(rects).toEqual([
      { bar: 0, series: 0, x: 1, y: 20, width: 48, height: 30 },
      { bar: 0, series: 1, x: 1, y: 10, width: 48, height: 10 },
      { bar: 1, series: 1, x: 51, y: 30, width: 48, height: 20 },
    ]);
  });

  it("draws nothing for empty or negative days, and nothing at all without money", () => {
    expect(stackedBarRects([{ values: [0, -5] }, { values: [0, 0] }], plot)).toEqual({ top: 0, rects: [] });
    expect(stackedBarRects([], plot)).toEqual({ top: 0, rects: [] });
    const { rects } = stackedBarRects([{ values: [-10, 10] }], plot);
    expect(rects).toEqual([{ bar: 0, series: 1, x: 1, y: 0, width: 98, height: 50 }]);
  });
});

describe("barSegments", () => {
  it("splits one bar in proportion, leaving out empty parts", () => {
    expect(barSegments([1, 0, 3], 100)).toEqual([
      { index: 0, start: 0, size: 25 },
      { index: 2, start: 25, size: 75 },
    ]);
    expect(barSegments([0, 0], 100)).toEqual([]);
  });

  it("keeps a small part visible, the others making room", () => {
    const segments = barSegments([1, 999], 100, 5);
    expect(segments).toEqual([
      { index: 0, start: 0, size: 5 },
      { index: 1, start: 5, size: 95 },
    ]);
    expect(barSegments([1, 3], 100, 5)).toEqual(barSegments([1, 3], 100));
  });
});
