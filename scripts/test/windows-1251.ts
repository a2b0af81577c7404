// Text as Windows-1251 bytes (ASCII and the basic Cyrillic letters only), for tests of files that
// Russian-language Windows programs save.
export const windows1251 = (text: string) =>
  Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      throw new Error(`no Windows-1251 byte for ${ch} in this test helper`);
    }),
  );
