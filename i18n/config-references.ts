import { companyName, legalForm } from "@/config/company";
import { walletLabels } from "@/config/megapay-wallet";
import type { Locale } from "./routing";

// Words kept in config/ and named in the messages, so that they are written once: the MegaPay
// wallet's labels as {wallet.<key>} (config/megapay-wallet.ts), the company's name and legal form
// as {company.name} and {company.legalForm} (config/company.ts). They are filled in when the
// messages are loaded, before next-intl parses them; a name that does not exist stops the load.
const reference = /\{(wallet|company)\.([a-zA-Z]+)\}/g;

function valuesFor(locale: Locale): Record<"wallet" | "company", Record<string, string>> {
  return { wallet: walletLabels, company: { name: companyName, legalForm: legalForm[locale] } };
}

export function fillConfigReferences<T>(messages: T, locale: Locale): T {
  const values = valuesFor(locale);
  const fill = (value: unknown): unknown => {
    if (typeof value === "string")
      return value.replace(reference, (whole, group: "wallet" | "company", key: string) => {
        if (!Object.hasOwn(values[group], key)) throw new Error(`messages name an unknown value ${whole}`);
        return values[group][key]!;
      });
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]));
    return value;
  };
  return fill(messages) as T;
}
