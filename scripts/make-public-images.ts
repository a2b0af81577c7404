// npm run make:public-images: draws the files browsers, phones and link previews look for into
// public/ (favicon.ico, apple-touch-icon.png, the web app manifest's icons, a social preview per
// language) with the machine's Chromium, from app/icon.svg and the messages. Run it again when
// the icon or the site's name or description changes, and commit what it writes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../playwright.config";
import { fillConfigReferences } from "@/i18n/config-references";

const root = path.resolve(import.meta.dirname, "..");
const publicDir = path.join(root, "public");
const iconSvg = readFileSync(path.join(root, "app/icon.svg"), "utf8");
const brand = "#174c94";

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();

async function draw(html: string, width: number, height: number): Promise<Buffer> {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; }
    svg.icon { display: block; width: 100%; height: 100%; }
  </style></head><body>${html}</body></html>`);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
}

// The icon as it is, and full-bleed on the brand colour for home screens (phones round it).
const icon = (size: number) => draw(iconSvg.replace("<svg ", '<svg class="icon" '), size, size);
const square = (size: number) =>
  draw(
    `<div style="width:${size}px;height:${size}px;background:${brand};display:flex;align-items:center;justify-content:center">
      <span style="font:700 ${Math.round(size * 0.42)}px Arial, 'DejaVu Sans', sans-serif;color:#fff">DT</span></div>`,
    size,
    size,
  );

// favicon.ico: an ICO directory whose entries are PNG images (every browser since IE Vista).
function ico(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

writeFileSync(
  path.join(publicDir, "favicon.ico"),
  ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await icon(size) })))),
);
writeFileSync(path.join(publicDir, "apple-touch-icon.png"), await square(180));
writeFileSync(path.join(publicDir, "icon-192.png"), await square(192));
writeFileSync(path.join(publicDir, "icon-512.png"), await square(512));

for (const locale of ["ky", "ru"] as const) {
  const messages = JSON.parse(readFileSync(path.join(root, `messages/${locale}.json`), "utf8")) as {
    meta: Record<string, string>;
  };
  const { meta } = fillConfigReferences(messages, locale);
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const png = await draw(
    `<div style="width:1200px;height:630px;box-sizing:border-box;padding:72px 80px;background:${brand};color:#fff;font-family:'DejaVu Sans',Arial,sans-serif;display:flex;flex-direction:column;justify-content:space-between">
      <div style="font-size:40px;font-weight:700;letter-spacing:1px">${escape(meta.siteName!)}</div>
      <div style="font-size:60px;font-weight:700;line-height:1.15">${escape(meta.homeTitle!.replace(/ — .*$/, ""))}</div>
      <div style="font-size:30px;opacity:.9">dostek.kg · MegaPay</div>
    </div>`,
    1200,
    630,
  );
  writeFileSync(path.join(publicDir, `og-${locale}.png`), png);
}

await browser.close();
console.log(
  "wrote public/favicon.ico, apple-touch-icon.png, icon-192.png, icon-512.png, og-ky.png, og-ru.png",
);
