import { walletLabels, type WalletLabel } from "@/config/megapay-wallet";

// Messages name the wallet's labels as {wallet.<key>} (config/megapay-wallet.ts), so that the
// words a payer must find on the wallet's screen are written once. They are filled in when the
// messages are loaded, before next-intl parses them; a key that does not exist stops the load.
const reference = /\{wallet\.([a-zA-Z]+)\}/g;

export function fillWalletLabels<T>(messages: T): T {
  return fill(messages) as T;
}

function fill(value: unknown): unknown {
  if (typeof value === "string")
    return value.replace(reference, (_, key: string) => {
      if (!Object.hasOwn(walletLabels, key))
        throw new Error(`messages name an unknown wallet label {wallet.${key}}`);
      return walletLabels[key as WalletLabel];
    });
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]));
  return value;
}
