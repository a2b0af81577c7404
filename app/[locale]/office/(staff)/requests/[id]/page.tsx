import { getTranslations } from "next-intl/server";
import { MoneyRequestDetailView } from "@/components/office/money-request-detail";
import { Notice } from "@/components/office/notice";
import { OfficeForm } from "@/components/office/office-form";
import { getMoneyRequest } from "@/domain/money-requests/get-money-request";
import { moneyRequestFormProblems } from "@/domain/money-requests/money-request-problems";
import { Link } from "@/i18n/navigation";
import { ConfirmIdentity, confirmIdentityNeeded } from "@/components/office/confirm-identity";
import { hasFreshProof, staffPage } from "@/server/auth/staff-session";
import { confirmIdentityAction } from "@/app/[locale]/office/(entry)/security/actions";
import { getDatabase } from "@/server/db";
import { respondNotFound } from "@/app/[locale]/respond-not-found";
import { decideMoneyRequestAction } from "../actions";

export const dynamic = "force-dynamic";

const notices = ["requested", "approved", "rejected"] as const;

export default async function MoneyRequestPage({
  params,
  searchParams,
}: PageProps<"/[locale]/office/requests/[id]">) {
  const { locale, staff } = await staffPage(params);
  const { id } = await params;
  const request = /^\d{1,12}$/.test(id)
    ? await getMoneyRequest({ db: getDatabase(), actor: staff, requestId: Number(id) })
    : null;
  if (!request) return respondNotFound(locale);
  const t = await getTranslations("office.requests");
  const { done } = await searchParams;
  const notice = notices.find((n) => n === done);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/office/requests" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("detailTitle", { id: request.id })}</h1>
      {notice && <Notice text={t(`done.${notice}`)} />}
      <MoneyRequestDetailView request={request} />
      {request.unfinished && <p className="font-medium">{t("unfinished")}</p>}
      {request.mayDecide ? (
        <section className="max-w-xl space-y-3">
          <h2 className="text-2xl font-semibold">{t("decide")}</h2>
          {!hasFreshProof(staff) && (
            <ConfirmIdentity
              action={confirmIdentityAction}
              locale={locale}
              back={`/${locale}/office/requests/${request.id}`}
            />
          )}
          <OfficeForm
            action={decideMoneyRequestAction}
            hidden={{ locale, requestId: String(request.id) }}
            submitLabel={t("submitDecision")}
            messages={{
              ...Object.fromEntries(moneyRequestFormProblems.map((code) => [code, t(`problems.${code}`)])),
              confirmIdentity: await confirmIdentityNeeded(),
            }}
            fields={[
              {
                name: "decision",
                label: t("decide"),
                options: [
                  { value: "", label: t("chooseDecision") },
                  { value: "approve", label: t("approve") },
                  ...(request.unfinished ? [] : [{ value: "reject", label: t("reject") }]),
                ],
              },
              { name: "comment", label: t("comment"), maxLength: 500 },
            ]}
          />
        </section>
      ) : (
        request.state === "pending" && (
          <p className="text-slate-700" data-testid="cannot-decide">
            {request.own
              ? t("ownNote")
              : request.dependence
                ? t(`problems.${request.dependence}`)
                : t("decideNote")}
          </p>
        )
      )}
    </div>
  );
}
