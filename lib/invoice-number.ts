import { hasValidLuhnDigit, luhnCheckDigit } from "./luhn";

// An invoice number: 16 digits, the first not 0, the last a Luhn check digit over the first 15.
// Digits 2–15 are random, so the number says nothing about order or time and cannot be guessed.
export const invoiceNumberLength = 16;

export type RandomBytes = (size: number) => Uint8Array;

function randomDigits(count: number, randomBytes: RandomBytes, alphabetStart = 0): string {
  const span = 10 - alphabetStart;
  const limit = 256 - (256 % span);
  let out = "";
  while (out.length < count) {
    for (const byte of randomBytes(count * 2)) {
      if (byte >= limit) continue;
      out += String(alphabetStart + (byte % span));
      if (out.length === count) break;
    }
  }
  return out;
}

export function generateInvoiceNumber(randomBytes: RandomBytes): string {
  const payload = randomDigits(1, randomBytes, 1) + randomDigits(14, randomBytes);
  return payload + String(luhnCheckDigit(payload));
}

// What a person typed → the 16 digits, or null. Spaces and dashes are allowed between digits.
export function normalizeInvoiceNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^[1-9][0-9]{15}$/.test(digits) ? digits : null;
}

// Why what a person typed is not an invoice number, told apart so that they know what to fix:
// letters or other signs in it, a digit too many or too few (with how many were typed), or 16
// digits that no invoice can have (a mistyped digit: the check digit does not match, or a
// leading 0).
export type InvoiceNumberProblem = "checkCharacters" | "checkLength" | "checkDigit";

export function invoiceNumberProblem(
  input: string,
): { problem: InvoiceNumberProblem; digits: number } | null {
  const compact = input.replace(/[\s-]/g, "");
  const digits = compact.replace(/\D/g, "").length;
  if (compact.length !== digits) return { problem: "checkCharacters", digits };
  if (digits !== invoiceNumberLength) return { problem: "checkLength", digits };
  return isValidInvoiceNumber(compact) ? null : { problem: "checkDigit", digits };
}

export function isValidInvoiceNumber(input: string): boolean {
  const digits = normalizeInvoiceNumber(input);
  return digits !== null && hasValidLuhnDigit(digits);
}

// "1234567812345670" → "1234 5678 1234 5670"
export function groupInvoiceNumber(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, "$1 ");
}
