// How hard a new staff password is to guess, by zxcvbn-ts (offline: its common-password, name
// and word lists ship in the packages): a score of 0–4, where 3 means about 10^8 guesses and more.
// The person's own email, name and the company's names count as known words.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

let factory: ZxcvbnFactory | undefined;

const zxcvbn = () =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
  }));

export const minimumPasswordScore = 3;

// Words the password must not lean on: the email's local part, the name's words, the company's.
export function personalWords(
  person: { email: string; name: string },
  extra: readonly string[] = [],
): string[] {
  return [person.email, person.email.split("@")[0] ?? "", ...person.name.split(/\s+/), ...extra]
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length >= 3);
}

// The Russian (ЙЦУКЕН) keyboard's keys as the Latin (QWERTY) letters on the same keys: zxcvbn's
// keyboard patterns and English dictionaries then see "йцукенгшщз" as the "qwertyuiop" it is
// typed as, and "пароль" as "gfhjkm" (a known weak password). Kyrgyz letters stay as they are.
const cyrillicRow = "йцукенгшщзхъфывапролджэячсмитьбюё";
const latinRow = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const asTypedOnLatin = (password: string) =>
  [...password.toLowerCase()].map((c) => latinRow[cyrillicRow.indexOf(c)] ?? c).join("");

export function passwordScore(password: string, userInputs: readonly string[]): number {
  // zxcvbn's time grows with the length; past 100 characters only the first 100 are judged.
  const judged = password.slice(0, 100);
  const check = (text: string) => zxcvbn().check(text, [...userInputs]).score;
  const typed = asTypedOnLatin(judged);
  return typed === judged.toLowerCase() ? check(judged) : Math.min(check(judged), check(typed));
}

export const isStrongPassword = (password: string, userInputs: readonly string[]) =>
  passwordScore(password, userInputs) >= minimumPasswordScore;
