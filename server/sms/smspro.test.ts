import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeSmsGateway, type FakeSmsGateway } from "@/scripts/test/fake-sms-gateway";
import { SmsRefusedError } from "@/lib/sms/sms-channel";
import { createSmsproSender } from "./smspro";

const account = { login: "dostek", password: "s3cret&<x>" };

describe("the smspro adapter, against a fake gateway", () => {
  let gateway: FakeSmsGateway;
  beforeAll(async () => {
    gateway = await startFakeSmsGateway(account);
  });
  afterAll(() => gateway.close());
  const sender = (overrides: { test?: boolean; password?: string } = {}) =>
    createSmsproSender({
      apiUrl: gateway.url,
      account: { ...account, password: overrides.password ?? account.password },
      sender: "DOSTEK",
      test: overrides.test ?? false,
      timeoutMs: 5_000,
    });

  it("sends the text and the number as 996XXXXXXXXX, and a repeated id only once", async () => {
    gateway.answer(undefined);
    const sms = {
      id: "abc123",
      to: "+996555123456",
      text: "Счёт 1234 на 1 510,00 сом. MegaPay → «Оплата ЭЦП» & <x>",
    };
    await sender().send(sms);
    await sender().send(sms);
    expect(gateway.received).toEqual([
      { id: "abc123", sender: "DOSTEK", text: sms.text, phones: ["996555123456"], test: false },
    ]);
    expect((await sender().report("abc123")).phones[0]?.report).toBe(3);
    expect((await sender().report("nothing")).status).toBe(4);
  });

  it("marks the test flag, refuses for good what can never go, and fails what may go later", async () => {
    gateway.answer(undefined);
    await sender({ test: true }).send({ id: "t1", to: "+996700000001", text: "т" });
    expect(gateway.received.at(-1)).toMatchObject({ id: "t1", test: true });
    await expect(sender().send({ id: "bad1", to: "+99612", text: "т" })).rejects.toBeInstanceOf(
      SmsRefusedError,
    );
    await expect(
      sender({ password: "wrong" }).send({ id: "x2", to: "+996555000000", text: "т" }),
    ).rejects.toThrow("SMS 2: wrong login or password");
    gateway.answer(4);
    const failure = sender().send({ id: "x3", to: "+996555000000", text: "т" });
    await expect(failure).rejects.toThrow("SMS 4: not enough money on the account");
    await expect(failure).rejects.not.toBeInstanceOf(SmsRefusedError);
    gateway.answer(undefined);
  });

  it("fails when the gateway cannot be reached", async () => {
    const down = await startFakeSmsGateway(account);
    const url = down.url;
    await down.close();
    await expect(
      createSmsproSender({ apiUrl: url, account, sender: "DOSTEK", test: false, timeoutMs: 2_000 }).send({
        id: "d1",
        to: "+996555000000",
        text: "т",
      }),
    ).rejects.toThrow();
  });
});
