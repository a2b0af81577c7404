import { megapayServiceRoutes } from "../megapay-route-handler";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS } = megapayServiceRoutes("soci");
