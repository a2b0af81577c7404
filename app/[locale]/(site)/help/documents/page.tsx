import { cachedPageParams } from "@/server/http/public-page-cache";
import { HelpTopicRoute, helpTopicMetadata } from "../topic-route";

export const revalidate = 60;
export const generateStaticParams = cachedPageParams;
export const generateMetadata = helpTopicMetadata("documents");

export default function HelpTopicPage({ params }: PageProps<"/[locale]/help/documents">) {
  return <HelpTopicRoute params={params} topic="documents" />;
}
