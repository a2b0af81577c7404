// The configuration every command starts from: the same .env files Next.js reads (.env,
// .env.production, .env.local, …), loaded before the environment is validated, so that the
// commands and the server see the same configuration.
import nextEnv from "@next/env";
import { EnvError, parseEnv, type Env } from "@/server/env";
import { projectRoot } from "./build-info";

export function readEnvOrExit(): Env {
  nextEnv.loadEnvConfig(projectRoot, false, { info: () => undefined, error: console.error });
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
