import { describe, expect, it } from "vitest";
import { findInvoice } from "@/domain/invoices/find-invoice";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { hasValidLuhnDigit } from "@/lib/luhn";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { registerClient, RegistrationError } from "./register-client";
import type { ValidRegistration } from "./registration-form";

const registration = (overrides: Partial<ValidRegistration> = {}): ValidRegistration => ({
  clientType: "legal",
  inn: "01234567890123",
  organizationName: "ОсОО Тест",
  headName: "Асанов Асан",
  phone: "+996555123456",
  email: null,
  office: "osh",
  items: [
    { code: "cloud-accountant", quantity: 2 },
    { code: "cloud-head", quantity: 1 },
  ],
  ...overrides,
});

describe.each(testProviders)("registerClient on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });

  it("stores the client, the application and an invoice at today's prices", async () => {
    const result = await registerClient({ db: t.db, registration: registration(), submissionKey: "key-1" });
    expect(result.created).toBe(true);
    expect(result.invoiceNumber).toMatch(/^[1-9]\d{15}$/);
    expect(hasValidLuhnDigit(result.invoiceNumber)).toBe(true);
    const invoice = await findInvoice({ db: t.db, number: result.invoiceNumber });
    expect(invoice).toMatchObject({
      status: "awaiting",
      amountTyiyn: 151_000 + 2 * 142_000,
      paidTyiyn: 0,
      organizationName: "ОсОО Тест",
    });
    expect(invoice?.items.map((i) => [i.code, i.quantity, i.unitPriceTyiyn, i.amountTyiyn])).toEqual([
      ["cloud-accountant", 2, 142_000, 284_000],
      ["cloud-head", 1, 151_000, 151_000],
    ]);
  });

  it("returns the first invoice again for the same submission key, also under 20 concurrent submits", async () => {
    const r = registration({
      inn: "11503198500012",
      clientType: "entrepreneur",
      items: [{ code: "rutoken", quantity: 1 }],
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        registerClient({ db: t.db, registration: r, submissionKey: "key-double" }),
      ),
    );
    expect(new Set(results.map((x) => x.invoiceNumber)).size).toBe(1);
    expect(results.filter((x) => x.created)).toHaveLength(1);
    expect(await t.db.application.count({ where: { submissionKey: "key-double" } })).toBe(1);
  });

  it("hands out the same unpaid invoice when the same form is filled in again", async () => {
    const r = registration({ inn: "02222222222222", items: [{ code: "cloud-complex-5", quantity: 1 }] });
    const first = await registerClient({ db: t.db, registration: r, submissionKey: "key-a" });
    const again = await registerClient({ db: t.db, registration: r, submissionKey: "key-b" });
    expect(again).toEqual({ invoiceNumber: first.invoiceNumber, created: false });
    const different = await registerClient({
      db: t.db,
      registration: { ...r, items: [{ code: "cloud-complex-5", quantity: 2 }] },
      submissionKey: "key-c",
    });
    expect(different.created).toBe(true);
    expect(await t.db.invoice.count({ where: { client: { inn: "02222222222222" } } })).toBe(2);
  });

  it("updates the client by INN rather than duplicating it", async () => {
    await registerClient({
      db: t.db,
      registration: registration({ inn: "03333333333333", headName: "Old" }),
      submissionKey: "u1",
    });
    await registerClient({
      db: t.db,
      registration: registration({
        inn: "03333333333333",
        headName: "New",
        items: [{ code: "rutoken", quantity: 3 }],
      }),
      submissionKey: "u2",
    });
    const clients = await t.db.client.findMany({ where: { inn: "03333333333333" } });
    expect(clients).toHaveLength(1);
    expect(clients[0]?.headName).toBe("New");
  });

  it("refuses an inactive or unknown tariff and records nothing", async () => {
    const before = await t.db.application.count();
    await expect(
      registerClient({
        db: t.db,
        registration: registration({ inn: "04444444444444", items: [{ code: "nope", quantity: 1 }] }),
        submissionKey: "bad",
      }),
    ).rejects.toBeInstanceOf(RegistrationError);
    expect(await t.db.application.count()).toBe(before);
    expect(await t.db.client.count({ where: { inn: "04444444444444" } })).toBe(0);
  });
});
