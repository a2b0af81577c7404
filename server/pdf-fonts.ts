import { readFile } from "node:fs/promises";
import path from "node:path";
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

let fonts: Promise<PdfFonts> | undefined;

// DejaVu Sans from the dejavu-fonts-ttf npm package: full Cyrillic, Kyrgyz letters included.
export function loadPdfFonts(): Promise<PdfFonts> {
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  fonts ??= Promise.all([
    readFile(path.join(dir, "DejaVuSans.ttf")),
    readFile(path.join(dir, "DejaVuSans-Bold.ttf")),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}
