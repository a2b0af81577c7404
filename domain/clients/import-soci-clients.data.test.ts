import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { checkSociAccount } from "@/domain/megapay/check-soci-account";
import { recordSociPayment } from "@/domain/megapay/record-soci-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { NotAllowedError } from "../staff/staff-access";
import { importSociClients } from "./import-soci-clients";
import { checkSociImport, type SociClientRow } from "./soci-import-schema";

const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
const operator: StaffActor = { id: "op-osh", email: "osh@dostek.kg", role: "operator", office: "osh" };
const limits = { minTyiyn: 100, maxTyiyn: 50_000_000 };

const rowsOf = (csv: string): SociClientRow[] => {
  const check = checkSociImport(new TextEncoder().encode(csv));
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.rows;
};

describe.each(testProviders)("importing SOChI's clients on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });
  const auditOf = (inn: string) =>
    t.db.auditEvent.findMany({ where: { subjectType: "client", subjectId: inn }, orderBy: { id: "asc" } });

  it("creates connected clients who can top up at once; the same file again changes nothing", async () => {
    const csv =
      "inn,name,phone,email\n03333333333336,ОсОО Дыйкан,0700 111 222,\n21503198500099,Асанов Асан,,\n";
    expect(await importSociClients({ db: t.db, actor: admin, rows: rowsOf(csv) })).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    const client = await t.db.client.findUniqueOrThrow({ where: { inn: "03333333333336" } });
    expect(client).toMatchObject({
      name: "ОсОО Дыйкан",
      kind: "legal",
      phone: "+996700111222",
      sociConnected: true,
    });
    expect((await checkSociAccount({ db: t.db, inn: "03333333333336", sumTyiyn: 5000, limits })).result).toBe(
      0,
    );
    const paid = await recordSociPayment({
      db: t.db,
      request: { txnId: "import-1", account: "21503198500099", sumTyiyn: 5000, txnDate: new Date() },
      limits,
    });
    expect(paid.status).toBe("recorded");
    expect(await auditOf("03333333333336")).toMatchObject([
      { action: "client.imported", actorEmail: "boss@dostek.kg", before: null },
    ]);

    expect(await importSociClients({ db: t.db, actor: "command-line", rows: rowsOf(csv) })).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await auditOf("03333333333336")).toHaveLength(1);
  });

  it("updates a known client only where the file says so, connects them and audits before and after", async () => {
    await registerTestClient(t.db, "known-1", {
      inn: "04444444444443",
      organizationName: "ОсОО Эски",
      phone: "+996555000111",
      email: "old@dostek.kg",
    });
    const rows = rowsOf("inn,name,phone,email\n04444444444443,ОсОО Жаңы,,\n");
    expect(await importSociClients({ db: t.db, actor: "command-line", rows })).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    const client = await t.db.client.findUniqueOrThrow({ where: { inn: "04444444444443" } });
    expect(client).toMatchObject({
      name: "ОсОО Жаңы",
      phone: "+996555000111",
      email: "old@dostek.kg",
      headName: "Асанов Асан",
      sociConnected: true,
    });
    const [event] = (await auditOf("04444444444443")).filter((e) => e.action === "client.imported");
    expect(event).toMatchObject({ actorId: null, actorEmail: "command-line" });
    expect(JSON.parse(event!.before!)).toEqual({ name: "ОсОО Эски", sociConnected: false });
    expect(JSON.parse(event!.after!)).toEqual({ name: "ОсОО Жаңы", sociConnected: true });
  });

  it("writes nothing when any row fails in the database, and only admins import", async () => {
    const good = rowsOf("inn,name\n05555555555550,ОсОО Бир\n")[0]!;
    // Two rows with one INN can only get here past checkSociImport; the database refuses the
    // second, and the first must not stay behind.
    await expect(
      importSociClients({ db: t.db, actor: admin, rows: [good, { ...good, line: 3 }] }),
    ).rejects.toThrow();
    expect(await t.db.client.count({ where: { inn: good.inn } })).toBe(0);
    expect(await auditOf(good.inn)).toHaveLength(0);

    await expect(importSociClients({ db: t.db, actor: operator, rows: [good] })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
  });
});
