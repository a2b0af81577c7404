// npm test: every check the project has, in order, against a throwaway PostgreSQL cluster.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

interface Step {
  name: string;
  command: string;
  args: string[];
}

// A list of steps runs side by side: tsc and ESLint each use one core, and the CI machine has two.
const steps: (Step | Step[])[] = [
  { name: "route types", command: bin("next"), args: ["typegen"] },
  [
    { name: "types", command: bin("tsc"), args: ["--noEmit"] },
    { name: "lint", command: bin("eslint"), args: ["."] },
  ],
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

const finished = (step: Step, ok: boolean, started: number) =>
  `=== ${step.name}: ${ok ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`;

function run(step: Step, env: NodeJS.ProcessEnv): boolean {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { cwd: root, stdio: "inherit", env });
  const ok = result.status === 0;
  console.log(finished(step, ok, started));
  return ok;
}

// Steps side by side; each one's output is printed whole when it ends, so that they do not mix.
async function runTogether(group: Step[], env: NodeJS.ProcessEnv): Promise<Step[]> {
  const started = Date.now();
  const results = await Promise.all(
    group.map(
      (step) =>
        new Promise<{ step: Step; ok: boolean }>((resolve) => {
          const child = spawn(step.command, step.args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
          let output = "";
          child.stdout.on("data", (chunk) => (output += chunk));
          child.stderr.on("data", (chunk) => (output += chunk));
          child.on("close", (code) => {
            const ok = code === 0;
            console.log(`\n=== ${step.name} ===\n${output}${finished(step, ok, started)}`);
            resolve({ step, ok });
          });
        }),
    ),
  );
  return results.filter((r) => !r.ok).map((r) => r.step);
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
  const chosen = (step: Step) => !only.length || only.some((o) => step.name.includes(o));
  for (const entry of steps) {
    if (Array.isArray(entry)) {
      const group = entry.filter(chosen);
      if (group.length) failed.push(...(await runTogether(group, env)).map((step) => step.name));
      continue;
    }
    if (!chosen(entry)) continue;
    if (!run(entry, env)) {
      failed.push(entry.name);
      if (entry.name === "production build") break;
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
