import { describe, expect, it } from "vitest";
import ky from "./ky.json";
import ru from "./ru.json";
import { helpQuestions, helpTopics, isHelpTopic } from "@/config/help-topics";

type Tree = { [key: string]: string | Tree };
const at = (tree: Tree, key: string) =>
  key
    .split(".")
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === "object" ? node[part] : undefined),
      tree,
    );

// The help pages name their questions by computed keys, which the typed messages cannot check.
describe.each([
  ["ky", ky],
  ["ru", ru],
] as const)("the help topics in %s", (_, messages) => {
  it.each(helpTopics)("%s has a title, a summary and every question with its answer", (topic) => {
    for (const key of ["title", "summary"])
      expect(at(messages as Tree, `help.${topic}.${key}`)).toBeTypeOf("string");
    for (const question of helpQuestions[topic] as readonly string[])
      for (const part of ["q", "a"])
        expect(at(messages as Tree, `help.${topic}.faq.${question}.${part}`), question).toBeTypeOf("string");
    // And no question in the messages that the page would not show.
    expect(Object.keys((at(messages as Tree, `help.${topic}.faq`) ?? {}) as Tree).sort()).toEqual(
      [...helpQuestions[topic]].sort(),
    );
  });
});

it("knows its topics and nothing else", () => {
  expect(isHelpTopic("soci")).toBe(true);
  expect(isHelpTopic("toString")).toBe(false);
  expect(isHelpTopic("")).toBe(false);
});
