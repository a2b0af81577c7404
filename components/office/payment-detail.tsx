import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PaymentDetail } from "@/domain/payments/get-payment";
import { formatBishkekDate, formatBishkekDateTime } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";

// One payment: its facts, and for MegaPay's what was sent and what we answered.
export async function PaymentDetailView({ payment: p }: { payment: PaymentDetail }) {
  const t = await getTranslations("office");
  const tCommon = await getTranslations("common");
  const f = (key: string) => t(`payment.fields.${key}` as "payment.fields.sum");
  const service = p.service === "eds" ? "eds" : "soci";
  const rows: [string, React.ReactNode][] = [
    [f("service"), t(`payments.services.${service}`)],
    [f("method"), t(`payments.methods.${p.method}`)],
    [f("sum"), tCommon("money", { amount: formatSomAmount(p.sumTyiyn) })],
    [
      f("account"),
      <span key="v" className="font-mono">
        {p.account}
      </span>,
    ],
    [f("receivedAt"), formatBishkekDateTime(p.receivedAt)],
    [
      f("providerTxnAt"),
      p.method === "megapay" ? formatBishkekDateTime(p.providerTxnAt) : formatBishkekDate(p.providerTxnAt),
    ],
    ...(p.reversesId !== null
      ? []
      : [
          (p.method === "megapay"
            ? [
                f("txn"),
                <span key="v" className="font-mono">
                  {p.providerTxnId}
                </span>,
              ]
            : [
                f("receipt"),
                <span key="v" className="font-mono">
                  {p.receiptShown ?? p.receiptNumber}
                </span>,
              ]) as [string, React.ReactNode],
        ]),
    [f("office"), p.office ? t(`offices.${p.office as "osh"}`) : t("noOffice")],
    ...(p.statementLine
      ? [
          [
            f("statementLine"),
            <Link
              key="v"
              href={`/office/bank/${p.statementLine.statementId}?from=${p.statementLine.line}#line-${p.statementLine.line}`}
              className="text-brand-700 underline"
            >
              {t("payments.statementLine", { id: p.statementLine.statementId, line: p.statementLine.line })}
            </Link>,
          ] as [string, React.ReactNode],
        ]
      : []),
    ...reversalRows(p, t),
    ...(p.recordedBy
      ? [[f("recordedBy"), `${p.recordedBy.name} (${p.recordedBy.email})`] as [string, string]]
      : []),
    ...(p.client
      ? [
          [
            f("client"),
            <Link key="v" href={`/office/clients/${p.client.inn}`} className="text-brand-700 underline">
              {p.client.name} ({p.client.inn})
            </Link>,
          ] as [string, React.ReactNode],
        ]
      : []),
    ...(p.invoice
      ? [
          [
            f("invoice"),
            p.invoice.applicationId ? (
              <Link
                key="v"
                href={`/office/applications/${p.invoice.applicationId}`}
                className="font-mono text-brand-700 underline"
              >
                {p.invoice.number}
              </Link>
            ) : (
              <span key="v" className="font-mono">
                {p.invoice.number}
              </span>
            ),
          ] as [string, React.ReactNode],
        ]
      : []),
  ];
  return (
    <div className="space-y-8">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {p.method === "megapay" && p.reversesId === null && (
        <>
          <section className="space-y-2">
            <h2 className="text-xl font-bold">{t("payment.megapayRequest")}</h2>
            {p.providerRequest ? (
              <pre data-testid="megapay-request" className="overflow-x-auto rounded bg-slate-100 p-3 text-sm">
                {decodeURIComponent(p.providerRequest.replace(/\+/g, " ")).split("&").join("\n")}
              </pre>
            ) : (
              <p>{t("payment.noRequest")}</p>
            )}
          </section>
          <section className="space-y-2">
            <h2 className="text-xl font-bold">{t("payment.megapayAnswer")}</h2>
            <pre data-testid="megapay-answer" className="overflow-x-auto rounded bg-slate-100 p-3 text-sm">
              {p.megapayAnswer}
            </pre>
          </section>
        </>
      )}
    </div>
  );
}

// A reversal points at what it reverses; a reversed payment at its reversal, or at the request
// that waits for approval.
function reversalRows(
  p: PaymentDetail,
  t: Awaited<ReturnType<typeof getTranslations<"office">>>,
): [string, React.ReactNode][] {
  const link = (href: string, text: string) => (
    <Link key="v" href={href} className="text-brand-700 underline" data-testid="reversal-link">
      {text}
    </Link>
  );
  const label = t("requests.reverse");
  if (p.reversesId !== null)
    return [[label, link(`/office/payments/${p.reversesId}`, t("requests.reverses", { id: p.reversesId }))]];
  if (p.reversedBy)
    return [
      [label, link(`/office/payments/${p.reversedBy.id}`, t("requests.reversedBy", { id: p.reversedBy.id }))],
    ];
  if (p.pendingReversalId !== null)
    return [
      [
        label,
        link(
          `/office/requests/${p.pendingReversalId}`,
          t("requests.pendingRequest", { id: p.pendingReversalId }),
        ),
      ],
    ];
  return [];
}
