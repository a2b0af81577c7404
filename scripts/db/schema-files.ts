import { readFileSync } from "node:fs";
import path from "node:path";

export const providers = ["sqlite", "postgresql"] as const;
export type Provider = (typeof providers)[number];

export const root = path.resolve(import.meta.dirname, "../..");
export const modelsPath = path.join(root, "prisma/models.prisma");
export const migratedModelsPath = path.join(root, "prisma/migrated-models.prisma");

export function schemaPath(provider: Provider): string {
  return path.join(root, "prisma", provider, "schema.prisma");
}

export function migrationsPath(provider: Provider): string {
  return path.join(root, "prisma", provider, "migrations");
}

// The CLI falls back to downloading a native engine when the datasource has no resolvable url,
// so each schema carries a literal one; the driver adapter decides the real database.
const placeholderUrl: Record<Provider, string> = {
  sqlite: "file:./unused-by-the-adapter.db",
  postgresql: "postgresql://unused-by-the-adapter@localhost/unused",
};

export function buildSchema(provider: Provider, models: string): string {
  return `// Generated from prisma/models.prisma by \`npm run db:schemas\`: edit the models there.

generator client {
  provider   = "prisma-client"
  output     = "../../server/db/generated/${provider}"
  engineType = "client"
}

datasource db {
  provider = "${provider}"
  url      = "${placeholderUrl[provider]}"
}

${models.trim()}
`;
}

export function readModels(file = modelsPath): string {
  return readFileSync(file, "utf8");
}
