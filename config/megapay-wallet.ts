// The MegaPay wallet's own labels, exactly as its (Russian) interface shows them, in both
// locales; and the wallet's help page.
export const walletLabels = {
  payment: "Оплата",
  other: "Другие",
  account: "Лицевой счет",
  pay: "Оплатить",
  favourites: "Избранное",
  soci: "СОчИ",
  eds: "Оплата ЭЦП",
} as const;

export const megapayHelpUrl = "https://megacom.kg/megapay/kg.html";
