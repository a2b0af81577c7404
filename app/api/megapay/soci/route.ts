import { processMegapayRequest } from "@/domain/megapay/process-megapay-request";
import { megapayServiceRoutes } from "@/server/http/megapay-route";

export const dynamic = "force-dynamic";

// Served by Next.js under `next dev`; npm start's server answers this path itself
// (commands/megapay-api.ts) with the same handlers.
export const { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS } = megapayServiceRoutes("soci", processMegapayRequest);
