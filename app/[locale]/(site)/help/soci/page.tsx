import { cachedPageParams } from "@/server/http/public-page-cache";
import { HelpTopicRoute, helpTopicMetadata } from "../topic-route";

export const revalidate = 60;
export const generateStaticParams = cachedPageParams;
export const generateMetadata = helpTopicMetadata("soci");

export default function HelpTopicPage({ params }: PageProps<"/[locale]/help/soci">) {
  return <HelpTopicRoute params={params} topic="soci" />;
}
