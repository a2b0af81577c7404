import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { findInvoice } from "@/domain/invoices/find-invoice";
import { renderInvoicePdf } from "@/domain/invoices/render-invoice-pdf";
import { getLegalName } from "@/domain/settings/get-site-settings";
import { routing } from "@/i18n/routing";
import { formatBishkekDate } from "@/lib/dates";
import { groupInvoiceNumber } from "@/lib/invoice-number";
import { formatSomAmount } from "@/lib/money";
import { getDatabase } from "@/server/db";
import { hitRateLimit, tooManyRequests } from "@/server/http/rate-limits";
import { clientAddressOf } from "@/server/http/client-address-header";
import { cachedPdf } from "@/server/pdf-cache";
import { transferRecipient } from "../../../../company-details";
import { loadPdfFonts } from "@/server/pdf-fonts";
import { tariffName } from "@/lib/tariffs-line";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/[locale]/invoice/[number]/pdf">) {
  const { locale, number } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const t = await getTranslations({ locale, namespace: "invoice" });
  const limit = await hitRateLimit("invoice-pdf", clientAddressOf(request.headers));
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterMs / 60_000);
    return tooManyRequests(limit, t("tooManyPdf", { minutes }), "text/plain; charset=utf-8");
  }
  const invoice = await findInvoice({ db: getDatabase(), number });
  if (!invoice)
    return new Response(t("notFoundTitle"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const tCommon = await getTranslations({ locale, namespace: "common" });
  const money = (tyiyn: number) => tCommon("money", { amount: formatSomAmount(tyiyn) });
  const grouped = groupInvoiceNumber(invoice.number);
  // The seller as an admin set the legal name (office settings), else the name in messages.
  const seller =
    (await getLegalName(getDatabase()))[locale] ||
    (await getTranslations({ locale, namespace: "footer" }))("legalName");
  const recipient = await transferRecipient(locale);
  const tTransfer = await getTranslations({ locale, namespace: "invoice.transfer" });
  const due = invoice.status === "cancelled" ? 0 : Math.max(0, invoice.amountTyiyn - invoice.paidTyiyn);
  const transferLines = !recipient
    ? [{ label: "", value: t("pdfAskOffice") }]
    : [
        { label: tTransfer("recipient"), value: recipient.legalName },
        { label: tTransfer("recipientInn"), value: recipient.inn },
        { label: tTransfer("bank"), value: recipient.bankName },
        { label: tTransfer("bic"), value: recipient.bic },
        { label: tTransfer("account"), value: recipient.account },
        ...(recipient.paymentCode ? [{ label: tTransfer("paymentCode"), value: recipient.paymentCode }] : []),
        { label: tTransfer("payer"), value: invoice.organizationName },
        { label: tTransfer("payerInn"), value: invoice.buyerInn },
        { label: tTransfer("amount"), value: money(due) },
        { label: tTransfer("purpose"), value: tTransfer("purposeText", { number: invoice.number }) },
      ];
  const bytes = await cachedPdf(
    // Everything the PDF prints that can change after issue: the status, the seller, the details.
    { number: invoice.number, locale, status: invoice.status, printed: JSON.stringify([seller, recipient, due]) },
    async () =>
      renderInvoicePdf(
        {
          invoiceNumber: invoice.number,
          language: locale,
          title: t("pdfTitle", { number: grouped }),
          lines: [
            { label: t("numberLabel"), value: grouped },
            { label: t("organizationLabel"), value: invoice.organizationName },
            { label: t("issuedLabel"), value: formatBishkekDate(invoice.issuedAt) },
            { label: t("statusLabel"), value: t(`status.${invoice.status}`) },
            { label: t("amountLabel"), value: money(invoice.amountTyiyn) },
          ],
          itemHeaders: [t("itemName"), t("itemQuantity"), t("itemPrice"), t("itemAmount")],
          items: invoice.items.map((item) => [
            tariffName(item, locale),
            String(item.quantity),
            money(item.unitPriceTyiyn),
            money(item.amountTyiyn),
          ]),
          total: [t("total"), money(invoice.amountTyiyn)],
          footer: [t("pdfPayHint", { number: invoice.number }), t("pdfSeller", { name: seller })],
          transfer: due > 0 ? { title: t("pdfTransferTitle"), lines: transferLines } : null,
        },
        await loadPdfFonts(),
      ),
  );
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="invoice-${invoice.number}.pdf"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
