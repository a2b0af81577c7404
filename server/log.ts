import pino from "pino";
import { getEnv } from "./env";

let logger: pino.Logger | undefined;

// One JSON line per event on stdout. Secrets never reach it: nothing logs headers or bodies.
export function getLogger(): pino.Logger {
  logger ??= pino({ level: getEnv().LOG_LEVEL, base: { app: "dostek.kg" } });
  return logger;
}
