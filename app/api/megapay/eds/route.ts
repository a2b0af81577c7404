import { megapayRoutes } from "@/server/http/megapay-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS } = megapayRoutes("eds");
