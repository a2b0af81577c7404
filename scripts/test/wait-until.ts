import { vi } from "vitest";

// Waits until `read` gives something truthy and returns it: what the apps send (a row's state, a
// message received) is waited for, never slept for, up to 20 s on a loaded machine. `read` says
// "not yet" with a falsy value; an error it throws ends the wait at once. On timeout the error
// names what never came.
export function waitUntil<T>(what: string, read: () => T | Promise<T>, timeoutMs = 20_000) {
  return vi.waitUntil(read, { timeout: timeoutMs, interval: 50 }).catch((error: unknown) => {
    if (error instanceof Error && error.message.startsWith("Timed out in waitUntil"))
      throw new Error(`timed out waiting for ${what}`, { cause: error });
    throw error;
  });
}
