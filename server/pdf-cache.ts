import { LRUCache } from "lru-cache";

// Rendered invoice PDFs by (number, locale, status): an issued invoice's text never changes
// (its buyer and items are fixed at issue), only its status does, so a repeated download is
// served from memory instead of embedding the fonts again. Bounded by size; the least recently
// used go first.
const pdfs = new LRUCache<string, Uint8Array>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (bytes) => Math.max(bytes.byteLength, 1),
});

export async function cachedPdf(
  // `printed`: what else the PDF prints that an admin may change in the settings (the legal name,
  // the bank details) or a payment may change (what is due).
  key: { number: string; locale: string; status: string; printed: string },
  render: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const id = `${key.number}:${key.locale}:${key.status}:${key.printed}`;
  const cached = pdfs.get(id);
  if (cached) return cached;
  const bytes = await render();
  pdfs.set(id, bytes);
  return bytes;
}
