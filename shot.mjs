import { chromium, devices } from "@playwright/test";
const [, , url, out] = process.argv;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const ctx = await browser.newContext({ ...devices["Pixel 5"] });
const page = await ctx.newPage();
await page.goto(url);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const parts = 4;
const seg = Math.ceil(h / parts);
for (let i = 0; i < parts; i++)
  await page.screenshot({
    path: `${out}${i}.png`,
    fullPage: true,
    clip: { x: 0, y: i * seg, width: 393, height: Math.min(seg, h - i * seg) },
  });
console.log(h);
await browser.close();
