// The one-time key a registration form carries, so that a form sent twice (a double tap, a retry
// after a lost answer) registers once. The public form is the same cached page for everyone, so
// the key cannot be in its HTML: the browser makes one when the form appears, and for a browser
// without JavaScript the server makes one on the first post and sends it back with the form.

export const submissionKeyPattern = /^[A-Za-z0-9-]{16,64}$/;

// 128 random bits as hex. crypto.getRandomValues works in browsers on plain http too, where
// crypto.randomUUID does not, and in Node.
export function newSubmissionKey(
  fill: (bytes: Uint8Array) => Uint8Array = (bytes) => globalThis.crypto.getRandomValues(bytes),
): string {
  return Array.from(fill(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
