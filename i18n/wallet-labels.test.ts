import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { walletLabels } from "@/config/megapay-wallet";
import { fillWalletLabels } from "./wallet-labels";

const messages = (locale: string) =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../messages/${locale}.json`), "utf8"),
  ) as unknown;

describe("the wallet's labels in the messages", () => {
  it("are filled in from the config, at any depth", () => {
    expect(fillWalletLabels({ a: { b: "«{wallet.pay}» → «{wallet.eds}»" }, n: 1 })).toEqual({
      a: { b: "«Оплатить» → «Оплата ЭЦП»" },
      n: 1,
    });
  });

  it("stop the load when a message names a label that does not exist", () => {
    expect(() => fillWalletLabels({ a: "«{wallet.payNow}»" })).toThrow(/wallet\.payNow/);
  });

  // One place: a label written out in a message instead of named would drift from the drawings.
  it.each(["ky", "ru"])("are named, never written out, in messages/%s.json", (locale) => {
    const raw = JSON.stringify(messages(locale));
    for (const label of Object.values(walletLabels)) {
      expect(raw, label).not.toContain(`«${label}»`);
      expect(raw, label).not.toContain(`<w>${label}</w>`);
    }
    expect(raw).toContain("{wallet.");
    expect(JSON.stringify(fillWalletLabels(messages(locale)))).not.toContain("{wallet.");
  });
});
