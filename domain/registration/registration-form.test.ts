import { describe, expect, it } from "vitest";
import { readRegistrationValues, validateRegistration } from "./registration-form";

const active = new Set(["cloud-head", "rutoken"]);

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

const valid = {
  clientType: "legal",
  inn: "0123 4567 8901 23",
  organizationName: "  ОсОО   «Тест»  ",
  headName: "Асанов Асан",
  phone: "0555 12-34-56",
  email: "",
  office: "jalal-abad",
  tariff: ["cloud-head", "rutoken"],
  "quantity-cloud-head": "2",
  "quantity-rutoken": "",
  consent: "on",
};

const validate = (fields: Record<string, string | string[]>) =>
  validateRegistration(readRegistrationValues(form(fields)), active);

describe("registration form", () => {
  it("accepts a valid form and normalizes it", () => {
    expect(validate(valid)).toEqual({
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

  it.each([
    [{ inn: "0123456789012" }, "inn", "innFormat"],
    [{ inn: "012345678901234" }, "inn", "innFormat"],
    [{ inn: "0123456789012x" }, "inn", "innFormat"],
    [{ inn: "" }, "inn", "required"],
    [{ inn: "13102198500012" }, "inn", "innBirthDate"],
    [{ clientType: "entrepreneur" }, "inn", "innNotPerson"],
    [{ clientType: "robot" }, "clientType", "choice"],
    [{ organizationName: "   " }, "organizationName", "required"],
    [{ organizationName: "a".repeat(10_000) }, "organizationName", "tooLong"],
    [{ headName: "Bad\u0000Name" }, "headName", "badCharacters"],
    [{ phone: "+7 999 123 45 67" }, "phone", "phone"],
    [{ email: "not-an-email" }, "email", "email"],
    [{ office: "bishkek" }, "office", "choice"],
    [{ tariff: [] }, "tariff", "tariffRequired"],
    [{ tariff: ["cloud-head", "gold"] }, "tariff", "tariffUnknown"],
    [{ "quantity-cloud-head": "0" }, "tariff", "quantity"],
    [{ "quantity-cloud-head": "21" }, "tariff", "quantity"],
    [{ "quantity-cloud-head": "1.5" }, "tariff", "quantity"],
    [{ consent: [] }, "consent", "consent"],
  ])("refuses %j", (override, field, code) => {
    const result = validate({ ...valid, ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as keyof typeof result.errors]?.code).toBe(code);
  });

  it("keeps markup in a name as text", () => {
    const result = validate({ ...valid, organizationName: '<script>alert("x")</script>' });
    expect(result.ok && result.registration.organizationName).toBe('<script>alert("x")</script>');
  });
});
