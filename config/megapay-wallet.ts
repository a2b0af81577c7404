// The MegaPay wallet's own labels, exactly as its (Russian) interface shows them, in both
// locales; and the wallet's help page. The one place they are written: the guide's drawings use
// them from here, and the messages name them as {wallet.<key>}, filled in when the messages are
// loaded (i18n/wallet-labels.ts). If MegaPay renames a button, change it here.
export const walletLabels = {
  payment: "Оплата",
  other: "Другие",
  account: "Лицевой счет",
  amount: "Сумма",
  pay: "Оплатить",
  favourites: "Избранное",
  soci: "СОчИ",
  eds: "Оплата ЭЦП",
  // The app stores' button on the wallet's page (Play Market and App Store, in Russian).
  install: "Установить",
} as const;

export type WalletLabel = keyof typeof walletLabels;

export const megapayHelpUrl = "https://megacom.kg/megapay/kg.html";
