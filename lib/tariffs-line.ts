// What an invoice's items were, in one line of the reader's language: "ЭЦП на носителе RuToken × 1, …".
export const tariffsLine = (items: { nameKy: string; nameRu: string; quantity: number }[], locale: string) =>
  items.map((i) => `${locale === "ru" ? i.nameRu : i.nameKy} × ${i.quantity}`).join(", ");
