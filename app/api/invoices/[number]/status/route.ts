import { getInvoiceStatus } from "@/domain/invoices/get-invoice-status";
import { getDatabase } from "@/server/db";
import { hitRateLimit, tooManyRequests } from "@/server/http/rate-limits";
import { clientAddressOf } from "@/server/http/client-address-header";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/invoices/[number]/status">) {
  const limit = await hitRateLimit("invoice-status", clientAddressOf(request.headers));
  if (!limit.allowed)
    return tooManyRequests(limit, JSON.stringify({ error: "rate-limited" }), "application/json");
  const { number } = await params;
  const status = await getInvoiceStatus({ db: getDatabase(), number });
  const headers = { "Cache-Control": "no-store" };
  if (!status) return Response.json({ error: "not-found" }, { status: 404, headers });
  return Response.json(status, { headers });
}
