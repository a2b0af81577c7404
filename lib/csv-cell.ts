// A text cell for a CSV that people open in a spreadsheet: one that starts with =, +, -, @, a
// tab or a carriage return would be run as a formula ("CSV injection"), so it gets a leading
// apostrophe, which spreadsheets show as text. Numbers are written as numbers, not through here.
export function neutralizeCsvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

// The byte-order mark that makes Excel read a CSV file as UTF-8 (Cyrillic included).
export const utf8Bom = "\ufeff";
