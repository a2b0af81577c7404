import { describe, expect, it } from "vitest";
import { applicationStage, signatureValidTo } from "./application-stage";

describe("applicationStage", () => {
  it("is paid only when the documents are checked and the invoice is paid", () => {
    expect(applicationStage("documentsChecked", "paid")).toBe("paid");
    expect(applicationStage("documentsChecked", "partly_paid")).toBe("documentsChecked");
    // Paid online before anyone looked at the documents: still waiting for the check.
    expect(applicationStage("submitted", "paid")).toBe("submitted");
    expect(applicationStage("signatureIssued", "paid")).toBe("signatureIssued");
    expect(applicationStage("cancelled", "cancelled")).toBe("cancelled");
  });
});

describe("signatureValidTo", () => {
  it("is twelve months after the issue", () => {
    expect(signatureValidTo(new Date("2026-11-26T05:00:00Z")).toISOString()).toBe("2027-11-26T05:00:00.000Z");
  });
});
