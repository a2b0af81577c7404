import { NotFoundContent } from "@/components/not-found-content";

export default function LocalizedNotFound() {
  return <NotFoundContent />;
}
