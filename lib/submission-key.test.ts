import { describe, expect, it } from "vitest";
import { newSubmissionKey, submissionKeyPattern } from "./submission-key";

describe("newSubmissionKey", () => {
  it("is 32 hex digits that the form's check accepts", () => {
    const key = newSubmissionKey();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(submissionKeyPattern.test(key)).toBe(true);
  });

  it("writes every byte, leading zeros included", () => {
    expect(newSubmissionKey((bytes) => bytes.fill(10))).toBe("0a".repeat(16));
  });

  it("differs from one form to the next", () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newSubmissionKey()));
    expect(keys.size).toBe(1000);
  });
});
