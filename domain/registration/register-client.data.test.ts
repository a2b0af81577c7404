import { describe, expect, it } from "vitest";
import { findInvoice } from "@/domain/invoices/find-invoice";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { hasValidLuhnDigit } from "@/lib/luhn";
import { aRegistration } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { NotAllowedError } from "../staff/staff-access";
import { registerClient, RegistrationError } from "./register-client";
import type { ValidRegistration } from "./registration-schema";

const registration = (overrides: Partial<ValidRegistration> = {}): ValidRegistration =>
  aRegistration({
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

  it("never changes an existing client, its invoices or what MegaPay shows for them", async () => {
    const inn = "03333333333333";
    const first = await registerClient({
      db: t.db,
      registration: registration({ inn, organizationName: "ОсОО Биринчи", headName: "Old" }),
      submissionKey: "u1",
    });
    const second = await registerClient({
      db: t.db,
      registration: registration({
        inn,
        organizationName: "ОсОО Жасалма",
        headName: "New",
        phone: "+996700000001",
        email: "someone@example.kg",
      }),
      submissionKey: "u2",
      locale: "ru",
    });
    expect(second.created).toBe(true);
    expect(second.invoiceNumber).not.toBe(first.invoiceNumber);

    const clients = await t.db.client.findMany({ where: { inn } });
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({
      name: "ОсОО Биринчи",
      headName: "Old",
      phone: "+996555123456",
      email: null,
    });
    expect((await findInvoice({ db: t.db, number: first.invoiceNumber }))?.organizationName).toBe(
      "ОсОО Биринчи",
    );
    // The newcomer's invoice says what they submitted; staff check the documents.
    expect((await findInvoice({ db: t.db, number: second.invoiceNumber }))?.organizationName).toBe(
      "ОсОО Жасалма",
    );
    const applications = await t.db.application.findMany({ where: { inn }, orderBy: { id: "asc" } });
    expect(applications.map((a) => [a.organizationName, a.headName, a.phone, a.email, a.locale])).toEqual([
      ["ОсОО Биринчи", "Old", "+996555123456", null, "ky"],
      ["ОсОО Жасалма", "New", "+996700000001", "someone@example.kg", "ru"],
    ]);
    expect(applications.every((a) => a.clientId === clients[0]!.id)).toBe(true);
  });

  it("hands out an earlier invoice only to the same submission, never to another person", async () => {
    const r = registration({ inn: "05555555555555", items: [{ code: "rutoken", quantity: 1 }] });
    const first = await registerClient({ db: t.db, registration: r, submissionKey: "p1" });
    // Someone else with the same INN and the same items: their own invoice.
    const other = await registerClient({
      db: t.db,
      registration: { ...r, phone: "+996700999999" },
      submissionKey: "p2",
    });
    expect(other.created).toBe(true);
    const renamed = await registerClient({
      db: t.db,
      registration: { ...r, organizationName: "ОсОО Башка" },
      submissionKey: "p3",
    });
    expect(renamed.created).toBe(true);
    // The first person again, a day later: a new invoice, not yesterday's.
    const later = await registerClient({
      db: t.db,
      registration: r,
      submissionKey: "p4",
      now: new Date(Date.now() + 25 * 60 * 60 * 1000),
    });
    expect(later.created).toBe(true);
    expect(new Set([first, other, renamed, later].map((x) => x.invoiceNumber)).size).toBe(4);
  });

  it("staff register walk-in clients for their office: channel, who, and an audit event", async () => {
    const operator = { id: "op-1", email: "op@dostek.kg", role: "operator" as const, office: "osh" as const };
    const result = await registerClient({
      db: t.db,
      registration: registration({ inn: "06666666666666", office: "osh" }),
      submissionKey: "walk-in-1",
      actor: operator,
    });
    const application = await t.db.application.findFirstOrThrow({ where: { submissionKey: "walk-in-1" } });
    expect(application).toMatchObject({ channel: "office", registeredById: "op-1", office: "osh" });
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "application.registered" } });
    expect(event).toMatchObject({
      actorId: "op-1",
      subjectType: "application",
      subjectId: String(application.id),
    });
    expect(JSON.parse(event.after!)).toMatchObject({
      inn: "06666666666666",
      invoiceNumber: result.invoiceNumber,
    });

    await expect(
      registerClient({
        db: t.db,
        registration: registration({ inn: "06666666666667", office: "jalal-abad" }),
        submissionKey: "walk-in-2",
        actor: operator,
      }),
    ).rejects.toMatchObject({ code: "other-office" });
    await expect(
      registerClient({
        db: t.db,
        registration: registration({ inn: "06666666666668" }),
        submissionKey: "walk-in-3",
        actor: { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null },
      }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    expect(
      await t.db.application.count({ where: { submissionKey: { in: ["walk-in-2", "walk-in-3"] } } }),
    ).toBe(0);
    // The public form's applications are "online" and nobody's.
    expect(
      await t.db.application.count({ where: { channel: "online", registeredById: { not: null } } }),
    ).toBe(0);
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
