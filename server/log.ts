import pino from "pino";
import { getEnv } from "./env";

// One logger per process, on globalThis: npm start's own server (the MegaPay API, the worker) and
// Next.js's bundle each have a copy of this module, and two asynchronous writers on one stdout
// could interleave their lines.
const loggerKey = Symbol.for("dostek.logger");
const holder = globalThis as { [loggerKey]?: pino.Logger };

// One JSON line per event on stdout. Secrets never reach it: nothing logs headers or bodies.
// Written asynchronously: a line is handed to the operating system without the request waiting
// for the write, and lines that arrive while one is being written go out together with the next
// (one write for many MegaPay requests under load, at once when it is quiet). pino flushes what
// is left when the process exits; a SIGKILL can lose the last lines (never a payment: those are
// in the database).
export function getLogger(): pino.Logger {
  holder[loggerKey] ??= pino(
    { level: getEnv().LOG_LEVEL, base: { app: "dostek.kg" } },
    pino.destination({ dest: 1, sync: false }),
  );
  return holder[loggerKey];
}
