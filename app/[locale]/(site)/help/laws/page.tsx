import { cachedPageParams } from "@/server/http/public-page-cache";
import { HelpTopicRoute, helpTopicMetadata } from "../topic-route";

export const revalidate = 60;
export const generateStaticParams = cachedPageParams;
export const generateMetadata = helpTopicMetadata("laws");

export default function HelpTopicPage({ params }: PageProps<"/[locale]/help/laws">) {
  return <HelpTopicRoute params={params} topic="laws" />;
}
