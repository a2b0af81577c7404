import { describe, expect, it } from "vitest";
import { glossary } from "./glossary";
import ky from "./ky.json";
import ru from "./ru.json";

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
