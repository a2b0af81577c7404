// npm run bench:megapay [-- --postgres] [-- --seconds N] [-- --instances N] [-- --warm-pay N]: the MegaPay API's
// throughput and latency against a production build on 127.0.0.1 (npm start, LOG_LEVEL=info as in
// production, its log written to a file), next to the framework's ceiling measured in the same
// run: a bare Next.js app with one constant route under plain `next start`
// (bare-next-app.ts), and the same constant route inside our app, through Next.js (MegaPay's own
// paths are answered by our server without Next.js, decision 0008); and the public pages against
// the static guide, alone and while MegaPay calls. With --instances N (PostgreSQL), N app
// instances on one database share the same 32 connections, and only MegaPay is measured. Prints
// numbers; it asserts nothing.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import type { Result } from "autocannon";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { closeDatabase, createDatabase } from "@/server/db";
import { build } from "../build";
import { startApp } from "../test/app-server";
import { benchDatabase } from "./bench-database";
import { buildBareNextApp } from "./bare-next-app";
import { load, type LoadOptions } from "./load-process";

const root = path.resolve(import.meta.dirname, "../..");
const usePostgres = process.argv.includes("--postgres");
const secondsArg = process.argv.indexOf("--seconds");
const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 10;
const connections = 32;
// How long pays run before anything is measured (a server that has been taking payments, on a
// database with that history); 3 s by default.
const warmPayArg = process.argv.indexOf("--warm-pay");
const warmPaySeconds = warmPayArg > 0 ? Number(process.argv[warmPayArg + 1]) : 3;
const instancesArg = process.argv.indexOf("--instances");
const instances = instancesArg > 0 ? Number(process.argv[instancesArg + 1]) : 1;
const auth = { user: "bench", password: "bench password 123" };
const authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}`;

if (!existsSync(path.join(root, ".next", "BUILD_ID")) && !(await build("http://localhost:3000")))
  process.exit(1);

const { databaseUrl, cluster } = await benchDatabase("bench", usePostgres);
const db = createDatabase(databaseUrl, { postgresPoolSize: 2 });
await seedTariffs({ db, overwrite: false });
const inn = "01234567890123";
const invoiceNumber = await registerTestClient(db, "bench", {
  inn,
  organizationName: "ОсОО Бенч",
  items: [{ code: "cloud-head", quantity: 1 }],
});
await connectToSoci(db, inn);
await closeDatabase(db);

const logDir = mkdtempSync(path.join(tmpdir(), "dostek-bench-log-"));
const apps = await Promise.all(
  Array.from({ length: instances }, (_, i) =>
    startApp(
      {
        DATABASE_URL: databaseUrl,
        MEGAPAY_BASIC_USER: auth.user,
        MEGAPAY_BASIC_PASSWORD: auth.password,
        BENCH_BARE_ROUTE: "1",
        LOG_LEVEL: "info",
        DATABASE_POOL_SIZE: "16",
      },
      { stdoutFile: path.join(logDir, `app-${i}.log`) },
    ),
  ),
);
const app = apps[0]!;
const bareNext = await startApp(
  {},
  { runner: "next-start", cwd: buildBareNextApp(root), probe: "/api/bare" },
);

let txn = 1_000_000;

// Autocannon on every instance at once, the connections shared out; the rows add up the
// requests and take the slowest instance's latencies.
async function measure(
  name: string,
  path: string,
  options: LoadOptions = {},
  targets: { url: string }[] = apps,
): Promise<Result> {
  const results = await Promise.all(
    targets.map((instance, i) => {
      // Each instance's pays get their own range of txn_ids.
      const txnStart = txn;
      if (options.txnPath) txn += 10_000_000;
      return load({
        url: `${instance.url}${path}`,
        connections: Math.floor(connections / targets.length) + (i < connections % targets.length ? 1 : 0),
        duration: seconds,
        headers: { authorization },
        ...options,
        ...(options.txnPath ? { txnStart } : {}),
      });
    }),
  );
  const result = results.reduce((sum, r) => ({
    ...sum,
    requests: { ...sum.requests, average: sum.requests.average + r.requests.average },
    latency: {
      ...sum.latency,
      p50: Math.max(sum.latency.p50, r.latency.p50),
      p99: Math.max(sum.latency.p99, r.latency.p99),
    },
    errors: sum.errors + r.errors,
    timeouts: sum.timeouts + r.timeouts,
    non2xx: sum.non2xx + r.non2xx,
    "2xx": sum["2xx"] + r["2xx"],
  }));
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `${name.padEnd(14)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${errors}`,
  );
  return result;
}

// The run with the median throughput, and the median p99 among them.
function median(results: Result[]): { requests: { average: number }; latency: { p99: number } } {
  const middle = <T>(values: T[], by: (v: T) => number) =>
    [...values].sort((a, b) => by(a) - by(b))[values.length >> 1]!;
  return {
    requests: { average: middle(results, (r) => r.requests.average).requests.average },
    latency: { p99: middle(results, (r) => r.latency.p99).latency.p99 },
  };
}

// Pays with a new txn_id each.
const payRun = (duration = seconds) =>
  measure(duration === seconds ? "pay soci" : "warm-up pay", "/api/megapay/soci", {
    duration,
    txnPath: `/api/megapay/soci?command=pay&txn_id={txn}&account=${inn}&sum=10.50&txn_date=20261124120000`,
  });

async function reportRecorded(answered: number) {
  const check = createDatabase(databaseUrl, { postgresPoolSize: 1 });
  const recorded = await check.payment.count();
  const [balance] = await check.$queryRawUnsafe<{ matches: boolean }[]>(
    `SELECT (SELECT SUM("balanceTyiyn") FROM "Client") = (SELECT SUM("amountTyiyn") FROM "BalanceEntry") AS matches`,
  );
  await closeDatabase(check);
  console.log(
    `payments recorded: ${recorded} (successful pay responses: ${answered}); balances equal their entries: ${Boolean(balance?.matches)}`,
  );
}

async function run() {
  console.log(
    `MegaPay API benchmark: ${usePostgres ? "PostgreSQL (fsync, full_page_writes, synchronous_commit on)" : "SQLite (WAL, synchronous=FULL)"}, ${instances} app instance(s), ${connections} connections, ${seconds} s each`,
  );
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
  );
  await measure("warm-up", "/api/megapay/bare", { duration: 3 });
  await measure("warm-up", "/api/bare", { duration: 3 }, [bareNext]);
  await payRun(warmPaySeconds);
  await measure("check soci", `/api/megapay/soci?command=check&txn_id=1&account=${inn}`);
  await measure("check eds", `/api/megapay/eds?command=check&txn_id=1&account=${invoiceNumber}`);
  // The machine is shared and its speed drifts from minute to minute: the bare app, the same
  // route in ours and pay alternate three times, and the ratios are taken between their medians.
  const nexts: Result[] = [];
  const bares: Result[] = [];
  const pays: Result[] = [];
  for (let round = 0; round < 3; round++) {
    nexts.push(await measure("bare next", "/api/bare", {}, [bareNext]));
    bares.push(await measure("bare ours", "/api/megapay/bare"));
    pays.push(await payRun());
  }
  const next = median(nexts);
  const bare = median(bares);
  const pay = median(pays);
  const total = pays.reduce((sum, r) => sum + r["2xx"], 0);
  const ratio = (a: typeof pay, b: typeof pay) =>
    `throughput ${(a.requests.average / b.requests.average).toFixed(2)}, p99 ${(a.latency.p99 / Math.max(b.latency.p99, 1)).toFixed(2)}×`;
  console.log(
    `\nmedians: bare next ${next.requests.average.toFixed(0)} req/s p99 ${next.latency.p99} ms, bare ours ${bare.requests.average.toFixed(0)} req/s p99 ${bare.latency.p99} ms, pay ${pay.requests.average.toFixed(0)} req/s p99 ${pay.latency.p99} ms`,
  );
  console.log(`bare ours ÷ bare next: ${ratio(bare, next)}`);
  console.log(`pay ÷ bare next:       ${ratio(pay, next)}`);
  console.log(`pay ÷ bare ours:       ${ratio(pay, bare)}`);

  if (instances > 1) {
    const payEds = await measure("pay eds", "/api/megapay/eds", {
      txnPath: `/api/megapay/eds?command=pay&txn_id={txn}&account=${invoiceNumber}&sum=10.50&txn_date=20261124120000`,
    });
    await reportRecorded(total + payEds["2xx"]);
    return;
  }

  // The public pages (issue 11): each against the static guide, then MegaPay while they are under
  // load (a second autocannon on the pages, started with each MegaPay row).
  console.log("\npublic pages (Kyrgyz), each alone:");
  const pages = { guide: "/ky/megapay", home: "/ky", register: "/ky/register", lookup: "/ky/invoice" };
  for (const path of Object.values(pages)) await fetch(`${app.url}${path}`);
  const guide = await measure("guide", pages.guide);
  for (const name of ["home", "register", "lookup"] as const) {
    const page = await measure(name, pages[name]);
    console.log(
      `${"".padEnd(14)} ÷ guide: throughput ${(page.requests.average / guide.requests.average).toFixed(2)}, p99 ${page.latency.p99} ms`,
    );
  }
  console.log(`\nMegaPay while ${connections} more connections load the home page, registration and lookup:`);
  const underLoad = async (run: () => Promise<Result>) => {
    const pageLoad = load({
      url: app.url,
      connections,
      duration: seconds,
      requests: [{ path: pages.home }, { path: pages.register }, { path: pages.lookup }],
    });
    const result = await run();
    const pagesResult = await pageLoad;
    console.log(
      `${"".padEnd(14)} pages meanwhile ${pagesResult.requests.average.toFixed(0)} req/s, p99 ${pagesResult.latency.p99} ms, errors ${pagesResult.errors + pagesResult.timeouts + pagesResult.non2xx}`,
    );
    return result;
  };
  const loadedBare = await underLoad(() => measure("bare", "/api/megapay/bare"));
  const loadedPay = await underLoad(() => payRun());
  console.log(
    `\npay ÷ bare under page load: throughput ${(loadedPay.requests.average / loadedBare.requests.average).toFixed(2)}, p99 ${(loadedPay.latency.p99 / Math.max(loadedBare.latency.p99, 1)).toFixed(2)}×`,
  );

  await reportRecorded(total + loadedPay["2xx"]);
}

try {
  await run();
} finally {
  await Promise.all([...apps, bareNext].map((instance) => instance.stop()));
  rmSync(logDir, { recursive: true, force: true });
  cluster?.remove();
  if (!cluster)
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${databaseUrl.slice(5)}${suffix}`, { force: true });
}
