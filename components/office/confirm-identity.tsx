import { getTranslations } from "next-intl/server";
import { OfficeForm } from "./office-form";
import type { OfficeFormAction } from "./office-form-state";

// Above a page of sensitive actions (approving money, staff accounts, settings) when the last
// proof in this session is older than 15 minutes: the password or a code from the app, then back
// to the same page. The actions refuse until it is done (staff-action.ts).
export async function ConfirmIdentity({
  action,
  locale,
  back,
}: {
  action: OfficeFormAction;
  locale: string;
  back: string;
}) {
  const t = await getTranslations("office.confirmIdentity");
  return (
    <section
      aria-labelledby="confirm-identity-title"
      data-testid="confirm-identity"
      className="max-w-lg space-y-3 rounded-xl border border-amber-600 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="confirm-identity-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>{t("lead")}</p>
      <OfficeForm
        action={action}
        hidden={{ locale, back }}
        fields={[
          {
            name: "proof",
            label: t("proof"),
            type: "password",
            autoComplete: "current-password",
            maxLength: 256,
          },
        ]}
        submitLabel={t("submit")}
        messages={{
          required: t("errors.required"),
          invalid: t("errors.invalid"),
          throttled: t("errors.throttled", { minutes: "{minutes}" }),
          unavailable: t("errors.unavailable"),
        }}
      />
    </section>
  );
}

// The word for a sensitive form refused because the page's confirmation is missing.
export async function confirmIdentityNeeded(): Promise<string> {
  return (await getTranslations("office.confirmIdentity"))("needed");
}
