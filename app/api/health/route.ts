import { checkDatabase } from "@/server/db";

export const dynamic = "force-dynamic";

// For load balancers and the test harness: 200 when the database answers, else 503.
export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ ok }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
