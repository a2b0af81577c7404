import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/routing";
import ky from "./ky.json";
import ru from "./ru.json";

// One word for one thing (docs/glossary.md, and the second content review's list of terms): each
// term's preferred form, and the forms it replaced, which must not come back. Checked over every
// message below.
type GlossaryTerm = {
  thing: string;
  // The preferred form: at least one message uses it.
  use: RegExp;
  // The forms it replaced: no message uses them.
  avoid: RegExp;
  // Messages that quote a name as another system writes it (a bank file's column), not our word.
  quotes?: string[];
};

// A letter is not part of a word boundary in JavaScript's \b, so words are bounded by \p{L}.
const glossary: Record<Locale, GlossaryTerm[]> = {
  ky: [
    { thing: "signature", use: /колтамга/iu, avoid: /кол\s+тамга/iu },
    { thing: "accountant (the role)", use: /эсепчи/iu, avoid: /бухгалтер/iu },
    {
      // «төлөө эсеби» (the invoice), «жеке эсеп» (the wallet's «Лицевой счет»), «эсептешүү
      // эсеби» (a bank account), «каттоо эсеби» (a staff member's sign-in): a bare «эсеп» would
      // read as any of them.
      thing: "an account of any kind, never a bare «эсеп»",
      use: /төлөө эсеб/iu,
      avoid: /(?<!(?:төлөө|жеке|эсептешүү|каттоо)\s)(?<!\p{L})эсе[пб](?!чи|теш|тик)\p{L}*/iu,
    },
    { thing: "the wallet's personal account", use: /жеке эсеп/iu, avoid: /лицевой сч/iu },
    { thing: "receipt", use: /квитанция/iu, avoid: /дүмүрчөк/iu },
    { thing: "awaiting payment", use: /төлөнө элек/iu, avoid: /төлөмдү күтүүдө/iu },
    { thing: "organisation (client type)", use: /уюм/iu, avoid: /юридикалык жак/iu },
    { thing: "application", use: /өтүнмө/iu, avoid: /(?<!\p{L})арыз/iu },
    { thing: "at least", use: /кеминде/iu, avoid: /эң аз(?!\p{L})|жок дегенде/iu },
    {
      thing: "characters not allowed",
      use: /жол берилбеген белгилер/iu,
      avoid: /(?:уруксат берилбеген|уруксат жок|жараксыз) белгилер/iu,
    },
    { thing: "header row", use: /баш сап/iu, avoid: /башкы сап/iu },
    { thing: "refresh the page", use: /жаңырт/iu, avoid: /барагы?\p{L}* жаңыла/iu },
    // Case matters here: «Сиз» with a capital, as the company's printed guide writes it.
    { thing: "you", use: /(?<!\p{L})Сиз/u, avoid: /(?<!\p{L})сиз/u },
    { thing: "e-wallet", use: /капчык/iu, avoid: /кошел[её]к/iu },
    {
      thing: "e-mail",
      use: /электрондук почта/iu,
      avoid: /e-?mail|имейл/iu,
      quotes: ["office.clientImport.lead", "office.clientImport.problems.header"],
    },
  ],
  ru: [
    {
      thing: "invoice, account (with ё)",
      use: /счёт/iu,
      avoid: /(?<!\p{L})счет(?!\p{L})/iu,
      quotes: ["office.settings.statementPayerAccountColumn"],
    },
    { thing: "payment (with ё)", use: /платёж/iu, avoid: /(?<!\p{L})платеж(?!\p{L})/iu },
    { thing: "e-wallet (with ё)", use: /кошелёк/iu, avoid: /кошелек/iu },
    { thing: "reporting (with ё)", use: /отчёт/iu, avoid: /отчет/iu },
    { thing: "organisation (client type)", use: /организаци/iu, avoid: /юридическ\p{L}* лиц|юрлиц/iu },
    { thing: "awaiting payment", use: /ожидает оплаты/iu, avoid: /жд[её]т оплаты/iu },
    {
      thing: "electronic signature",
      use: /электронн\p{L}* цифров\p{L}* подпис/iu,
      avoid: /электронно-цифров/iu,
    },
    { thing: "e-mail", use: /электронн\p{L}* почт/iu, avoid: /e-mail|имейл|емейл/iu },
  ],
};

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : entries(value, `${prefix}${key}.`),
  );
}

const files = { ky: entries(ky as Tree), ru: entries(ru as Tree) };

describe.each(["ky", "ru"] as const)("the glossary's terms in messages/%s.json", (locale) => {
  it.each(glossary[locale].map((term) => [term.thing, term] as const))("%s: one way", (_, term) => {
    const messages = files[locale];
    expect(messages.some(([, text]) => term.use.test(text))).toBe(true);
    const other = messages
      .filter(([key, text]) => term.avoid.test(text) && !term.quotes?.includes(key))
      .map(([key, text]) => `${key}: ${text.match(term.avoid)![0]}`);
    expect(other).toEqual([]);
  });
});
