import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { registerClient } from "@/domain/registration/register-client";
import { listActiveTariffs } from "@/domain/tariffs/list-active-tariffs";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { aRegistration } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { NotAllowedError } from "../staff/staff-access";
import { getDocumentsText, getSiteSettings } from "./get-site-settings";
import { defaultRegistryColumns } from "@/lib/megapay-registry";
import { getRegistryColumns, updateRegistryColumns } from "./registry-columns";
import {
  legalNameSchema,
  documentsTextSchema,
  officeSettingsSchema,
  registryColumnsSchema,
  tariffSchema,
} from "./settings-schema";
import { updateDocumentsText } from "./update-documents-text";
import { updateLegalName } from "./update-legal-name";
import { updateOfficeSettings } from "./update-office-settings";
import { updateTariff } from "./update-tariff";

const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
const operator: StaffActor = { id: "op-osh", email: "osh@dostek.kg", role: "operator", office: "osh" };

describe("settings forms", () => {
  it("keep empty texts (not yet known), clean the rest, take landlines and som", () => {
    expect(
      officeSettingsSchema.parse({
        addressKy: "  Ош ш.,  Ленин көч. 1 ",
        addressRu: "",
        hoursKy: "",
        hoursRu: "",
        phone: "(03222) 5-12-34",
        email: " osh@dostek.kg ",
      }),
    ).toEqual({
      addressKy: "Ош ш., Ленин көч. 1",
      addressRu: "",
      hoursKy: "",
      hoursRu: "",
      phone: "+996322251234",
      email: "osh@dostek.kg",
    });
    expect(
      officeSettingsSchema
        .safeParse({
          addressKy: "x\u202e",
          addressRu: "",
          hoursKy: "",
          hoursRu: "",
          phone: "12",
          email: "osh@",
        })
        .error?.issues.map((i) => i.message),
    ).toEqual(["invisibleCharacters", "phoneAny", "email"]);
    expect(legalNameSchema.parse({ legalNameKy: "ЖЧК «DOS TEK GROUP»", legalNameRu: "" })).toEqual({
      legalNameKy: "ЖЧК «DOS TEK GROUP»",
      legalNameRu: "",
    });
    expect(tariffSchema.parse({ nameKy: "Булут", nameRu: "Облако", price: "1 600,50", active: "0" })).toEqual(
      {
        nameKy: "Булут",
        nameRu: "Облако",
        price: 160050,
        active: false,
      },
    );
    expect(
      tariffSchema
        .safeParse({ nameKy: "", nameRu: "x", price: "0", active: "2" })
        .error?.issues.map((i) => i.message),
    ).toEqual(["required", "amountFormat", "choice"]);
  });
});

describe.each(testProviders)("settings on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });

  it("an admin sets an office's details and the legal name; audited, shown to the public pages", async () => {
    const empty = await getSiteSettings(t.db);
    expect(empty.offices.map((o) => o.office)).toEqual(["osh", "jalal-abad"]);
    expect(empty.offices[0]).toMatchObject({ address: { ky: "", ru: "" }, phone: "" });
    const settings = {
      addressKy: "Ош ш.",
      addressRu: "г. Ош",
      hoursKy: "9–18",
      hoursRu: "9–18",
      phone: "+996322251234",
      email: "osh@dostek.kg",
    };
    expect(await updateOfficeSettings({ db: t.db, actor: admin, office: "osh", settings })).toBe(true);
    expect(await updateOfficeSettings({ db: t.db, actor: admin, office: "osh", settings })).toBe(false);
    await updateLegalName({
      db: t.db,
      actor: admin,
      legalName: { legalNameKy: "ЖЧК «DOS TEK GROUP»", legalNameRu: "ОсОО «DOS TEK GROUP»" },
    });
    const now = await getSiteSettings(t.db);
    expect(now.offices[0]).toEqual({
      office: "osh",
      address: { ky: "Ош ш.", ru: "г. Ош" },
      hours: { ky: "9–18", ru: "9–18" },
      phone: "+996322251234",
      email: "osh@dostek.kg",
    });
    expect(now.legalName).toEqual({ ky: "ЖЧК «DOS TEK GROUP»", ru: "ОсОО «DOS TEK GROUP»" });
    const events = await t.db.auditEvent.findMany({
      where: { action: { startsWith: "settings." } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.subjectType, e.subjectId])).toEqual([
      ["settings.office-changed", "office", "osh"],
      ["settings.legal-name-changed", "company", "1"],
    ]);
    expect(JSON.parse(events[0]!.before!)).toMatchObject({ addressRu: "" });
    await expect(
      updateOfficeSettings({ db: t.db, actor: operator, office: "osh", settings }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await expect(
      updateLegalName({ db: t.db, actor: operator, legalName: { legalNameKy: "", legalNameRu: "" } }),
    ).rejects.toBeInstanceOf(NotAllowedError);
  });

  it("keeps what a client brings to the office per language, admins only, audited", async () => {
    expect(await getDocumentsText(t.db)).toEqual({ ky: "", ru: "" });
    const documents = documentsTextSchema.parse({
      documentsKy: " Жетекчинин паспорту жана ИНН ",
      documentsRu: "Паспорт руководителя и ИНН",
    });
    await updateDocumentsText({ db: t.db, actor: admin, documents });
    expect(await getDocumentsText(t.db)).toEqual({
      ky: "Жетекчинин паспорту жана ИНН",
      ru: "Паспорт руководителя и ИНН",
    });
    expect(await t.db.auditEvent.count({ where: { action: "settings.documents-changed" } })).toBe(1);
    await expect(updateDocumentsText({ db: t.db, actor: operator, documents })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
  });

  it("a new price applies to invoices issued afterwards; an inactive tariff is not offered", async () => {
    const [first] = await listActiveTariffs(t.db);
    const before = await registerClient({
      db: t.db,
      submissionKey: "price-1",
      registration: aRegistration({ inn: "01111111111119", items: [{ code: first!.code, quantity: 1 }] }),
    });
    const tariff = {
      nameKy: first!.nameKy,
      nameRu: first!.nameRu,
      price: first!.priceTyiyn + 10_000,
      active: true,
    };
    expect(await updateTariff({ db: t.db, actor: admin, code: first!.code, tariff })).toBe(true);
    const after = await registerClient({
      db: t.db,
      submissionKey: "price-2",
      registration: aRegistration({ inn: "02222222222228", items: [{ code: first!.code, quantity: 1 }] }),
    });
    const amountOf = async (number: string) =>
      (await t.db.invoice.findUniqueOrThrow({ where: { number } })).amountTyiyn;
    expect(await amountOf(before.invoiceNumber)).toBe(first!.priceTyiyn);
    expect(await amountOf(after.invoiceNumber)).toBe(first!.priceTyiyn + 10_000);

    await updateTariff({ db: t.db, actor: admin, code: first!.code, tariff: { ...tariff, active: false } });
    expect((await listActiveTariffs(t.db)).map((x) => x.code)).not.toContain(first!.code);
    const [event] = await t.db.auditEvent.findMany({
      where: { action: "tariff.changed" },
      orderBy: { id: "asc" },
    });
    expect(JSON.parse(event!.before!)).toMatchObject({ priceTyiyn: first!.priceTyiyn });
    expect(JSON.parse(event!.after!)).toMatchObject({ priceTyiyn: first!.priceTyiyn + 10_000 });
    await expect(
      updateTariff({ db: t.db, actor: operator, code: first!.code, tariff }),
    ).rejects.toBeInstanceOf(NotAllowedError);
  });

  it("an admin names the registry's columns; empty fields keep the default names", async () => {
    expect(await getRegistryColumns(t.db)).toEqual(defaultRegistryColumns);
    const columns = registryColumnsSchema.parse({
      registryTxnIdColumn: " Номер операции ",
      registryDateColumn: "",
      registryAccountColumn: "Лицевой счет",
      registrySumColumn: "",
      registryServiceColumn: "",
    });
    expect(await updateRegistryColumns({ db: t.db, actor: admin, columns })).toBe(true);
    expect(await updateRegistryColumns({ db: t.db, actor: admin, columns })).toBe(false);
    expect(await getRegistryColumns(t.db)).toEqual({
      ...defaultRegistryColumns,
      txnId: "Номер операции",
      account: "Лицевой счет",
    });
    expect(await t.db.auditEvent.count({ where: { action: "settings.registry-columns-changed" } })).toBe(1);
    await expect(updateRegistryColumns({ db: t.db, actor: operator, columns })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
  });
});
