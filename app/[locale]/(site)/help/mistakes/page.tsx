import { cachedPageParams } from "@/server/http/public-page-cache";
import { HelpTopicRoute, helpTopicMetadata } from "../topic-route";

export const revalidate = 60;
export const generateStaticParams = cachedPageParams;
export const generateMetadata = helpTopicMetadata("mistakes");

export default function HelpTopicPage({ params }: PageProps<"/[locale]/help/mistakes">) {
  return <HelpTopicRoute params={params} topic="mistakes" />;
}
