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
  // Kyrgyz Ү looks like Y too; so do letters of neighbouring alphabets a keyboard may offer
  // (Ukrainian and Macedonian І, Ј, Ѕ; Greek capitals).
  Ү: "Y",
  І: "I",
  Ј: "J",
  Ѕ: "S",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};

// Compatibility forms as their plain letter or digit (full-width Ａ１２ → A12), spaces dropped,
// upper case, look-alike letters as Latin: "а 12" → "A12".
export function foldReceiptNumber(typed: string): string {
  let folded = "";
  for (const c of typed.normalize("NFKC").replace(/\s+/g, "").toUpperCase()) folded += lookalikes[c] ?? c;
  return folded;
}
