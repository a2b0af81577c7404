import { getTranslations } from "next-intl/server";
import type { ReconciliationReport as Report } from "@/domain/reconciliation/get-reconciliation";
import { Link } from "@/i18n/navigation";
import { formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";
import { OfficeForm } from "./office-form";
import { ReconciliationClassBar } from "./reconciliation-class-bar";
import type { OfficeFormAction } from "./office-form-state";
import { cell, numericCell, OfficeTable, rowClass } from "./office-table";

// A reconciliation's report: counts and sums per class, then every difference (most urgent
// first), each with its resolution or the form to resolve it. Matched rows are only counted here
// (the CSV lists them).
export async function ReconciliationReport({
  report,
  locale,
  resolveAction,
  errorCodes,
}: {
  report: Report;
  locale: string;
  resolveAction: OfficeFormAction;
  // What resolving can answer (office.reconciliation.resolveErrors.<code>, and "choice").
  errorCodes: readonly string[];
}) {
  const t = await getTranslations("office.reconciliation");
  const tOffice = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const money = (tyiyn: number | null) =>
    tyiyn === null ? "—" : tCommon("money", { amount: formatSomAmount(tyiyn) });
  const messages = Object.fromEntries(
    errorCodes.map((code) => [
      code,
      code === "choice" ? tOffice("settings.errors.choice") : t(`resolveErrors.${code as "notFound"}`),
    ]),
  );
  const differences = report.items.filter((i) => i.class !== "matched");
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">{t("summaryTitle")}</h2>
        <ReconciliationClassBar totals={report.totals} />
        <OfficeTable
          label={t("summaryTitle")}
          minWidth="32rem"
          columns={[
            { label: t("summaryColumns.class") },
            { label: t("summaryColumns.count"), numeric: true },
            { label: t("summaryColumns.sum"), numeric: true },
            { label: t("summaryColumns.unresolved"), numeric: true },
          ]}
        >
          {report.totals.map((c) => (
            <tr
              key={c.class}
              className={`${rowClass} ${c.class === "missingHere" && c.count > 0 ? "bg-red-50 font-semibold text-red-900" : ""}`}
              data-testid={`total-${c.class}`}
            >
              <td className={cell}>{t(`classes.${c.class}`)}</td>
              <td className={numericCell}>{c.count}</td>
              <td className={numericCell}>{money(c.sumTyiyn)}</td>
              <td className={numericCell}>{c.class === "matched" ? "" : c.unresolved}</td>
            </tr>
          ))}
        </OfficeTable>
      </section>
      <section className="space-y-3">
        <h2 className="text-2xl font-semibold">{t("itemsTitle")}</h2>
        <ul className="space-y-4">
          {differences.map((item) => (
            <li
              key={item.id}
              id={`item-${item.id}`}
              data-testid={`item-${item.class}`}
              className={`space-y-2 rounded-xl border p-4 ${item.class === "missingHere" ? "border-red-700 bg-red-50" : "border-slate-300"}`}
            >
              <h3 className={`font-semibold ${item.class === "missingHere" ? "text-red-900" : ""}`}>
                {t(`classes.${item.class}`)}
              </h3>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                {item.line !== null && (
                  <>
                    <dt>{t("itemColumns.line")}</dt>
                    <dd className="tabular-nums">{item.line}</dd>
                  </>
                )}
                <dt>{t("itemColumns.service")}</dt>
                <dd>{tOffice(`payments.services.${item.service as "soci"}`)}</dd>
                <dt>{t("itemColumns.txn")}</dt>
                <dd className="font-mono">{item.txnId}</dd>
                <dt>{t("itemColumns.time")}</dt>
                <dd>{item.txnAt ? formatBishkekDateTime(item.txnAt) : "—"}</dd>
                <dt>{t("itemColumns.account")}</dt>
                <dd className="font-mono">{item.account ?? "—"}</dd>
                <dt>{t("itemColumns.sum")}</dt>
                <dd className="tabular-nums">{money(item.sumTyiyn)}</dd>
                {item.ours && item.class !== "missingThere" && (
                  <>
                    <dt>{t("itemColumns.ours")}</dt>
                    <dd>{t("ours", { account: item.ours.account, sum: money(item.ours.sumTyiyn) })}</dd>
                  </>
                )}
              </dl>
              {item.pendingRequestId !== null && !item.resolution ? (
                <p className="text-sm font-medium" data-testid="pending-request">
                  <Link
                    href={`/office/requests/${item.pendingRequestId}`}
                    className="text-brand-700 underline"
                  >
                    {tOffice("requests.pendingRequest", { id: item.pendingRequestId })}
                  </Link>
                </p>
              ) : item.resolution ? (
                <p className="text-sm" data-testid="resolution">
                  {t(item.resolution, {
                    name: item.resolvedBy ?? "",
                    at: item.resolvedAt ? formatBishkekDateTime(item.resolvedAt) : "",
                    comment: item.comment ?? "",
                  })}
                </p>
              ) : (
                // Printed, the report lists what is open; the form to close it is for the screen.
                <div className="no-print">
                  <OfficeForm
                    action={resolveAction}
                    idPrefix={`item-${item.id}-`}
                    hidden={{
                      locale,
                      runId: String(report.id),
                      itemId: String(item.id),
                      ...(actionOf(item) ? {} : { resolution: "explain" }),
                    }}
                    submitLabel={actionOf(item) ? tOffice("apply") : t("explain")}
                    messages={messages}
                    fields={[
                      ...(actionOf(item)
                        ? [
                            {
                              name: "resolution",
                              label: t("itemColumns.resolution"),
                              options: [
                                { value: "", label: tOffice("recordPayment.choose") },
                                { value: actionOf(item)!, label: t(actionOf(item)!) },
                                { value: "explain", label: t("explain") },
                              ],
                            },
                          ]
                        : []),
                      { name: "comment", label: t("comment"), maxLength: 500 },
                    ]}
                  />
                </div>
              )}
              {item.class === "missingHere" && !item.resolution && item.pendingRequestId === null && (
                <p className="text-sm text-slate-700">{t("recordHint")}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

// Besides explaining: a payment MegaPay lists and we lack may be recorded, one of ours it never
// made may be reversed; either waits for someone else's approval.
function actionOf(item: Report["items"][number]): "record" | "reverse" | null {
  if (item.class === "missingHere") return "record";
  if (item.class === "missingThere" && item.paymentId !== null) return "reverse";
  return null;
}
