import { describe, expect, it } from "vitest";
import { checkRegistration, type RegistrationValues } from "./registration-schema";

const valid: RegistrationValues = {
  clientType: "legal",
  inn: "0123 4567 8901 23",
  organizationName: "  ОсОО   «Тест»  ",
  headName: "Асанов Асан",
  phone: "0555 12-34-56",
  email: "",
  office: "jalal-abad",
  tariffs: { rutoken: "", "cloud-head": "2" },
  consent: true,
};

describe("registration schema", () => {
  it("accepts a valid form and normalizes it", () => {
    expect(checkRegistration(valid)).toEqual({
      ok: true,
      registration: {
        clientType: "legal",
        inn: "01234567890123",
        organizationName: "ОсОО «Тест»",
        headName: "Асанов Асан",
        phone: "+996555123456",
        email: null,
        office: "jalal-abad",
        items: [
          { code: "cloud-head", quantity: 2 },
          { code: "rutoken", quantity: 1 },
        ],
      },
    });
  });

  it.each<[Partial<RegistrationValues>, string, string]>([
    [{ inn: "0123456789012" }, "inn", "innFormat"],
    [{ inn: "012345678901234" }, "inn", "innFormat"],
    [{ inn: "0123456789012x" }, "inn", "innFormat"],
    [{ inn: "" }, "inn", "required"],
    [{ inn: "31503198500012" }, "inn", "innFirstDigit"],
    [{ inn: "13102198500012" }, "inn", "innBirthDate"],
    [{ clientType: "entrepreneur" }, "inn", "innNotPerson"],
    [{ clientType: "robot" }, "clientType", "choice"],
    [{ organizationName: "   " }, "organizationName", "required"],
    [{ organizationName: "a".repeat(10_000) }, "organizationName", "tooLong"],
    [{ headName: "Bad\u0000Name" }, "headName", "badCharacters"],
    [{ organizationName: "ОсОО \u202eТест" }, "organizationName", "invisibleCharacters"],
    [{ organizationName: "ОсОО \u2066Тест\u2069" }, "organizationName", "invisibleCharacters"],
    [{ headName: "Асан\u200bов" }, "headName", "invisibleCharacters"],
    [{ headName: "\ufeffАсанов" }, "headName", "invisibleCharacters"],
    [{ email: "a\u200b@example.kg" }, "email", "invisibleCharacters"],
    [{ phone: "" }, "phone", "required"],
    [{ phone: "+7 999 123 45 67" }, "phone", "phone"],
    [{ email: "not-an-email" }, "email", "email"],
    [{ email: `${"a".repeat(250)}@x.kg` }, "email", "tooLong"],
    [{ office: "bishkek" }, "office", "choice"],
    [{ tariffs: {} }, "tariff", "tariffRequired"],
    [{ tariffs: { "Gold Plan": "1" } }, "tariff", "tariffUnknown"],
    [{ tariffs: { "cloud-head": "0" } }, "tariff", "quantity"],
    [{ tariffs: { "cloud-head": "21" } }, "tariff", "quantity"],
    [{ tariffs: { "cloud-head": "1.5" } }, "tariff", "quantity"],
    [{ consent: false }, "consent", "consent"],
  ])("refuses %j", (override, field, code) => {
    const result = checkRegistration({ ...valid, ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as keyof typeof result.errors]?.code).toBe(code);
  });

  it("names the limit of a field that is too long", () => {
    const result = checkRegistration({ ...valid, headName: "а".repeat(121) });
    expect(result).toEqual({ ok: false, errors: { headName: { code: "tooLong", max: 120 } } });
  });

  it("reports every field's first problem at once", () => {
    const result = checkRegistration({ ...valid, inn: "", phone: "1", consent: false });
    expect(result.ok || Object.keys(result.errors).sort()).toEqual(["consent", "inn", "phone"]);
  });

  it("keeps markup in a name as text", () => {
    const result = checkRegistration({ ...valid, organizationName: '<script>alert("x")</script>' });
    expect(result.ok && result.registration.organizationName).toBe('<script>alert("x")</script>');
  });
});
