// npm test: every check the project has, in order, against a throwaway PostgreSQL cluster.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

interface Step {
  name: string;
  command: string;
  args: string[];
}

const steps: Step[] = [
  { name: "route types", command: bin("next"), args: ["typegen"] },
  { name: "types", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("eslint"), args: ["."] },
  { name: "schemas and migrations", command: bin("tsx"), args: ["scripts/db/check-migrations.ts"] },
  { name: "unit tests", command: bin("vitest"), args: ["run", "--project", "unit"] },
  { name: "data tests (SQLite and PostgreSQL)", command: bin("vitest"), args: ["run", "--project", "data"] },
  { name: "production build", command: bin("tsx"), args: ["scripts/build.ts"] },
  {
    name: "system tests (MegaPay API over HTTP)",
    command: bin("vitest"),
    args: ["run", "--project", "system"],
  },
  { name: "browser tests", command: bin("playwright"), args: ["test"] },
];

function run(step: Step, env: NodeJS.ProcessEnv): boolean {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { cwd: root, stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`=== ${step.name}: ${ok ? "ok" : "FAILED"} in ${seconds} s ===`);
  return ok;
}

let cluster: ThrowawayPostgres | undefined;
const cleanUp = () => {
  cluster?.remove();
  cluster = undefined;
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

let failed: string[] = [];
try {
  cluster = await startThrowawayPostgres();
  const env = {
    ...process.env,
    TEST_POSTGRES_URL: cluster.url,
    DIFF_POSTGRES_URL: cluster.url,
    NEXT_TELEMETRY_DISABLED: "1",
    // The origin the browser tests' server announces; the build is made for it.
    SITE_URL: "https://dostek.kg",
  };
  const only = process.argv.slice(2);
  for (const step of steps) {
    if (only.length && !only.some((o) => step.name.includes(o))) continue;
    if (!run(step, env)) {
      failed.push(step.name);
      if (step.name === "production build") break;
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = failed.length ? failed : ["setup"];
} finally {
  cleanUp();
}

if (failed.length) {
  console.error(`\nnpm test failed: ${failed.join(", ")}`);
  process.exit(1);
}
console.log("\nnpm test: every step passed");
