import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// The text on the first page of a PDF, its pieces joined by spaces.
export async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  try {
    const content = await (await document.getPage(1)).getTextContent();
    return content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
  } finally {
    await document.destroy();
  }
}
