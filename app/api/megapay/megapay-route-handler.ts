import { processMegapayRequest } from "@/domain/megapay/process-megapay-request";
import type { OsmpService } from "@/lib/osmp/parse-request";
import { getDatabase } from "@/server/db";
import { getEnv } from "@/server/env";
import { megapayRoutes } from "@/server/http/megapay-route";

// Both services' route files: the access wrapper around the domain's request processing.
export function megapayServiceRoutes(service: OsmpService) {
  return megapayRoutes(service, (params, onError) => {
    const env = getEnv();
    return processMegapayRequest({
      db: getDatabase(),
      service,
      params,
      sociLimits: { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM },
      onError,
    });
  });
}
