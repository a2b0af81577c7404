import { describe, expect, it } from "vitest";
import { encodeOsmpResponse, escapeXml } from "./encode-response";

describe("OSMP response encoding", () => {
  it("writes the contract's shape", () => {
    expect(
      encodeOsmpResponse({
        txnId: "1234567890",
        prvTxn: "48213",
        sumTyiyn: 151_000,
        result: 0,
        comment: "OK",
      }),
    ).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<response>",
        "  <osmp_txn_id>1234567890</osmp_txn_id>",
        "  <prv_txn>48213</prv_txn>",
        "  <sum>1510.00</sum>",
        "  <result>0</result>",
        "  <comment>OK</comment>",
        "</response>",
        "",
      ].join("\n"),
    );
  });

  it("adds check fields and leaves out what is unknown", () => {
    const xml = encodeOsmpResponse({
      txnId: "",
      result: 0,
      comment: "OK",
      fields: [
        { name: "client", value: "ОсОО «Бир & Эки»" },
        { name: "due", value: "1510.00" },
      ],
    });
    expect(xml).toContain('<field1 name="client">ОсОО «Бир &amp; Эки»</field1>');
    expect(xml).toContain('<field2 name="due">1510.00</field2>');
    expect(xml).not.toContain("<sum>");
    expect(xml).not.toContain("<prv_txn>");
  });

  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u0007ok`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok",
    );
  });
});
