// Characters that have no place in a name typed into a form.

// C0 and C1 control characters (tabs and line breaks count as spaces, not as controls).
export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(value);
}

// Characters that reorder or hide text, so that what is stored reads differently from what is
// shown ("Trojan Source" spoofing): the bidirectional embeddings and overrides U+202A–U+202E,
// the isolates U+2066–U+2069, the direction marks U+200E, U+200F and U+061C, and the invisible
// zero-width space, joiners, word joiner, invisible operators and byte-order mark.
const invisible = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export function hasInvisibleCharacters(value: string): boolean {
  return invisible.test(value);
}

// A name as the search box compares it: Unicode-aware lower case (SQLite's own only knows ASCII,
// so «осоо агым» would not find «ОсОО Агым»), ё as е, the quotation marks people type or leave
// out («», "", „“) dropped, runs of spaces as one.
export function foldForSearch(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/["'«»„“”‘’]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
