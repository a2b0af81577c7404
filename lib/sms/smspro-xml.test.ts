import { describe, expect, it } from "vitest";
import {
  readSmsproReport,
  readSmsproSendAnswer,
  smsproMessageXml,
  smsproOutcome,
  smsproReportXml,
  SmsproAnswerError,
} from "./smspro-xml";

const account = { login: "dostek", password: "p<&>" };

describe("smspro's XML", () => {
  it("writes a message with every field, escaped, and the test flag only when asked", () => {
    const xml = smsproMessageXml(account, {
      id: "k1x2",
      sender: "DOSTEK",
      text: "Счёт <1> & «2»",
      phones: ["996555123456"],
      test: true,
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><message><login>dostek</login><pwd>p&lt;&amp;&gt;</pwd><id>k1x2</id>' +
        "<sender>DOSTEK</sender><text>Счёт &lt;1&gt; &amp; «2»</text><phones><phone>996555123456</phone></phones>" +
        "<test>1</test></message>",
    );
    expect(
      smsproMessageXml(account, { id: "a", sender: "S", text: "t", phones: ["996"], test: false }),
    ).not.toContain("<test>");
    expect(smsproReportXml(account, "k1x2")).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><dr><login>dostek</login><pwd>p&lt;&amp;&gt;</pwd><id>k1x2</id></dr>',
    );
  });

  it("reads the answers, keeping ids as text", () => {
    expect(
      readSmsproSendAnswer(
        '<?xml version="1.0" encoding="UTF-8"?><response><id>0012</id><status>0</status><phones>1</phones><smscnt>1</smscnt></response>',
      ),
    ).toEqual({ id: "0012", status: 0, parts: 1 });
    expect(
      readSmsproReport(
        "<response><status>0</status><phone><number>996555123456</number><report>3</report><sendTime>20261206101500</sendTime><rcvTime>20261206101503</rcvTime></phone></response>",
      ),
    ).toEqual({
      status: 0,
      phones: [{ number: "996555123456", report: 3, sentAt: "20261206101500", receivedAt: "20261206101503" }],
    });
    expect(readSmsproReport("<response><status>4</status></response>")).toEqual({ status: 4, phones: [] });
    for (const bad of ["", "<html>502</html>", "<response><id>1</id></response>", "<response"])
      expect(() => readSmsproSendAnswer(bad)).toThrow(SmsproAnswerError);
  });

  it("sends on 0, 10 and 11, gives up on a message that can never go, retries the rest", () => {
    expect([0, 10, 11].map(smsproOutcome)).toEqual(["sent", "sent", "sent"]);
    expect([6, 7, 9].map(smsproOutcome)).toEqual(["refused", "refused", "refused"]);
    expect([1, 2, 3, 4, 5, 8, 12, 99].map(smsproOutcome)).toEqual(Array(8).fill("retry"));
  });
});
