// Money is integer tyiyn (1 som = 100 tyiyn) everywhere; these are the only conversions.
export const tyiynPerSom = 100;

export class MoneyError extends Error {
  override name = "MoneyError";
}

export function assertTyiyn(value: number): number {
  if (!Number.isSafeInteger(value)) throw new MoneyError(`not a whole number of tyiyn: ${value}`);
  return value;
}

export function somToTyiyn(som: number): number {
  if (!Number.isSafeInteger(som)) throw new MoneyError(`not a whole number of som: ${som}`);
  return assertTyiyn(som * tyiynPerSom);
}

export function addTyiyn(...amounts: number[]): number {
  return assertTyiyn(amounts.reduce((sum, amount) => sum + assertTyiyn(amount), 0));
}

export function multiplyTyiyn(unitPrice: number, quantity: number): number {
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw new MoneyError(`bad quantity: ${quantity}`);
  return assertTyiyn(assertTyiyn(unitPrice) * quantity);
}

const decimalSom = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

// The largest amount parseDecimalSom accepts (9 999 999 999 999.99 som): below 2^53, so every
// sum is an exact number here, and far below the 64-bit columns the database keeps them in.
export const maxDecimalSomTyiyn = 999_999_999_999_999;

// A 64-bit integer from the database (bigint from Prisma and better-sqlite3, a decimal string
// from pg) as a number of tyiyn, only if that is exact; otherwise MoneyError, never a rounded
// amount.
export function tyiynFromDatabase(value: bigint | number | string): number {
  const exact =
    typeof value === "bigint"
      ? value
      : typeof value === "string" && /^-?\d+$/.test(value)
        ? BigInt(value)
        : null;
  if (exact === null) return assertTyiyn(typeof value === "number" ? value : Number.NaN);
  if (exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyError(`an amount beyond exact arithmetic: ${exact} tyiyn`);
  }
  return Number(exact);
}

// "1510", "1510.5", "1510.00" → tyiyn; anything else (signs, exponents, commas, three decimals,
// leading zeros, non-ASCII digits) → null.
export function parseDecimalSom(text: string): number | null {
  const match = decimalSom.exec(text);
  if (!match) return null;
  const fraction = (match[2] ?? "").padEnd(2, "0");
  return Number(match[1]) * tyiynPerSom + Number(fraction);
}

// 151050 → "1510.50": the machine form (OSMP sums, XML, PDFs' data).
export function toDecimalSom(tyiyn: number): string {
  assertTyiyn(tyiyn);
  const sign = tyiyn < 0 ? "-" : "";
  const abs = Math.abs(tyiyn);
  const som = Math.floor(abs / tyiynPerSom);
  const rest = String(abs % tyiynPerSom).padStart(2, "0");
  return `${sign}${som}.${rest}`;
}

const groupSeparator = "\u00a0";

// 151050 → "1 510,00" (no-break space between thousands, comma before tyiyn): the Kyrgyz and
// Russian convention. The currency word comes from the messages.
export function formatSomAmount(tyiyn: number): string {
  const [whole, fraction] = toDecimalSom(tyiyn).split(".") as [string, string];
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "");
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
  return `${sign}${grouped},${fraction}`;
}
