import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

export interface InvoicePdfContent {
  invoiceNumber: string;
  language: string;
  title: string;
  lines: { label: string; value: string }[];
  itemHeaders: [string, string, string, string];
  items: [string, string, string, string][];
  total: [string, string];
  footer: string[];
  // Bank transfer: the recipient's details and the purpose to copy (or one line to ask the office);
  // null once nothing is due.
  transfer: { title: string; lines: { label: string; value: string }[] } | null;
}

export interface InvoicePdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

const margin = 50;
const ink = rgb(0.07, 0.1, 0.16);

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// A one-page A4 invoice with the fonts embedded (DejaVu Sans covers ң, ө, ү).
export async function renderInvoicePdf(
  content: InvoicePdfContent,
  fonts: InvoicePdfFonts,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(content.title);
  pdf.setSubject(content.invoiceNumber);
  pdf.setLanguage(content.language);
  pdf.setProducer("dostek.kg");
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const page: PDFPage = pdf.addPage([595.28, 841.89]);
  const width = page.getWidth() - margin * 2;
  let y = page.getHeight() - margin;

  const draw = (text: string, x: number, size: number, font = regular) =>
    page.drawText(text, { x, y, size, font, color: ink });

  for (const line of wrap(content.title, bold, 18, width)) {
    draw(line, margin, 18, bold);
    y -= 24;
  }
  y -= 6;
  const drawPairs = (pairs: { label: string; value: string }[]) => {
    for (const { label, value } of pairs) {
      if (label) draw(`${label}:`, margin, 11, bold);
      const valueLines = wrap(value, regular, 11, label ? width - 170 : width);
      for (const v of valueLines) {
        draw(v, label ? margin + 170 : margin, 11);
        y -= 16;
      }
    }
  };
  drawPairs(content.lines);

  y -= 14;
  const columns = [margin, margin + width - 250, margin + width - 170, margin + width - 80];
  const right = (text: string, column: number, size: number, font: PDFFont, columnWidth: number) =>
    page.drawText(text, {
      x: columns[column]! + columnWidth - font.widthOfTextAtSize(text, size),
      y,
      size,
      font,
      color: ink,
    });
  draw(content.itemHeaders[0], columns[0]!, 10, bold);
  right(content.itemHeaders[1], 1, 10, bold, 60);
  right(content.itemHeaders[2], 2, 10, bold, 80);
  right(content.itemHeaders[3], 3, 10, bold, 80);
  y -= 6;
  page.drawLine({ start: { x: margin, y }, end: { x: margin + width, y }, thickness: 0.7, color: ink });
  y -= 14;
  for (const [name, quantity, price, amount] of content.items) {
    const nameLines = wrap(name, regular, 10, width - 270);
    right(quantity, 1, 10, regular, 60);
    right(price, 2, 10, regular, 80);
    right(amount, 3, 10, regular, 80);
    for (const line of nameLines) {
      draw(line, columns[0]!, 10);
      y -= 14;
    }
    y -= 4;
  }
  page.drawLine({
    start: { x: margin, y: y + 8 },
    end: { x: margin + width, y: y + 8 },
    thickness: 0.7,
    color: ink,
  });
  y -= 8;
  right(content.total[0], 1, 12, bold, 150);
  right(content.total[1], 3, 12, bold, 80);

  y -= 36;
  if (content.transfer) {
    draw(content.transfer.title, margin, 12, bold);
    y -= 18;
    drawPairs(content.transfer.lines);
    y -= 14;
  }
  for (const text of content.footer) {
    for (const line of wrap(text, regular, 10, width)) {
      draw(line, margin, 10);
      y -= 14;
    }
    y -= 4;
  }
  return pdf.save();
}
