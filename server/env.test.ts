import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("has defaults for everything", () => {
    expect(parseEnv({})).toMatchObject({
      DATABASE_URL: "file:./data/dostek.db",
      PORT: 3000,
      SITE_URL: "http://localhost:3000",
      TRUST_PROXY_HOPS: 0,
      SOCI_MIN_SUM: 100,
      SOCI_MAX_SUM: 50_000_000,
      MEGAPAY_ALLOWED_IPS: "",
    });
    expect(parseEnv({}).MEGAPAY_BASIC_USER).toBeUndefined();
  });

  it("treats empty values as unset and trims the site URL", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: " ", SITE_URL: "https://dostek.kg/" })).toMatchObject({
      PORT: 3000,
      SITE_URL: "https://dostek.kg",
    });
  });

  it.each([
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ SITE_URL: "ftp://x" }, "SITE_URL"],
    [{ MEGAPAY_ALLOWED_IPS: "10.0.0.0/40" }, "MEGAPAY_ALLOWED_IPS"],
    [{ MEGAPAY_BASIC_PASSWORD: "short" }, "MEGAPAY_BASIC_PASSWORD"],
    [{ SOCI_MIN_SUM: "1,5" }, "SOCI_MIN_SUM"],
    [{ SOCI_MIN_SUM: "100", SOCI_MAX_SUM: "10" }, "SOCI_MIN_SUM"],
    [{ TRUST_PROXY_HOPS: "-1" }, "TRUST_PROXY_HOPS"],
    [{ DATABASE_POOL_TIMEOUT_MS: "0" }, "DATABASE_POOL_TIMEOUT_MS"],
    [{ DATABASE_LOCK_TIMEOUT_MS: "soon" }, "DATABASE_LOCK_TIMEOUT_MS"],
    [{ SMS_PROVIDER: "smspro", SMS_LOGIN: "dostek", SMS_PASSWORD: "secret" }, "SMS_PROVIDER"],
    [{ SMS_PROVIDER: "twilio" }, "SMS_PROVIDER"],
    [{ SMS_SENDER: "DOS TEK GROUP" }, "SMS_SENDER"],
    [{ SMS_API_URL: "http://smspro.nikita.kg/api" }, "SMS_API_URL"],
  ])("names the wrong variable in %j", (source, name) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(name);
  });

  it("has SMS off unless a provider and its account are all set", () => {
    expect(parseEnv({}).SMS_PROVIDER).toBeUndefined();
    expect(
      parseEnv({ SMS_PROVIDER: "smspro", SMS_LOGIN: "dostek", SMS_PASSWORD: "secret", SMS_SENDER: "DOSTEK" }),
    ).toMatchObject({ SMS_PROVIDER: "smspro", SMS_API_URL: "https://smspro.nikita.kg/api", SMS_TEST: false });
  });

  it("caps SOCI_MAX_SUM at the largest sum a request can carry, and says so", () => {
    expect(parseEnv({ SOCI_MAX_SUM: "9999999999999.99" }).SOCI_MAX_SUM).toBe(999_999_999_999_999);
    expect(() => parseEnv({ SOCI_MAX_SUM: "10000000000000" })).toThrow(
      /SOCI_MAX_SUM: must not be more than 9999999999999\.99 som/,
    );
  });
});
