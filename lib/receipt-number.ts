// Receipt and payment-order numbers as a person reads them. Staff switch keyboards between
// Kyrgyz, Russian and Latin all day, so the same paper receipt «А12» may be typed with a Cyrillic
// or a Latin A. Letters that look alike in the two alphabets are folded to the Latin one before
// the number is compared or stored as the key; the number as typed is kept beside it for display.
const lookalikes: Record<string, string> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
  У: "Y",
};

// Spaces dropped, upper case, look-alike Cyrillic letters as Latin: "а 12" → "A12".
export function foldReceiptNumber(typed: string): string {
  let folded = "";
  for (const c of typed.replace(/\s+/g, "").toUpperCase()) folded += lookalikes[c] ?? c;
  return folded;
}
