// npm run bench:megapay [-- --postgres] [-- --seconds N]: the MegaPay API's throughput and
// latency against a production build on 127.0.0.1, next to a bare constant route (the framework
// ceiling) measured in the same run. Prints numbers; it asserts nothing.
import { existsSync, rmSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import { registerClient } from "@/domain/registration/register-client";
import { connectToSoci } from "@/scripts/test/registration-fixture";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { closeDatabase, createDatabase } from "@/server/db";
import { build } from "../build";
import { startApp } from "../test/app-server";
import { benchDatabase } from "./bench-database";

const root = path.resolve(import.meta.dirname, "../..");
const usePostgres = process.argv.includes("--postgres");
const secondsArg = process.argv.indexOf("--seconds");
const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 10;
const connections = 32;
const auth = { user: "bench", password: "bench password 123" };
const authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}`;

if (!existsSync(path.join(root, ".next", "BUILD_ID")) && !build("http://localhost:3000")) process.exit(1);

const { databaseUrl, cluster } = await benchDatabase("bench", usePostgres);
const db = createDatabase(databaseUrl, { postgresPoolSize: 2 });
await seedTariffs({ db, overwrite: false });
const inn = "01234567890123";
const { invoiceNumber } = await registerClient({
  db,
  submissionKey: "bench",
  registration: {
    clientType: "legal",
    inn,
    organizationName: "ОсОО Бенч",
    headName: "А",
    phone: "+996555123456",
    email: null,
    office: "osh",
    items: [{ code: "cloud-head", quantity: 1 }],
  },
});
await connectToSoci(db, inn);
await closeDatabase(db);

const app = await startApp({
  DATABASE_URL: databaseUrl,
  MEGAPAY_BASIC_USER: auth.user,
  MEGAPAY_BASIC_PASSWORD: auth.password,
  BENCH_BARE_ROUTE: "1",
  LOG_LEVEL: "silent",
  DATABASE_POOL_SIZE: "16",
});

let txn = 1_000_000;
async function measure(
  name: string,
  path: string,
  options: Partial<autocannon.Options> = {},
): Promise<Result> {
  const result = await autocannon({
    url: `${app.url}${path}`,
    connections,
    duration: seconds,
    headers: { authorization },
    ...options,
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `${name.padEnd(14)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${errors}`,
  );
  return result;
}

try {
  console.log(
    `MegaPay API benchmark: ${usePostgres ? "PostgreSQL" : "SQLite (WAL, synchronous=FULL)"}, ${connections} connections, ${seconds} s each`,
  );
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
  );
  await measure("warm-up", "/api/megapay/bare", { duration: 3 });
  const bare = await measure("bare", "/api/megapay/bare");
  await measure("check soci", `/api/megapay/soci?command=check&txn_id=1&account=${inn}`);
  await measure("check eds", `/api/megapay/eds?command=check&txn_id=1&account=${invoiceNumber}`);
  const pay = await measure("pay soci", "/api/megapay/soci", {
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({
          ...request,
          path: `/api/megapay/soci?command=pay&txn_id=${++txn}&account=${inn}&sum=10.50&txn_date=20261124120000`,
        }),
      },
    ],
  });
  console.log(
    `\npay ÷ bare: throughput ${(pay.requests.average / bare.requests.average).toFixed(2)}, p99 ${(pay.latency.p99 / Math.max(bare.latency.p99, 1)).toFixed(2)}×`,
  );
  const check = createDatabase(databaseUrl, { postgresPoolSize: 1 });
  const recorded = await check.payment.count();
  await closeDatabase(check);
  console.log(`payments recorded: ${recorded} (successful pay responses: ${pay["2xx"]})`);
} finally {
  await app.stop();
  cluster?.remove();
  if (!cluster)
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${databaseUrl.slice(5)}${suffix}`, { force: true });
}
