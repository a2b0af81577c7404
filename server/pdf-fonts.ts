import { readFile } from "node:fs/promises";
import path from "node:path";
import type { InvoicePdfFonts } from "@/domain/invoices/render-invoice-pdf";

let fonts: Promise<InvoicePdfFonts> | undefined;

// DejaVu Sans from the dejavu-fonts-ttf npm package: full Cyrillic, Kyrgyz letters included.
export function loadPdfFonts(): Promise<InvoicePdfFonts> {
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  fonts ??= Promise.all([
    readFile(path.join(dir, "DejaVuSans.ttf")),
    readFile(path.join(dir, "DejaVuSans-Bold.ttf")),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}
