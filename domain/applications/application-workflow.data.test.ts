import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { cancelInvoice } from "../invoices/cancel-invoice";
import { listInvoices } from "../invoices/list-invoices";
import { NotAllowedError } from "../staff/staff-access";
import { readSearchText } from "../staff/search-text";
import { getToday } from "../today/get-today";
import { ApplicationError } from "./application-error";
import { readApplicationFilter } from "./application-filter";
import { checkDocuments } from "./check-documents";
import { getApplication } from "./get-application";
import { issueSignature } from "./issue-signature";
import { listApplications } from "./list-applications";

const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
const oshOperator: StaffActor = { id: "op-osh", email: "osh@dostek.kg", role: "operator", office: "osh" };
const jaOperator: StaffActor = { id: "op-ja", email: "ja@dostek.kg", role: "operator", office: "jalal-abad" };
const accountant: StaffActor = { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null };

describe.each(testProviders)("applications from submitted to signature on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });
  const at = new Date("2026-11-26T04:00:00Z");
  let txn = 1000;
  const pay = (account: string, sumTyiyn: number) =>
    recordEdsPayment({ db: t.db, request: { txnId: String(++txn), account, sumTyiyn, txnDate: at } });
  const applicationOf = async (number: string) =>
    (await t.db.invoice.findUniqueOrThrow({ where: { number } })).applicationId!;

  it("checks documents, takes the payment, issues a signature valid 12 months; each step once and audited", async () => {
    const number = await registerTestClient(t.db, "flow-1", {
      inn: "01111111111119",
      organizationName: "ОсОО Агым",
    });
    const id = await applicationOf(number);
    await expect(
      issueSignature({ db: t.db, actor: oshOperator, applicationId: id, serial: "AB12" }),
    ).rejects.toEqual(new ApplicationError("wrongStatus"));
    // Only the application's office (or an admin) checks; an accountant never.
    await expect(checkDocuments({ db: t.db, actor: jaOperator, applicationId: id })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    await expect(checkDocuments({ db: t.db, actor: accountant, applicationId: id })).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    await checkDocuments({ db: t.db, actor: oshOperator, applicationId: id });
    await expect(checkDocuments({ db: t.db, actor: oshOperator, applicationId: id })).rejects.toEqual(
      new ApplicationError("wrongStatus"),
    );
    await expect(
      issueSignature({ db: t.db, actor: oshOperator, applicationId: id, serial: "AB12" }),
    ).rejects.toEqual(new ApplicationError("notPaid"));
    const invoice = await t.db.invoice.findUniqueOrThrow({ where: { number } });
    expect((await pay(number, invoice.amountTyiyn)).status).toBe("recorded");
    expect((await getApplication({ db: t.db, actor: accountant, applicationId: id }))!.stage).toBe("paid");
    // The payment took the invoice's office.
    expect((await t.db.payment.findFirstOrThrow({ where: { invoiceId: invoice.id } })).office).toBe("osh");

    const now = new Date("2026-11-26T06:00:00Z");
    await issueSignature({ db: t.db, actor: oshOperator, applicationId: id, serial: "AB12", now });
    const detail = (await getApplication({ db: t.db, actor: accountant, applicationId: id }))!;
    expect(detail.stage).toBe("signatureIssued");
    expect(detail.signature).toMatchObject({ serial: "AB12", issuedById: "op-osh" });
    expect(detail.signature!.validTo.toISOString()).toBe("2027-11-26T06:00:00.000Z");
    expect(detail.history.map((e) => [e.action, e.actorEmail])).toEqual([
      ["application.documents-checked", "osh@dostek.kg"],
      ["application.signature-issued", "osh@dostek.kg"],
    ]);

    // The same serial cannot be handed out twice.
    const other = await registerTestClient(t.db, "flow-2", {
      inn: "01111111111127",
      organizationName: "ОсОО Экинчи",
    });
    const otherId = await applicationOf(other);
    await checkDocuments({ db: t.db, actor: admin, applicationId: otherId });
    await pay(other, (await t.db.invoice.findUniqueOrThrow({ where: { number: other } })).amountTyiyn);
    await expect(
      issueSignature({ db: t.db, actor: admin, applicationId: otherId, serial: "AB12" }),
    ).rejects.toEqual(new ApplicationError("serialTaken"));
    expect((await t.db.application.findUniqueOrThrow({ where: { id: otherId } })).status).toBe(
      "documentsChecked",
    );
  });

  it("cancels an unpaid invoice with its application (then MegaPay gets 7), never one with money on it", async () => {
    const number = await registerTestClient(t.db, "cancel-1", {
      inn: "01111111111135",
      organizationName: "ОсОО Жок",
    });
    await expect(
      cancelInvoice({ db: t.db, actor: jaOperator, invoiceNumber: number, reason: "client changed mind" }),
    ).rejects.toBeInstanceOf(NotAllowedError);
    await cancelInvoice({
      db: t.db,
      actor: oshOperator,
      invoiceNumber: number,
      reason: "client changed mind",
    });
    const invoice = await t.db.invoice.findUniqueOrThrow({
      where: { number },
      include: { application: true },
    });
    expect(invoice).toMatchObject({ status: "cancelled", cancelReason: "client changed mind" });
    expect(invoice.application).toMatchObject({ status: "cancelled", cancelReason: "client changed mind" });
    expect(await pay(number, 100)).toEqual({ status: "refused", refusal: "invoiceCancelled" });

    const partly = await registerTestClient(t.db, "cancel-2", {
      inn: "01111111111143",
      organizationName: "ОсОО Бар",
    });
    expect((await pay(partly, 100)).status).toBe("recorded");
    await expect(
      cancelInvoice({ db: t.db, actor: admin, invoiceNumber: partly, reason: "too late" }),
    ).rejects.toEqual(new ApplicationError("hasPayments"));
    const history = await t.db.auditEvent.findMany({ where: { subjectType: "invoice" } });
    expect(history.map((e) => [e.subjectId, e.action])).toEqual([[number, "invoice.cancelled"]]);
  });

  it("lists and searches applications and invoices, and counts Today per office", async () => {
    const number = await registerTestClient(t.db, "list-1", {
      inn: "01111111111151",
      organizationName: "ОсОО Издөө",
      office: "jalal-abad",
    });
    const all = await listApplications({ db: t.db, actor: accountant, filter: readApplicationFilter({}) });
    expect(all.rows[0]).toMatchObject({ invoiceNumber: number, office: "jalal-abad", stage: "submitted" });
    const byInn = await listApplications({
      db: t.db,
      actor: accountant,
      filter: readApplicationFilter({ q: "0111 1111 1111 51" }),
    });
    expect(byInn.rows.map((r) => r.invoiceNumber)).toEqual([number]);
    const byName = await listApplications({
      db: t.db,
      actor: accountant,
      filter: readApplicationFilter({ q: "Издөө" }),
    });
    expect(byName.rows.map((r) => r.invoiceNumber)).toEqual([number]);
    const paidStage = await listApplications({
      db: t.db,
      actor: accountant,
      filter: readApplicationFilter({ stage: "paid" }),
    });
    expect(paidStage.rows.every((r) => r.stage === "paid")).toBe(true);
    const invoices = await listInvoices({ db: t.db, actor: accountant, q: readSearchText(number) });
    expect(invoices.rows.map((r) => r.number)).toEqual([number]);

    const today = await getToday({ db: t.db, actor: accountant });
    const ja = today.offices.find((o) => o.office === "jalal-abad")!;
    expect(ja.awaitingDocuments.first.map((a) => a.invoiceNumber)).toContain(number);
    const osh = today.offices.find((o) => o.office === "osh")!;
    expect(osh.awaitingSignature.count).toBe(1);
    const edsByMegapay = osh.payments.find((p) => p.service === "eds" && p.method === "megapay")!;
    expect(edsByMegapay.count).toBeGreaterThanOrEqual(2);
  });
});
