import { useTranslations } from "next-intl";
import { formatSomAmount } from "@/lib/money";

export function Money({ tyiyn }: { tyiyn: number }) {
  const t = useTranslations("common");
  return (
    <span className="whitespace-nowrap tabular-nums">{t("money", { amount: formatSomAmount(tyiyn) })}</span>
  );
}
