// A tariff's name in the reader's language (tariffs keep both, as an admin wrote them).
export const tariffName = (tariff: { nameKy: string; nameRu: string }, locale: string) =>
  locale === "ru" ? tariff.nameRu : tariff.nameKy;

// What an invoice's items were, in one line of the reader's language: "ЭЦП на носителе RuToken × 1, …".
export const tariffsLine = (items: { nameKy: string; nameRu: string; quantity: number }[], locale: string) =>
  items.map((i) => `${tariffName(i, locale)} × ${i.quantity}`).join(", ");
