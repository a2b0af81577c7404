import type { ReactNode } from "react";

// A label as the wallet shows it on screen: always Russian, so marked as such for screen readers.
export function WalletLabel({ children }: { children: ReactNode }) {
  return (
    <span
      lang="ru"
      className="whitespace-nowrap rounded border border-brand-600 bg-brand-50 px-1.5 py-0.5 font-semibold text-brand-800 print:border-black print:bg-white"
    >
      {children}
    </span>
  );
}

export const walletLabelTag = { w: (chunks: ReactNode) => <WalletLabel>{chunks}</WalletLabel> };
