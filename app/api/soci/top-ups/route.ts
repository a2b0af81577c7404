import { z } from "zod";
import { readSociFeed } from "@/domain/soci-feed/read-soci-feed";
import { getDatabase } from "@/server/db";
import { sociFeedHandler, sociFeedJson } from "@/server/http/soci-feed-route";

export const dynamic = "force-dynamic";

const query = z.object({
  after: z
    .string()
    .regex(/^\d{1,15}$/, "a cursor from an earlier answer, or 0")
    .transform(Number)
    .default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

// GET /api/soci/top-ups?after=<cursor>&limit=<n>: docs/soci-feed.md.
export const GET = sociFeedHandler(async (params) => {
  const parsed = query.safeParse({
    after: params.get("after") ?? undefined,
    limit: params.get("limit") ?? undefined,
  });
  if (!parsed.success) {
    return sociFeedJson(400, { error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
  }
  return sociFeedJson(200, await readSociFeed({ db: getDatabase(), ...parsed.data }));
});
