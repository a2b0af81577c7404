// npm run bench:bank [-- --postgres] [-- --transfers N] [-- --rate N] [-- --seconds N] [-- --runs N]: a year of
// bank statements (by default 20,000 incoming transfers in one 1C file, bank-statement-data.ts)
// uploaded to a production build (npm start, LOG_LEVEL=info) by a signed-in accountant, as the
// statement page sends it, while MegaPay pays a SOChI balance at a steady rate (200 a second by
// default). Prints how long the upload took (read, kept, matched and recorded), MegaPay's pay p99
// alone and while the upload runs, the same file uploaded again, and the slowest refusal of a
// 5 MB file of adversarial text. Pay p99 varies from run to run on two cores, so it makes three
// runs by default, each on a fresh database and app, and prints the medians. "Usual" is the mean
// of the p99 alone before and after the upload. Prints numbers; asserts nothing. Record runs in
// docs/benchmarks.md.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { chromium } from "@playwright/test";
import type { Result } from "autocannon";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { closeDatabase, createDatabase } from "@/server/db";
import { completeFirstSignIn, runCommand, staffPassword } from "@/e2e/office";
import { adversarialUploads } from "@/scripts/test/adversarial-uploads";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { build } from "../build";
import { startApp } from "../test/app-server";
import { makeBankBenchData } from "./bank-statement-data";
import { benchDatabase } from "./bench-database";
import { load, startLoad, type LoadOptions } from "./load-process";

const root = path.resolve(import.meta.dirname, "../..");
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const usePostgres = process.argv.includes("--postgres");
const transfers = arg("--transfers", 20_000);
const rate = arg("--rate", 200);
const seconds = arg("--seconds", 20);
const runs = arg("--runs", 3);
const auth = { user: "bench", password: "bench password 123" };
const authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}`;

if (!existsSync(path.join(root, ".next", "BUILD_ID")) && !(await build("http://localhost:3000")))
  process.exit(1);

interface RunResult {
  uploadMs: number;
  p99: { before: number; during: number; after: number };
  againMs: number;
  slowestRefusalMs: number;
}

const row = (name: string, r: Result) =>
  console.log(
    `${name.padEnd(26)} ${r.requests.average.toFixed(0).padStart(5)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(5)} ms   max ${String(r.latency.max).padStart(5)} ms   errors ${r.errors + r.timeouts + r.non2xx}`,
  );

// One run: a fresh database and app, the statement uploaded while MegaPay pays.
async function benchRun(): Promise<RunResult> {
  const { databaseUrl, cluster } = await benchDatabase("bank-bench", usePostgres);
  const db = createDatabase(databaseUrl, { postgresPoolSize: 8 });
  await seedTariffs({ db, overwrite: false });
  const statement = await makeBankBenchData(db, transfers);
  console.log(`statement: ${transfers} transfers, ${(statement.byteLength / 2 ** 20).toFixed(1)} MB`);
  // The SOChI balance MegaPay tops up meanwhile.
  const inn = "21234567890123";
  await registerTestClient(db, "bench", {
    inn,
    organizationName: "ОсОО Бенч",
    items: [{ code: "cloud-head", quantity: 1 }],
  });
  await connectToSoci(db, inn);
  await closeDatabase(db);

  const logDir = mkdtempSync(path.join(tmpdir(), "dostek-bank-bench-"));
  const app = await startApp(
    {
      DATABASE_URL: databaseUrl,
      MEGAPAY_BASIC_USER: auth.user,
      MEGAPAY_BASIC_PASSWORD: auth.password,
      AUTH_SECRET: "bench auth secret, long enough, not a real one",
      LOG_LEVEL: "info",
      DATABASE_POOL_SIZE: "16",
    },
    { stdoutFile: path.join(logDir, "app.log") },
  );
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });

  let txn = 1_000_000;
  const payOptions = (): LoadOptions => {
    const txnStart = txn;
    txn += 10_000_000;
    return {
      url: `${app.url}/api/megapay/soci`,
      connections: 16,
      overallRate: rate,
      headers: { authorization },
      txnPath: `/api/megapay/soci?command=pay&txn_id={txn}&account=${inn}&sum=10.50&txn_date=20261124120000`,
      txnStart,
    };
  };

  try {
    // An accountant, signed in with a password of their own and the second factor, as on any day.
    const email = "bench-accountant@dostek.kg";
    runCommand("staff-add", ["--email", email, "--name", "Бухгалтер", "--role", "accountant"], {
      DATABASE_URL: databaseUrl,
      STAFF_PASSWORD: staffPassword,
    });
    const context = await browser.newContext({ baseURL: app.url });
    await completeFirstSignIn(await context.newPage(), "ky", email);
    const upload = async (name: string, buffer: Uint8Array) => {
      const started = performance.now();
      // As the page's script sends it: the file itself as the body.
      const response = await context.request.post(`${app.url}/ky/office/bank/upload`, {
        headers: {
          accept: "application/json",
          "content-type": "application/octet-stream",
          "x-file-name": encodeURIComponent(name),
        },
        data: Buffer.from(buffer),
        timeout: 300_000,
      });
      const ms = performance.now() - started;
      const body = (await response.json()) as { results?: { ok: boolean; again?: boolean }[] };
      return { ms, status: response.status(), result: body.results?.[0] };
    };

    // The upload route's code is loaded on its first request (150 ms of the event loop, once after
    // a start): a server that has run a while has it, so a refused file loads it first.
    if ((await upload("warm-up.txt", new TextEncoder().encode("warm-up"))).result?.ok !== false)
      throw new Error("the warm-up file was not refused");
    row("warm-up pay", await load({ ...payOptions(), duration: 3 }));
    const before = await load({ ...payOptions(), duration: seconds });
    row("pay alone", before);
    const during = startLoad(payOptions());
    await new Promise((resolve) => setTimeout(resolve, 500));
    const first = await upload("year.txt", statement);
    const loaded = await during.stop();
    row("pay while the upload runs", loaded);
    console.log(
      `upload of ${transfers} transfers: ${(first.ms / 1000).toFixed(1)} s (HTTP ${first.status}, ${JSON.stringify(first.result)})`,
    );
    const again = await upload("year.txt", statement);
    console.log(`the same file again: ${(again.ms / 1000).toFixed(2)} s (${JSON.stringify(again.result)})`);
    const after = await load({ ...payOptions(), duration: seconds });
    row("pay alone, after", after);

    let slowest = 0;
    for (const file of adversarialUploads(
      "1CClientBankExchange\r\nВерсияФормата=1.03",
      "СекцияДокумент=Платежное поручение",
      5 * 2 ** 20,
    )) {
      const refused = await upload(`${file.name}.txt`, new TextEncoder().encode(file.text));
      if (refused.result?.ok !== false) throw new Error(`${file.name} was not refused`);
      slowest = Math.max(slowest, refused.ms);
    }
    console.log(`5 MB adversarial files: the slowest refused in ${slowest.toFixed(0)} ms (over HTTP)`);

    const check = createDatabase(databaseUrl, { postgresPoolSize: 1 });
    const states = await check.bankTransfer.groupBy({ by: ["state", "match"], _count: true });
    console.log(
      `transfers: ${states.map((s) => `${s.state} (${s.match}) ${s._count}`).join(", ")}; bank payments ${await check.payment.count({ where: { method: "bank" } })}\n`,
    );
    await closeDatabase(check);
    return {
      uploadMs: first.ms,
      p99: { before: before.latency.p99, during: loaded.latency.p99, after: after.latency.p99 },
      againMs: again.ms,
      slowestRefusalMs: slowest,
    };
  } finally {
    await browser.close();
    await app.stop();
    rmSync(logDir, { recursive: true, force: true });
    cluster?.remove();
    if (!cluster)
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${databaseUrl.slice(5)}${suffix}`, { force: true });
  }
}

console.log(
  `bank statement benchmark: ${usePostgres ? "PostgreSQL (durable)" : "SQLite (WAL, synchronous=FULL)"}; ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; pays at ${rate}/s; ${runs} runs\n`,
);
const results: RunResult[] = [];
for (let i = 0; i < runs; i++) {
  console.log(`run ${i + 1} of ${runs}`);
  results.push(await benchRun());
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const ratios = results.map((r) => r.p99.during / Math.max((r.p99.before + r.p99.after) / 2, 1));
for (const [i, r] of results.entries())
  console.log(
    `run ${i + 1}: upload ${(r.uploadMs / 1000).toFixed(1)} s; pay p99 before · during · after ${r.p99.before} · ${r.p99.during} · ${r.p99.after} ms, during ÷ usual ${ratios[i]!.toFixed(2)}×; again ${(r.againMs / 1000).toFixed(1)} s; adversarial ${r.slowestRefusalMs.toFixed(0)} ms`,
  );
console.log(
  `median of ${runs}: upload ${(median(results.map((r) => r.uploadMs)) / 1000).toFixed(1)} s; pay p99 during ÷ usual ${median(ratios).toFixed(2)}× (usual: the mean of alone before and after); slowest adversarial refusal ${Math.max(...results.map((r) => r.slowestRefusalMs)).toFixed(0)} ms`,
);
