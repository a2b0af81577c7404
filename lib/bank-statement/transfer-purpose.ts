// What a transfer's purpose («назначение платежа») says about what it pays, read the way people
// write it: an invoice number in groups («1234 5678 9012 3452», «1234-5678-9012-3452»,
// «№1234567890123452»), and a mention of SOChI. One pass over the text, no backtracking.
import { invoiceNumberLength, isValidInvoiceNumber } from "../invoice-number";

const isDigit = (c: string) => c >= "0" && c <= "9";
// What may stand between the groups of one number.
const isJoiner = (c: string) => c === " " || c === "-" || c === "\u00a0" || c === "\u2011" || c === "\u2013";

// Every 16-digit number in the text whose check digit is right, once each, in order. A run of digit
// groups joined by spaces or dashes is tried group by group: «№ 1234 5678 9012 3452 1510,00» holds
// the number and the amount.
export function invoiceNumbersIn(purpose: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < purpose.length) {
    if (!isDigit(purpose[i]!)) {
      i++;
      continue;
    }
    // One run: groups of digits separated by single joiners.
    const groups: string[] = [];
    let group = "";
    while (i < purpose.length) {
      const c = purpose[i]!;
      if (isDigit(c)) group += c;
      else if (isJoiner(c) && group && i + 1 < purpose.length && isDigit(purpose[i + 1]!)) {
        groups.push(group);
        group = "";
      } else break;
      i++;
    }
    if (group) groups.push(group);
    // Consecutive groups that make exactly 16 digits (each start tried once).
    for (let start = 0; start < groups.length; start++) {
      let digits = "";
      for (let end = start; end < groups.length && digits.length < invoiceNumberLength; end++) {
        digits += groups[end];
        if (digits.length === invoiceNumberLength && isValidInvoiceNumber(digits) && !found.includes(digits))
          found.push(digits);
      }
    }
  }
  return found;
}

// Whether the purpose says it is for SOChI («СОчИ», «СОЧИ», «SOCHI», with Latin C or O typed into
// the Cyrillic word), or carries the payment code the company uses for it. Not «соц…»: that is
// the social fund.
export function mentionsSoci(purpose: string, paymentCode = ""): boolean {
  const lower = purpose.toLowerCase();
  if (lower.includes("sochi")) return true;
  if (lower.replace(/c/g, "с").replace(/o/g, "о").includes("сочи")) return true;
  return paymentCode !== "" && purpose.includes(paymentCode);
}
