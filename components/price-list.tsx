import { useLocale, useTranslations } from "next-intl";
import type { TariffView } from "@/domain/tariffs/list-active-tariffs";
import { Money } from "./money";
import { tariffName } from "@/lib/tariffs-line";

export function PriceList({ tariffs }: { tariffs: TariffView[] }) {
  const t = useTranslations("home");
  const locale = useLocale();
  if (tariffs.length === 0) return <p className="text-slate-700">{t("pricesEmpty")}</p>;
  return (
    <table className="w-full border-collapse text-left" data-testid="price-list">
      <caption className="pb-2 text-left text-sm text-slate-600">{t("pricesCaption")}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-sm">
          <th scope="col" className="py-2 pr-4 font-semibold">
            {t("priceColumnName")}
          </th>
          <th scope="col" className="py-2 text-right font-semibold">
            {t("priceColumnPrice")}
          </th>
        </tr>
      </thead>
      <tbody>
        {tariffs.map((tariff) => (
          <tr key={tariff.code} className="border-b border-slate-200" data-tariff={tariff.code}>
            <th scope="row" className="py-2.5 pr-4 font-normal">
              {tariffName(tariff, locale)}
            </th>
            <td className="py-2.5 text-right font-semibold">
              <Money tyiyn={tariff.priceTyiyn} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
