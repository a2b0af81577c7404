// The geometry of the back office's small bar charts (components/office/payment-chart.tsx): bars
// side by side, each a stack of series, on a scale that starts at 0 and ends at a round number.
// Pure arithmetic, so that the SVG is drawn on the server and tested here.

export interface StackedBar {
  // One value per series, in the series' order; negative values (a day of reversals) count as 0
  // in the drawing; the table beside the chart gives the exact numbers.
  values: number[];
}

export interface BarRect {
  // Which bar and which of its series.
  bar: number;
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

// The smallest "round" number ≥ value: 1, 2, 2.5 or 5 times a power of ten (0 stays 0).
export function roundUp(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value)!;
  return step * power;
}

// Rectangles for `bars` in a plot of `width` × `height` (y grows downwards, as in SVG), with `gap`
// between bars; the scale's top is `roundUp` of the highest stack. Zero-height parts are left out.
export function stackedBarRects(
  bars: StackedBar[],
  { width, height, gap }: { width: number; height: number; gap: number },
): { top: number; rects: BarRect[] } {
  const stack = (bar: StackedBar) => bar.values.reduce((sum, v) => sum + Math.max(0, v), 0);
  const top = roundUp(Math.max(0, ...bars.map(stack)));
  const slot = bars.length > 0 ? width / bars.length : 0;
  const rects: BarRect[] = [];
  bars.forEach((bar, i) => {
    let base = height;
    bar.values.forEach((value, series) => {
      const h = top > 0 ? (Math.max(0, value) / top) * height : 0;
      if (h <= 0) return;
      base -= h;
      rects.push({
        bar: i,
        series,
        x: i * slot + gap / 2,
        y: base,
        width: Math.max(0, slot - gap),
        height: h,
      });
    });
  });
  return { top, rects };
}

// One bar of `length` split into parts in proportion to `values` (negative ones count as 0),
// each starting where the one before ends; zero parts are left out. A part that is not zero is at
// least `minSize` long (a few differences among thousands of matches stay visible), the others
// shrink to make room.
export function barSegments(
  values: number[],
  length: number,
  minSize = 0,
): { index: number; start: number; size: number }[] {
  const positive = values.map((v) => Math.max(0, v));
  const total = positive.reduce((sum, v) => sum + v, 0);
  if (total <= 0) return [];
  const raw = positive.map((v) => (v / total) * length);
  const small = raw.filter((size) => size > 0 && size < minSize);
  const reserved = small.length * minSize;
  const rest = raw.filter((size) => size >= minSize).reduce((sum, size) => sum + size, 0);
  const scale = rest > 0 ? Math.max(0, length - reserved) / rest : 0;
  const segments: { index: number; start: number; size: number }[] = [];
  let start = 0;
  raw.forEach((size, index) => {
    if (size <= 0) return;
    const drawn = size < minSize ? minSize : size * scale;
    segments.push({ index, start, size: drawn });
    start += drawn;
  });
  return segments;
}
