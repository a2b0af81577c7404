import { NotFoundContent } from "@/components/not-found-content";
import { localeOfRequest } from "@/server/http/page-response";

export default async function LocalizedNotFound() {
  return <NotFoundContent locale={await localeOfRequest()} />;
}
