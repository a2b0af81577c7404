// The company's name and legal form, written once: messages name them as {company.name} and
// {company.legalForm} (i18n/config-references.ts), code imports them from here. The name is in
// Latin letters only (the printed guide's «ДОС ТЭК ГРУПП» is its Kyrgyz transcription).
export const companyName = "DOS TEK GROUP";

// Limited liability company. Kyrgyz: «ЖЧК» (жоопкерчилиги чектелген коом) is the usual
// abbreviation; the company's own site writes «МЧК»: to be confirmed by the company, and changed
// here only. Russian: «ОсОО» (общество с ограниченной ответственностью), as registered in the
// Kyrgyz Republic. Admins may also set the whole legal name in the back office's settings.
export const legalForm = { ky: "ЖЧК", ru: "ОсОО" } as const;

// Words a staff password must not lean on (lib/password-strength.ts): the company's names as
// people write them.
export const companyPasswordWords = [
  "dostek",
  "dos tek",
  "dostek.kg",
  "дос тэк",
  "достек",
  "megapay",
  "сочи",
  "soci",
];
