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

export function splitTotal(text: string): {
  body: string;
  total: { line: number; count: number; sum: string } | null;
} {
  const lines = text.split(/\r?\n/);
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === "") last--;
  const total = last >= 0 ? parseTotalLine(lines[last]!) : null;
  if (!total) return { body: text, total: null };
  return { body: lines.slice(0, last).join("\n"), total: { line: last + 1, ...total } };
}
