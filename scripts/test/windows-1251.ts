// Text as Windows-1251 bytes (ASCII, the basic Cyrillic letters, Ё, ё, № and quotes «»), for tests of files
// that Russian-language Windows programs save.
const others: Record<string, number> = { Ё: 0xa8, ё: 0xb8, "№": 0xb9, "«": 0xab, "»": 0xbb };
export const windows1251 = (text: string) =>
  Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (others[ch] !== undefined) return others[ch];
      throw new Error(`no Windows-1251 byte for ${ch} in this test helper`);
    }),
  );
