import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, inject, it } from "vitest";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import { connectToSoci, registerTestClient } from "@/scripts/test/registration-fixture";
import {
  createTestDatabase,
  testProviders,
  useTestDatabase,
  type TestDatabase,
} from "@/scripts/test/test-database";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { tyiynFromDatabase } from "@/lib/money";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };

// npm run db:backup and db:restore as an administrator runs them, while payments keep arriving.
describe.each(testProviders)("backup and restore on %s", (provider) => {
  const t = useTestDatabase(provider, (t) =>
    seedTariffs({ db: t.db, overwrite: false }).then(() => undefined),
  );
  const backupDir = mkdtempSync(path.join(tmpdir(), "dostek-backups-"));
  let restored: TestDatabase | undefined;
  afterAll(async () => {
    await restored?.drop();
    rmSync(backupDir, { recursive: true, force: true });
  });

  it("keeps every payment acknowledged before the backup began, in a consistent copy", async () => {
    const inn = "04040404040404";
    await registerTestClient(t.db, `backup-${provider}`, { inn });
    await connectToSoci(t.db, inn);

    const acknowledged: string[] = [];
    let stop = false;
    let next = 0;
    const stream = async () => {
      while (!stop) {
        const txnId = `backup-${++next}`;
        const answer = await recordSociPayment({
          db: t.db,
          request: { txnId, account: inn, sumTyiyn: 1_000, txnDate: new Date() },
          limits,
        });
        if (answer.status === "recorded") acknowledged.push(txnId);
      }
    };
    const streams = Array.from({ length: 4 }, stream);
    while (acknowledged.length < 50) await sleep(5);

    const before = [...acknowledged];
    const env = { ...process.env, DATABASE_URL: t.url, BACKUP_DIR: backupDir };
    const { stdout } = await run(tsx, ["commands/db-backup.ts"], { cwd: root, env });
    const during = acknowledged.length - before.length;
    stop = true;
    await Promise.all(streams);
    const file = /backup written: (\S+)/.exec(stdout)?.[1];
    expect(file, stdout).toMatch(
      provider === "sqlite" ? /dostek-sqlite-.+\.db$/ : /dostek-postgresql-.+\.dump$/,
    );
    // The stream went on while the backup ran, so the copy was taken from a live database.
    expect(during).toBeGreaterThan(0);
    // Every client's data and every password hash: readable by the owner only.
    expect(statSync(file!).mode & 0o777).toBe(0o600);

    // Restored into a new, empty database.
    restored = await createTestDatabase(provider, inject("postgresAdminUrl"), { migrate: false });
    await restored.db.$disconnect();
    await run(tsx, ["commands/db-restore.ts", file!], {
      cwd: root,
      env: { ...env, DATABASE_URL: restored.url },
    });
    const db = restored.db;
    const ids = new Set(
      (await db.payment.findMany({ select: { providerTxnId: true } })).map((p) => p.providerTxnId),
    );
    expect(before.filter((id) => !ids.has(id))).toEqual([]);
    // One moment's state: each payment with its entry, the balance their sum.
    const client = await db.client.findUniqueOrThrow({ where: { inn } });
    const entries = await db.balanceEntry.aggregate({
      where: { clientId: client.id },
      _sum: { amountTyiyn: true },
      _count: true,
    });
    expect(entries._count).toBe(ids.size);
    expect(tyiynFromDatabase(entries._sum.amountTyiyn ?? 0n)).toBe(client.balanceTyiyn);
    expect(client.balanceTyiyn).toBe(ids.size * 1_000);

    // A restore never goes into a database that has data.
    const refused = run(tsx, ["commands/db-restore.ts", file!], {
      cwd: root,
      env: { ...env, DATABASE_URL: t.url },
    });
    await expect(refused).rejects.toMatchObject({ stderr: expect.stringMatching(/not empty|exists/) });
  });
});
