import boundaries from "eslint-plugin-boundaries";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers of ARCHITECTURE.md: app → components → domain → server → lib. Each element lists
// what it may import; anything else is an error. Test files (*.test.ts) and the test and tooling
// folders may import anything.
const element = (type, pattern) => ({ type, pattern, partialMatch: false });
const allow = (from, to, extra = {}) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } }, ...extra },
});

const everything = [
  "commands",
  "app",
  "components",
  "domain",
  "database",
  "server",
  "lib",
  "i18n",
  "config",
  "messages",
  "prisma",
  "tooling",
];

const layers = {
  files: [{ category: "test", pattern: "**/*.test.ts" }],
  elements: [
    element("commands", "commands/**"),
    element("app", "app/**"),
    element("components", "components/**"),
    element("domain", "domain/**"),
    element("database", "server/db/**"),
    element("server", "server/**"),
    element("lib", "lib/**"),
    element("i18n", "i18n/**"),
    element("config", "config/**"),
    element("messages", "messages/**"),
    element("prisma", "prisma/**"),
    element("tooling", "{scripts,tests,e2e}/**"),
  ],
  policies: [
    // The programs (npm start's server and worker, the database and admin commands): compiled by
    // npm run build, run by node in production.
    allow("commands", [
      "commands",
      "components",
      "domain",
      "database",
      "server",
      "lib",
      "i18n",
      "config",
      "messages",
    ]),
    allow("app", ["app", "components", "domain", "database", "server", "lib", "i18n", "config", "messages"]),
    allow("components", ["components", "lib", "i18n", "config", "messages"]),
    // Components may know the shapes domain functions return, not call them.
    allow("components", ["domain"], { dependency: { kind: "type" } }),
    allow("domain", ["domain", "database", "lib", "config"]),
    // Infrastructure never imports the domain: route wrappers take the handler they wrap.
    allow("server", ["server", "database", "lib", "config", "i18n", "messages"]),
    allow("database", ["database", "lib", "server"]),
    allow("lib", ["lib"]),
    allow("i18n", ["i18n", "messages", "config"]),
    allow("config", ["config"]),
    {
      from: { file: { categories: "test" } },
      allow: { to: { element: { types: { anyOf: everything } } } },
    },
    allow("tooling", everything),
  ],
};

const prismaOnlyInDb = {
  group: ["@prisma/client", "@prisma/client/*", "**/db/generated/*"],
  message: "Use the database module (@/server/db) instead of Prisma directly.",
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".bench/**",
      "node_modules/**",
      "server/db/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [prismaOnlyInDb] }],
    },
  },
  {
    // Playwright runs e2e/**/*.{spec,test}.ts. The rule's options are given whole again: a later
    // block replaces a rule's options rather than adding to them.
    files: ["e2e/**/*.{spec,test}.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [prismaOnlyInDb],
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test", "default"],
              message: "Import test from ./fixtures: there each test sends a client address of its own.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/db/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": layers.elements,
      "boundaries/files": layers.files,
      "import/resolver": { typescript: { alwaysTryTypes: true, project: "./tsconfig.json" }, node: true },
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "disallow", policies: layers.policies }],
    },
  },
];

export default config;
