// Words that mix Latin and Cyrillic letters: «DOS ТЕК GROUP» with a Cyrillic Т and Е looks
// right and is found by no search, copied into no bank form correctly. Letters only: digits
// and punctuation belong to no script.
export function mixedScriptWords(text: string): string[] {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  return [...new Set(words.filter((w) => /\p{Script=Latin}/u.test(w) && /\p{Script=Cyrillic}/u.test(w)))];
}
