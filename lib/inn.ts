// Kyrgyz taxpayer numbers (ИНН): 14 digits. The first is 0 for an organisation, 1 or 2 for a
// person (then digits 2–9 are the birth date DDMMYYYY). No check-digit algorithm is published,
// so none is applied.
export type InnKind = "organization" | "person";
export type InnProblem = "format" | "first-digit" | "birth-date";
export type InnCheck = { ok: true; inn: string; kind: InnKind } | { ok: false; problem: InnProblem };

export function normalizeInn(input: string): string {
  return input.replace(/[\s-]/g, "");
}

function isRealDate(day: number, month: number, year: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkInn(input: string): InnCheck {
  const inn = normalizeInn(input);
  if (!/^[0-9]{14}$/.test(inn)) return { ok: false, problem: "format" };
  const first = inn[0];
  if (first === "0") return { ok: true, inn, kind: "organization" };
  if (first !== "1" && first !== "2") return { ok: false, problem: "first-digit" };
  const day = Number(inn.slice(1, 3));
  const month = Number(inn.slice(3, 5));
  const year = Number(inn.slice(5, 9));
  if (year < 1900 || !isRealDate(day, month, year)) return { ok: false, problem: "birth-date" };
  return { ok: true, inn, kind: "person" };
}
