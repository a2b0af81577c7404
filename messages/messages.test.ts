import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActions } from "@/domain/audit/record-audit-event";
import ky from "./ky.json";
import ru from "./ru.json";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : values(value)));
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort();

function get(tree: Tree, key: string): string | undefined {
  return key
    .split(".")
    .reduce<string | Tree | undefined>(
      (node, part) => (typeof node === "object" ? node[part] : undefined),
      tree,
    ) as string | undefined;
}

describe("messages", () => {
  // The audit log names actions through a computed key, which the types cannot check.
  it("name every audit action", () => {
    for (const action of auditActions)
      expect(get(ky as Tree, `office.actions.${action}`), action).toBeTruthy();
  });

  it("ky and ru have the same keys", () => {
    expect(keys(ru as Tree).sort()).toEqual(keys(ky as Tree).sort());
  });

  it("ky and ru use the same placeholders and tags in every message", () => {
    for (const key of keys(ky as Tree))
      expect(placeholders(get(ru as Tree, key)!), key).toEqual(placeholders(get(ky as Tree, key)!));
  });

  it("has no empty message", () => {
    for (const text of [...values(ky as Tree), ...values(ru as Tree)]) expect(text.trim()).not.toBe("");
  });

  it("writes Kyrgyz letters with Cyrillic ң ө ү, never Latin look-alikes inside a Cyrillic word", () => {
    const mixed = values(ky as Tree)
      .flatMap((text) => text.split(/[^\p{L}]+/u))
      .filter((word) => /\p{Script=Cyrillic}/u.test(word) && /\p{Script=Latin}/u.test(word));
    expect(mixed).toEqual([]);
  });

  // Kazakh letters look right in a Kyrgyz word and are a typo there (қ for к, ғ for г, і for и).
  it("writes Kyrgyz without the Kazakh letters қ ғ ұ һ і ә", () => {
    const kazakh = values(ky as Tree).filter((text) => /[қғұһіәҚҒҰҺІӘ]/u.test(text));
    expect(kazakh).toEqual([]);
  });

  it("every key a component names exists", () => {
    // Literal keys in t("…") calls with a namespace from useTranslations/getTranslations in the
    // same file. Keys built at run time are checked by TypeScript (typed messages).
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name) && !name.endsWith(".test.ts")) files.push(full);
      }
    };
    ["app", "components"].forEach((dir) => walk(path.resolve(dir)));
    const missing: string[] = [];
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const declarations = [
        ...source.matchAll(
          /const (\w+) = (?:await )?(?:useTranslations|getTranslations)\((?:\{[^}]*namespace: )?"([\w.-]+)"/g,
        ),
      ].map((m) => ({ name: m[1]!, namespace: m[2]!, at: m.index! }));
      for (const name of new Set(declarations.map((d) => d.name))) {
        for (const call of source.matchAll(new RegExp(`\\b${name}(?:\\.rich)?\\("([\\w.]+)"`, "g"))) {
          // The nearest declaration of this name before the call is the one in scope.
          const declaration = declarations.filter((d) => d.name === name && d.at < call.index!).at(-1);
          if (!declaration) continue;
          const key = `${declaration.namespace}.${call[1]}`;
          checked += 1;
          if (get(ky as Tree, key) === undefined)
            missing.push(`${path.relative(process.cwd(), file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
