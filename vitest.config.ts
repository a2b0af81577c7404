import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    // One test file per core. Vitest's own default is one fewer than the cores: a single worker on
    // the 2-core CI machine, where the data tests then waited on PostgreSQL one file at a time
    // (180 s; 140 s with two).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,domain,server,i18n,scripts,messages,components}/**/*.test.ts"],
          exclude: ["**/*.data.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "data",
          include: ["{lib,domain,server,scripts}/**/*.data.test.ts"],
          exclude: ["node_modules/**"],
          globalSetup: [path.join(root, "scripts/test/postgres-global-setup.ts")],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "system",
          include: ["tests/system/**/*.system.test.ts"],
          globalSetup: [path.join(root, "scripts/test/postgres-global-setup.ts")],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
