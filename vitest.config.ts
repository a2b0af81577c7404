import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,domain,server,i18n,scripts,messages}/**/*.test.ts"],
          exclude: ["**/*.data.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "data",
          include: ["**/*.data.test.ts"],
          exclude: ["node_modules/**"],
          globalSetup: [path.join(root, "server/db/testing/postgres-global-setup.ts")],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
