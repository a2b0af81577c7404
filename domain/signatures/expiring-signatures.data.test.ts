import { describe, expect, it } from "vitest";
import type { StaffActor } from "@/config/staff-roles";
import { recordEdsPayment } from "@/domain/megapay/record-eds-payment";
import { registerClient, RegistrationError } from "@/domain/registration/register-client";
import { seedTariffs } from "@/domain/tariffs/seed-tariffs";
import { aRegistration, registerTestClient } from "@/scripts/test/registration-fixture";
import { testProviders, useTestDatabase } from "@/scripts/test/test-database";
import { checkDocuments } from "../applications/check-documents";
import { issueSignature } from "../applications/issue-signature";
import { getToday } from "../today/get-today";
import { listExpiringSignatures } from "./list-expiring-signatures";
import { dayMs as day } from "@/lib/dates";

const admin: StaffActor = { id: "admin-1", email: "boss@dostek.kg", role: "admin", office: null };
const accountant: StaffActor = { id: "acc", email: "acc@dostek.kg", role: "accountant", office: null };

describe.each(testProviders)("signatures to renew on %s", (provider) => {
  const t = useTestDatabase(provider, async (t) => {
    await seedTariffs({ db: t.db, overwrite: false });
  });
  let txn = 5000;
  const payInFull = async (number: string) => {
    const invoice = await t.db.invoice.findUniqueOrThrow({ where: { number } });
    await recordEdsPayment({
      db: t.db,
      request: { txnId: String(++txn), account: number, sumTyiyn: invoice.amountTyiyn, txnDate: new Date() },
    });
    return invoice.applicationId!;
  };
  // A signature handed out on `issuedAt`: valid 12 months from then.
  const signatureOf = async (key: string, inn: string, office: "osh" | "jalal-abad", issuedAt: Date) => {
    const number = await registerTestClient(t.db, key, { inn, office, organizationName: `ОсОО ${key}` });
    const applicationId = await payInFull(number);
    await checkDocuments({ db: t.db, actor: admin, applicationId });
    await issueSignature({ db: t.db, actor: admin, applicationId, serial: `S-${key}`, now: issuedAt });
    return t.db.signatureIssue.findUniqueOrThrow({ where: { applicationId } });
  };

  it("lists signatures within 30 days either side of expiry, per office, with their renewal", async () => {
    // The clock is moved, not waited for: "now" is a year after the first signatures.
    const now = new Date("2027-12-01T06:00:00Z");
    const year = (d: number) => new Date(now.getTime() - 365 * day + d * day);
    const soon = await signatureOf("exp-soon", "02222222222221", "osh", year(10));
    const lapsed = await signatureOf("exp-lapsed", "02222222222222", "jalal-abad", year(-20));
    await signatureOf("exp-far", "02222222222223", "osh", year(45));
    await signatureOf("exp-long-ago", "02222222222224", "osh", year(-40));
    // 10 and -20 days from now (a year is 365 days, and 12 months from 2026-12 is 365 too).
    const list = await listExpiringSignatures({ db: t.db, actor: accountant, now });
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => r.serial)).toEqual(["S-exp-lapsed", "S-exp-soon"]);
    expect(list.rows[1]).toMatchObject({
      office: "osh",
      client: { name: "ОсОО exp-soon", inn: "02222222222221", phone: "+996555123456" },
      tariffs: [{ quantity: 1 }],
      renewal: { state: "none", invoiceNumber: null },
    });
    const osh = await listExpiringSignatures({ db: t.db, actor: accountant, now, office: "osh" });
    expect(osh.rows.map((r) => r.id)).toEqual([soon.id]);

    // Staff issue the renewal from the list: it names the signature, and must be the same INN's.
    await expect(
      registerClient({
        db: t.db,
        actor: admin,
        submissionKey: "renew-wrong",
        registration: aRegistration({ inn: "02222222222229" }),
        renewsSignatureId: soon.id,
      }),
    ).rejects.toEqual(new RegistrationError("not-renewable"));
    const { invoiceNumber } = await registerClient({
      db: t.db,
      actor: admin,
      submissionKey: "renew-soon",
      registration: aRegistration({ inn: "02222222222221", organizationName: "ОсОО exp-soon" }),
      renewsSignatureId: soon.id,
    });
    const renewed = async () =>
      (await listExpiringSignatures({ db: t.db, actor: accountant, now, office: "osh" })).rows[0]!.renewal;
    expect(await renewed()).toMatchObject({ state: "awaiting", invoiceNumber });
    const today = async () => (await getToday({ db: t.db, actor: accountant, now })).offices;
    expect((await today()).map((o) => [o.office, o.expiringSignatures])).toEqual([
      ["osh", { count: 1, notRenewed: 1 }],
      ["jalal-abad", { count: 1, notRenewed: 1 }],
    ]);
    await payInFull(invoiceNumber);
    expect(await renewed()).toMatchObject({ state: "paid", invoiceNumber });
    expect((await today())[0]!.expiringSignatures).toEqual({ count: 1, notRenewed: 0 });
    // A second renewal issued by mistake does not hide the paid one, on the list as on Today.
    await registerClient({
      db: t.db,
      actor: admin,
      submissionKey: "renew-soon-again",
      registration: aRegistration({
        inn: "02222222222221",
        organizationName: "ОсОО exp-soon",
        items: [{ code: "cloud-head", quantity: 1 }],
      }),
      renewsSignatureId: soon.id,
    });
    expect(await renewed()).toMatchObject({ state: "paid", invoiceNumber });
    expect((await today())[0]!.expiringSignatures).toEqual({ count: 1, notRenewed: 0 });
    // The public form cannot name the signature it renews, whatever it is sent: other tariffs
    // renew nothing; exactly the signature's tariffs for its INN renew it.
    const renewsOf = async (number: string) =>
      (await t.db.invoice.findUniqueOrThrow({ where: { number }, include: { application: true } }))
        .application?.renewsSignatureId;
    const other = await registerClient({
      db: t.db,
      submissionKey: "renew-public",
      registration: aRegistration({ inn: "02222222222222", items: [{ code: "cloud-head", quantity: 1 }] }),
      renewsSignatureId: lapsed.id,
      now,
    });
    expect(await renewsOf(other.invoiceNumber)).toBeNull();
    const same = await registerClient({
      db: t.db,
      submissionKey: "renew-public-same",
      registration: aRegistration({ inn: "02222222222222" }),
      now,
    });
    expect(await renewsOf(same.invoiceNumber)).toBe(lapsed.id);
  });

  it("counts the window in Bishkek days: from the start of the day 30 days ago to the end of the day 30 ahead", async () => {
    // 15:00 in Bishkek.
    const now = new Date("2027-06-15T09:00:00Z");
    const signature = await signatureOf("edge", "02222222222231", "osh", new Date("2026-06-01T06:00:00Z"));
    const listed = async (validTo: string) => {
      await t.db.signatureIssue.update({ where: { id: signature.id }, data: { validTo: new Date(validTo) } });
      return (await listExpiringSignatures({ db: t.db, actor: accountant, now })).rows.some(
        (r) => r.id === signature.id,
      );
    };
    // Bishkek is UTC+6: a day there starts at 18:00 UTC the day before. The window's last day is
    // 15 July (30 days ahead), its first 16 May (30 days back).
    expect(await listed("2027-07-15T17:59:59Z")).toBe(true);
    expect(await listed("2027-07-15T18:00:00Z")).toBe(false);
    expect(await listed("2027-05-15T18:00:00Z")).toBe(true);
    expect(await listed("2027-05-15T17:59:59Z")).toBe(false);
  });
});
