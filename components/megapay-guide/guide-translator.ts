import type { getTranslations } from "next-intl/server";

export type GuideTranslator = Awaited<ReturnType<typeof getTranslations<"guide">>>;
