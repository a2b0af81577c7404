import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { buildSchema, providers, readModels, schemaPath } from "./schema-files";

const check = process.argv.includes("--check");
const models = readModels();
let drifted = false;

for (const provider of providers) {
  const file = schemaPath(provider);
  const wanted = buildSchema(provider, models);
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    current = "";
  }
  if (current === wanted) continue;
  if (check) {
    drifted = true;
    console.error(
      `${path.relative(process.cwd(), file)} differs from prisma/models.prisma: run npm run db:schemas`,
    );
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, wanted);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (drifted) process.exit(1);
