// What tables people upload share beyond csv-parse (lib/csv-table.ts): sums written the way
// people write them, and an optional last line with the count and the total of the rows
// (MegaPay's registry, a bank statement saved as a table).
import { parseDecimalSom } from "./money";

// "1 234,50", "1234.5", "1\u00a0234" → tyiyn; null when it is no positive amount.
export function positiveSom(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const tyiyn = parseDecimalSom(compact);
  return tyiyn !== null && tyiyn > 0 ? tyiyn : null;
}

// `Total: 12 3456,50` (or Итого / Жыйынтык), in one cell or spread over several. Read by hand,
// one character at a time: the regular expression it replaced backtracked over runs of spaces
// and commas (cubic in the line's length: 3,200 spaces took 21 s, with the server unable to
// answer anything else).
const totalWord = /^(?:total|итого|жыйынтык)/i;
const isSeparator = (c: string) => c === "," || c === ";" || /\s/.test(c);
const isDigit = (c: string) => c >= "0" && c <= "9";
const isSumCharacter = (c: string) => isDigit(c) || c === "." || c === "," || /\s/.test(c);

export function parseTotalLine(line: string): { count: number; sum: string } | null {
  let start = 0;
  let end = line.length;
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && isSeparator(line[end - 1]!)) end--;
  const word = totalWord.exec(line.slice(start, start + 10));
  if (!word) return null;
  let i = start + word[0].length;
  while (i < end && /\s/.test(line[i]!)) i++;
  if (line[i] === ":") i++;
  while (i < end && isSeparator(line[i]!)) i++;
  const countStart = i;
  while (i < end && isDigit(line[i]!)) i++;
  if (i === countStart || i === end || !isSeparator(line[i]!)) return null;
  const count = Number(line.slice(countStart, i));
  while (i < end && isSeparator(line[i]!)) i++;
  if (line[i] === '"') i++;
  if (line[end - 1] === '"' && end - 1 >= i) end--;
  if (i >= end) return null;
  for (let j = i; j < end; j++) if (!isSumCharacter(line[j]!)) return null;
  return { count, sum: line.slice(i, end) };
}

// The last non-blank line, found from the end (splitting a 20 MB table into lines to find it held
// the event loop for 100 ms): a total line is taken off the body, the rest left as it is.
export function splitTotal(text: string): {
  body: string;
  total: { line: number; count: number; sum: string } | null;
} {
  const lineStart = (end: number) => (end === 0 ? 0 : text.lastIndexOf("\n", end - 1) + 1);
  let end = text.length;
  let start = lineStart(end);
  while (start > 0 && text.slice(start, end).trim() === "") {
    end = start - 1;
    start = lineStart(end);
  }
  const total = parseTotalLine(text.slice(start, end).replace(/\r$/, ""));
  if (!total) return { body: text, total: null };
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < start; i = text.indexOf("\n", i + 1)) line++;
  // Up to the line break before the total line, \r\n or \n.
  const bodyEnd = Math.max(text[start - 2] === "\r" ? start - 2 : start - 1, 0);
  return { body: text.slice(0, bodyEnd), total: { line, ...total } };
}
