import { z } from "zod";
import { AllowListError, parseAllowList } from "@/lib/ip-allow-list";
import { maxDecimalSomTyiyn, parseDecimalSom, toDecimalSom } from "@/lib/money";
import { defaultDatabaseUrl } from "./db/provider";

// An empty variable counts as unset, so `FOO=` in a .env file falls back to the default.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

const somAmount = (fallback: string) =>
  optional(
    z
      .string()
      .trim()
      .default(fallback)
      .transform((text, ctx) => {
        const tyiyn = parseDecimalSom(text);
        // Stored in 64-bit columns and counted in exact numbers, an amount has one ceiling: the
        // largest sum a MegaPay request can carry.
        if (tyiyn === null && /^\d+(\.\d{1,2})?$/.test(text)) {
          ctx.addIssue({
            code: "custom",
            message: `must not be more than ${toDecimalSom(maxDecimalSomTyiyn)} som, the largest sum a request can carry`,
          });
          return z.NEVER;
        }
        if (tyiyn === null || tyiyn <= 0) {
          ctx.addIssue({
            code: "custom",
            message: "must be an amount in som greater than 0, like 1 or 1.50",
          });
          return z.NEVER;
        }
        return tyiyn;
      }),
  );

// A comma-separated list of addresses and CIDR ranges (lib/ip-allow-list.ts), empty by default.
const allowListText = () =>
  z
    .string()
    .default("")
    .superRefine((text, ctx) => {
      try {
        parseAllowList(text);
      } catch (error) {
        if (!(error instanceof AllowListError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message });
      }
    });

const envSchema = z.object({
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .regex(
        /^(file:.+|postgres(ql)?:\/\/.+)$/,
        "must be file:<path> (SQLite) or postgresql://… (PostgreSQL)",
      )
      .default(defaultDatabaseUrl),
  ),
  DATABASE_POOL_SIZE: optional(z.coerce.number().int().min(1).max(200).default(10)),
  // How long a request waits for a free PostgreSQL connection, and a payment for a row lock,
  // before it gives up (MegaPay is then answered 1, "retry later").
  DATABASE_POOL_TIMEOUT_MS: optional(z.coerce.number().int().min(50).max(60_000).default(5_000)),
  DATABASE_LOCK_TIMEOUT_MS: optional(z.coerce.number().int().min(50).max(60_000).default(5_000)),
  PORT: optional(z.coerce.number().int().min(1).max(65_535).default(3000)),
  // The address `npm start` listens on (127.0.0.1 behind a proxy on the same machine); unset =
  // every address of the machine.
  HOST: optional(z.string().trim().min(1).max(253).optional()),
  SITE_URL: optional(
    z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ""))
      .default("http://localhost:3000"),
  ),
  TRUST_PROXY_HOPS: optional(z.coerce.number().int().min(0).max(10).default(0)),
  // The reverse proxies whose X-Forwarded-For is read, by address or CIDR range; whatever else
  // can reach the port is taken at its TCP address. Preferred to TRUST_PROXY_HOPS.
  TRUST_PROXY_ADDRESSES: optional(allowListText()),
  REGISTRATION_RATE_LIMIT: optional(z.coerce.number().int().min(1).max(100_000).default(30)),
  MEGAPAY_BASIC_USER: optional(z.string().min(1).max(200).optional()),
  MEGAPAY_BASIC_PASSWORD: optional(z.string().min(12, "must be at least 12 characters").max(200).optional()),
  MEGAPAY_ALLOWED_IPS: optional(allowListText()),
  // Signs the back office's session cookies; unset = the back office is off.
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters").max(500).optional()),
  // SOChI's feed of balance entries (GET /api/soci/top-ups): the bearer token SOChI sends.
  SOCI_FEED_TOKEN: optional(z.string().min(32, "must be at least 32 characters").max(500).optional()),
  // /api/metrics: a bearer token for Prometheus, and/or addresses allowed without it. Neither = 503.
  METRICS_TOKEN: optional(z.string().min(32, "must be at least 32 characters").max(500).optional()),
  METRICS_ALLOWED_IPS: optional(allowListText()),
  // Email notifications (domain/notifications/): smtp://user:password@host:587 or smtps://…:465.
  // Unset = off (the outbox rows are marked skipped and nothing is sent).
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/ }).optional()),
  MAIL_FROM: optional(z.string().trim().min(3).max(200).default("DOS TEK GROUP <noreply@dostek.kg>")),
  // SMS notifications (server/sms/): the provider's adapter (smspro: Nikita's smspro.nikita.kg
  // XML API), the account, and the sender name the provider approved. Unset = off, like SMTP_URL.
  SMS_PROVIDER: optional(z.enum(["smspro"]).optional()),
  SMS_LOGIN: optional(z.string().trim().min(1).max(200).optional()),
  SMS_PASSWORD: optional(z.string().min(1).max(200).optional()),
  // Latin letters, digits, dots and dashes, at most 11: what a phone shows as the sender's name.
  SMS_SENDER: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.\- ]{1,11}$/, "must be at most 11 Latin letters, digits, dots or dashes")
      .optional(),
  ),
  // HTTPS: the password travels in every request. Plain HTTP only to this machine (tests).
  SMS_API_URL: optional(
    z
      .url({ protocol: /^https?$/ })
      .refine(
        (url) => url.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(`${url}/`),
        {
          message: "must be https:// (plain http only to 127.0.0.1 or localhost)",
        },
      )
      .transform((url) => url.replace(/\/+$/, ""))
      .default("https://smspro.nikita.kg/api"),
  ),
  // 1: every message is sent with the provider's test flag (checked and answered, never delivered
  // or charged), for trying an account before going live.
  SMS_TEST: optional(
    z
      .enum(["0", "1"])
      .default("0")
      .transform((v) => v === "1"),
  ),
  // How often the worker looks for due messages, and the first retry's delay (doubling, at most an
  // hour); short values are for tests.
  NOTIFICATION_POLL_MS: optional(z.coerce.number().int().min(50).max(60_000).default(2_000)),
  NOTIFICATION_RETRY_BASE_MS: optional(z.coerce.number().int().min(50).max(3_600_000).default(30_000)),
  // Where npm run db:backup writes (relative to the working directory).
  BACKUP_DIR: optional(z.string().trim().max(1000).default("backups")),
  SOCI_MIN_SUM: somAmount("1.00"),
  SOCI_MAX_SUM: somAmount("500000.00"),
  BENCH_BARE_ROUTE: optional(
    z
      .enum(["0", "1"])
      .default("0")
      .transform((v) => v === "1"),
  ),
  LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
});

const checkedEnvSchema = envSchema
  .refine((env) => env.SOCI_MIN_SUM <= env.SOCI_MAX_SUM, {
    message: "SOCI_MIN_SUM must not be greater than SOCI_MAX_SUM",
    path: ["SOCI_MIN_SUM"],
  })
  .refine((env) => !env.SMS_PROVIDER || (env.SMS_LOGIN && env.SMS_PASSWORD && env.SMS_SENDER), {
    message: "SMS_PROVIDER needs SMS_LOGIN, SMS_PASSWORD and SMS_SENDER",
    path: ["SMS_PROVIDER"],
  })
  .refine((env) => env.TRUST_PROXY_HOPS === 0 || env.TRUST_PROXY_ADDRESSES === "", {
    message: "set TRUST_PROXY_ADDRESSES or TRUST_PROXY_HOPS, not both",
    path: ["TRUST_PROXY_HOPS"],
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checkedEnvSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
