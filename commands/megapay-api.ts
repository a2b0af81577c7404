// The MegaPay API as npm start's server answers it, without Next.js's request pipeline
// (server/http/direct-routes.ts): the same route handlers as app/api/megapay/{soci,eds}/route.ts.
import { processMegapayRequest } from "@/domain/megapay/process-megapay-request";
import type { OsmpService } from "@/lib/osmp/parse-request";
import type { DirectRoutes } from "@/server/http/direct-routes";
import { megapayMethods, megapayServiceRoutes } from "@/server/http/megapay-route";

const services: OsmpService[] = ["soci", "eds"];

export const megapayApi: DirectRoutes = new Map(
  services.map((service) => [
    `/api/megapay/${service}`,
    { handlers: megapayServiceRoutes(service, processMegapayRequest), allow: megapayMethods },
  ]),
);
