import { describe, expect, it } from "vitest";
import { parseTotalLine, splitTotal } from "./table-total";

// What splitTotal did before it searched from the end: every line split off, the last non-blank
// one read. The lines of the body are compared, not its line endings (it now keeps them).
function byLines(text: string) {
  const lines = text.split(/\r?\n/);
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === "") last--;
  const total = last >= 0 ? parseTotalLine(lines[last]!) : null;
  if (!total) return { body: text, total: null };
  return { body: lines.slice(0, last).join("\n"), total: { line: last + 1, ...total } };
}

const normalized = (r: ReturnType<typeof splitTotal>) => ({ ...r, body: r.body.replace(/\r\n/g, "\n") });

describe("a table's total line", () => {
  const cases = [
    "",
    "\n",
    "\r\n\r\n",
    "a;b\n1;2",
    "a;b\n1;2\nИтого: 1 2",
    "a;b\r\n1;2\r\nИтого: 1 2\r\n",
    "a;b\r\n1;2\r\nTotal: 1 2,50\r\n\r\n  \r\n",
    "Total: 3 30",
    "\nTotal: 3 30\n",
    "a;b\n\n\nЖыйынтык;2;3 000,50\n",
    "a;b\n1;2\nИтого 1\n",
  ];
  for (const text of cases)
    it(`is found from the end as it was by lines: ${JSON.stringify(text)}`, () => {
      expect(normalized(splitTotal(text))).toEqual(normalized(byLines(text)));
    });

  it("names the line it is on and leaves the rows before it", () => {
    expect(splitTotal("a;b\r\n1;2\r\n\r\nИтого: 1 2\r\n")).toEqual({
      body: "a;b\r\n1;2\r\n",
      total: { line: 4, count: 1, sum: "2" },
    });
  });
});
