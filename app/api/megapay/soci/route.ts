import { processMegapayRequest } from "@/domain/megapay/process-megapay-request";
import { getDatabase } from "@/server/db";
import { getEnv } from "@/server/env";
import { megapayRoutes } from "@/server/http/megapay-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS } = megapayRoutes("soci", (params, onError) => {
  const env = getEnv();
  return processMegapayRequest({
    db: getDatabase(),
    service: "soci",
    params,
    sociLimits: { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM },
    onError,
  });
});
