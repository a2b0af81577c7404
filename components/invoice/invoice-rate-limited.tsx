import { useTranslations } from "next-intl";
import { NotFoundMessage } from "../not-found-content";

export function InvoiceRateLimited({ minutes }: { minutes: number }) {
  const t = useTranslations("invoice");
  const tNotFound = useTranslations("notFound");
  return (
    <NotFoundMessage
      title={t("tooManyTitle")}
      text={t("tooManyText", { minutes })}
      href="/"
      linkLabel={tNotFound("backHome")}
    />
  );
}
