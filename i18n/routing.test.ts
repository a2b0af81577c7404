import { describe, expect, it } from "vitest";
import nextConfig from "../next.config.js";
import { routing } from "./routing";

// next.config.js cannot import this TypeScript module, so it names the languages itself in the
// rewrite that keeps non-language first segments away from the cached [locale] pages.
describe("the rewrite of paths that start with no language", () => {
  it("names exactly the languages of the routing", async () => {
    const rewrites = await nextConfig.rewrites!();
    const afterFiles = (Array.isArray(rewrites) ? rewrites : rewrites.afterFiles) ?? [];
    const sources = afterFiles.map((r: { source: string }) => r.source).join(" ");
    const named = /\(\?:([a-z|_]+)\)/.exec(sources)?.[1]?.split("|") ?? [];
    expect(named.filter((segment) => segment !== "api" && segment !== "_next").sort()).toEqual(
      [...routing.locales].sort(),
    );
  });
});
