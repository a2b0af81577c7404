import { createHash, timingSafeEqual } from "node:crypto";

function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

// The configured secrets' digests, made once (they do not change while the process lives): the
// MegaPay API compares two on every request.
const expectedDigests = new Map<string, Buffer>();

// Both sides are hashed first so that the comparison takes the same time whatever the lengths.
export function sameSecret(given: string, expected: string): boolean {
  let expectedDigest = expectedDigests.get(expected);
  if (!expectedDigest) {
    expectedDigest = digest(expected);
    if (expectedDigests.size < 16) expectedDigests.set(expected, expectedDigest);
  }
  return timingSafeEqual(digest(given), expectedDigest);
}
