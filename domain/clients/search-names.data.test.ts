import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { readApplicationFilter } from "@/domain/applications/application-filter";
import { listApplications } from "@/domain/applications/list-applications";
import { listInvoices } from "@/domain/invoices/list-invoices";
import { readSearchText } from "@/domain/staff/search-text";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { fillSearchNames } from "./fill-search-names";
import { importSociClients } from "./import-soci-clients";
import { listClients } from "./list-clients";
import { checkSociImport } from "./soci-import-schema";

const accountant: StaffActor = { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null };

describe.each(testProviders)("searching by name on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
    await registerTestClient(t.db, "search-1", { inn: "01111111111119", organizationName: "ОсОО «Агым»" });
    const check = checkSociImport(new TextEncoder().encode("inn,name\n02222222222228,ЖЧК Өнүгүү Ёлка\n"));
    if (!check.ok) throw new Error("bad test file");
    await importSociClients({ db: t.db, actor: "command-line", rows: check.rows });
  });
  const clients = async (q: string) =>
    (await listClients({ db: t.db, actor: accountant, q: readSearchText(q) })).rows.map((r) => r.inn);

  it("finds names whatever the case, ё and quotation marks, in clients, applications and invoices", async () => {
    expect(await clients("агым")).toEqual(["01111111111119"]);
    expect(await clients("осоо АГЫМ")).toEqual(["01111111111119"]);
    expect(await clients("өнүгүү елка")).toEqual(["02222222222228"]);
    expect(await clients("ЖЧК ӨНҮГҮҮ")).toEqual(["02222222222228"]);
    expect(await clients("жок")).toEqual([]);
    const applications = await listApplications({
      db: t.db,
      actor: accountant,
      filter: readApplicationFilter({ q: "АГЫМ" }),
    });
    expect(applications.rows).toHaveLength(1);
    const invoices = await listInvoices({ db: t.db, actor: accountant, q: readSearchText("«агым»") });
    expect(invoices.rows).toHaveLength(1);
  });

  it("fills the folded names of rows written before they were kept, once", async () => {
    await t.db.client.updateMany({ data: { searchName: "" } });
    await t.db.invoice.updateMany({ data: { searchName: "" } });
    expect(await clients("агым")).toEqual([]);
    expect(await fillSearchNames(t.db)).toBe(3);
    expect(await fillSearchNames(t.db)).toBe(0);
    expect(await clients("агым")).toEqual(["01111111111119"]);
    expect(
      (await listInvoices({ db: t.db, actor: accountant, q: readSearchText("Агым") })).rows,
    ).toHaveLength(1);
  });
});
