import { useTranslations } from "next-intl";
import { NotFoundMessage } from "../not-found-content";

export function InvoiceNotFound() {
  const t = useTranslations("invoice");
  return (
    <NotFoundMessage
      title={t("notFoundTitle")}
      text={t("notFoundText")}
      href="/invoice"
      linkLabel={t("lookupLink")}
    />
  );
}
