import { describe, expect, it } from "vitest";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { listActiveTariffs } from "./list-active-tariffs";
import { seedTariffs } from "./seed-tariffs";

describe.each(testProviders)("tariffs on %s", (provider) => {
  const t = useTestDatabase(provider);

  it("seeds the published prices in tyiyn, in order", async () => {
    await seedTariffs({ db: t.db, overwrite: false });
    const tariffs = await listActiveTariffs(t.db);
    expect(tariffs.map((x) => [x.code, x.priceTyiyn])).toEqual([
      ["cloud-head", 151_000],
      ["cloud-accountant", 142_000],
      ["cloud-head-as-accountant", 142_000],
      ["cloud-complex-5", 180_000],
      ["cloud-complex-10", 200_000],
      ["cloud-complex-unlimited", 235_000],
      ["rutoken", 120_000],
    ]);
  });

  it("keeps changed prices on a plain seed and resets them on an overwriting one", async () => {
    await t.db.tariff.update({ where: { code: "rutoken" }, data: { priceTyiyn: 130_000, active: false } });
    await seedTariffs({ db: t.db, overwrite: false });
    expect((await t.db.tariff.findUniqueOrThrow({ where: { code: "rutoken" } })).priceTyiyn).toBe(130_000);
    expect((await listActiveTariffs(t.db)).map((x) => x.code)).not.toContain("rutoken");
    await seedTariffs({ db: t.db, overwrite: true });
    expect((await t.db.tariff.findUniqueOrThrow({ where: { code: "rutoken" } })).priceTyiyn).toBe(120_000);
  });
});
