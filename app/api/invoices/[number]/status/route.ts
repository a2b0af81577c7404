import { getInvoiceStatus } from "@/domain/invoices/get-invoice-status";
import { getDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/invoices/[number]/status">) {
  const { number } = await params;
  const status = await getInvoiceStatus({ db: getDatabase(), number });
  const headers = { "Cache-Control": "no-store" };
  if (!status) return Response.json({ error: "not-found" }, { status: 404, headers });
  return Response.json(status, { headers });
}
