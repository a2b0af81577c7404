// Kyrgyz mobile numbers: +996 and nine digits whose first is 2, 5, 7 or 9 (the mobile ranges);
// people type them with or without +996 / 996 / a leading 0, with spaces, dashes or brackets.
const mobileNsn = /^[2579]\d{8}$/;

export function normalizeKyrgyzMobile(input: string): string | null {
  const number = normalizeKyrgyzNumber(input);
  return number && mobileNsn.test(number.slice(4)) ? number : null;
}

// Any Kyrgyz number, landlines too (an office's phone, such as Osh's 03222 numbers).
export function normalizeKyrgyzNumber(input: string): string | null {
  if (!/^[\d\s()+-]*$/.test(input)) return null;
  let digits = input.replace(/[\s()-]/g, "");
  if (digits.startsWith("+")) {
    if (!digits.startsWith("+996")) return null;
    digits = digits.slice(4);
  } else if (digits.length === 12 && digits.startsWith("996")) {
    digits = digits.slice(3);
  } else if (digits.length === 10 && digits.startsWith("0")) {
    digits = digits.slice(1);
  }
  return /^[1-9]\d{8}$/.test(digits) ? `+996${digits}` : null;
}

// "+996555123456" → "+996 555 123 456"
export function formatKyrgyzPhone(e164: string): string {
  const match = /^\+996(\d{3})(\d{3})(\d{3})$/.exec(e164);
  return match ? `+996 ${match[1]} ${match[2]} ${match[3]}` : e164;
}
