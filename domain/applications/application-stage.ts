// Where an application stands, as staff read it. The database stores what people did
// (ApplicationStatus) and the invoice says whether it is paid; "paid" here means the documents
// are checked and the invoice is paid, so the signature can be handed out. An application paid
// before its documents were checked is still waiting for the check.
export const applicationStages = [
  "submitted",
  "documentsChecked",
  "paid",
  "signatureIssued",
  "cancelled",
] as const;
export type ApplicationStage = (typeof applicationStages)[number];

export type ApplicationStatus = "submitted" | "documentsChecked" | "signatureIssued" | "cancelled";
export type InvoiceStatus = "awaiting" | "partly_paid" | "paid" | "cancelled";

export function applicationStage(
  status: ApplicationStatus,
  invoiceStatus: InvoiceStatus | null,
): ApplicationStage {
  if (status === "documentsChecked" && invoiceStatus === "paid") return "paid";
  return status;
}

// The same stages as a filter on the database (Prisma's where on Application).
export function applicationStageWhere(stage: ApplicationStage) {
  switch (stage) {
    case "documentsChecked":
      return { status: "documentsChecked" as const, invoice: { status: { not: "paid" as const } } };
    case "paid":
      return { status: "documentsChecked" as const, invoice: { status: "paid" as const } };
    default:
      return { status: stage };
  }
}

// Signatures are valid for 12 months from the day they are handed out.
export function signatureValidTo(validFrom: Date): Date {
  const to = new Date(validFrom);
  to.setUTCFullYear(to.getUTCFullYear() + 1);
  return to;
}
