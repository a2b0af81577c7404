import { getTranslations } from "next-intl/server";
import { can } from "@/config/staff-permissions";
import { OfficeForm } from "@/components/office/office-form";
import { OfficeNotAllowed } from "@/components/office/office-not-allowed";
import { officeIds } from "@/config/offices";
import { officePaymentMethods, officePaymentProblems } from "@/domain/payments/office-payment-schema";
import { staffPage } from "@/server/auth/staff-session";
import { recordPaymentAction } from "./actions";

export const dynamic = "force-dynamic";

// Staff record cash taken at the till or a bank transfer (admins and operators).
export default async function RecordPaymentPage({ params }: PageProps<"/[locale]/office/payments/new">) {
  const { locale, staff } = await staffPage(params);
  const t = await getTranslations("office");
  if (!can(staff, "officeWork"))
    return <OfficeNotAllowed title={t("recordPayment.title")} text={t("errors.notAllowed")} />;
  const r = (key: string) => t(`recordPayment.${key}` as "recordPayment.title");
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{r("title")}</h1>
      <p className="text-slate-700">{r("lead")}</p>
      <OfficeForm
        action={recordPaymentAction}
        hidden={{ locale }}
        fields={[
          {
            name: "service",
            label: r("service"),
            options: [
              { value: "", label: r("choose") },
              { value: "eds", label: r("services.eds") },
              { value: "soci", label: r("services.soci") },
            ],
          },
          { name: "account", label: r("account"), inputMode: "numeric", autoComplete: "off", maxLength: 40 },
          { name: "amount", label: r("amount"), inputMode: "text", autoComplete: "off", maxLength: 30 },
          {
            name: "method",
            label: r("method"),
            options: [
              { value: "", label: r("choose") },
              ...officePaymentMethods.map((m) => ({ value: m, label: r(`methods.${m}`) })),
            ],
          },
          { name: "receiptNumber", label: r("receiptNumber"), autoComplete: "off", maxLength: 60 },
          {
            name: "paidOn",
            label: r("paidOn"),
            inputMode: "numeric",
            autoComplete: "off",
            maxLength: 10,
            hint: r("paidOnHint"),
          },
          {
            name: "approvalReason",
            label: r("approvalReason"),
            hint: r("approvalReasonHint"),
            autoComplete: "off",
            maxLength: 500,
          },
          ...(staff.office
            ? []
            : [
                {
                  name: "office",
                  label: r("office"),
                  options: [
                    { value: "", label: r("choose") },
                    ...officeIds.map((o) => ({ value: o, label: t(`offices.${o}`) })),
                  ],
                },
              ]),
        ]}
        submitLabel={r("submit")}
        messages={Object.fromEntries(officePaymentProblems.map((c) => [c, t(`recordPayment.errors.${c}`)]))}
      />
    </div>
  );
}
