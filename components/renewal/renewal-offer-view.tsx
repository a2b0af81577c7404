import { useTranslations } from "next-intl";
import type { RenewalOffer } from "@/domain/signatures/get-renewal-offer";
import { Link } from "@/i18n/navigation";
import { formatBishkekDate } from "@/lib/dates";
import { groupInvoiceNumber } from "@/lib/invoice-number";
import { Money } from "../money";
import { tariffName } from "@/lib/tariffs-line";

type KnownOffer = Exclude<RenewalOffer, { state: "unknown" }>;

const buttonClass =
  "inline-block rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2";

// The renewal page of a reminder: what will be renewed at today's prices and, while nothing is
// issued, the one button that issues the renewal invoice. A plain form: it works without
// JavaScript on any phone.
export function RenewalOfferView({
  offer,
  locale,
  action,
  problem,
}: {
  offer: KnownOffer;
  locale: string;
  action: (form: FormData) => Promise<void>;
  problem: boolean;
}) {
  const t = useTranslations("renew");
  const tOffices = useTranslations("offices");
  const date = formatBishkekDate(offer.validTo);
  const invoiceLink = offer.invoiceNumber && (
    <Link href={`/invoice/${offer.invoiceNumber}`} className={`${buttonClass} mt-4`}>
      {t("openInvoice")}
    </Link>
  );
  return (
    <article className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg">
        {t("signature", { serial: offer.serial, name: offer.client.name, inn: offer.client.inn })}{" "}
        <strong>{offer.expired ? t("expired", { date }) : t("validUntil", { date })}</strong>
      </p>

      <section aria-labelledby="renewal-items" className="mt-6">
        <h2 id="renewal-items" className="text-xl font-bold">
          {t("itemsTitle")}
        </h2>
        <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200">
          {offer.items.map((item) => (
            <li key={item.code} className="flex flex-wrap justify-between gap-2 p-3">
              <span>
                {tariffName(item, locale)} × {item.quantity}
              </span>
              {item.amountTyiyn === null ? (
                <span className="text-slate-600">{t("notSold")}</span>
              ) : (
                <Money tyiyn={item.amountTyiyn} />
              )}
            </li>
          ))}
          <li className="flex justify-between gap-2 p-3 font-bold">
            <span>{t("total")}</span>
            <span data-testid="renewal-total">
              <Money tyiyn={offer.totalTyiyn} />
            </span>
          </li>
        </ul>
        <p className="mt-3">{t("office", { office: tOffices(`${offer.office}.name`) })}</p>
      </section>

      <div className="mt-6">
        {problem && (
          <p role="alert" className="mb-4 rounded-lg bg-red-50 p-3 text-red-800">
            {t("unavailableNow")}
          </p>
        )}
        {offer.state === "open" && (
          <form action={action}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={buttonClass} data-testid="issue-renewal">
              {t("issue")}
            </button>
            <p className="mt-3 text-slate-700">{t("issueNote")}</p>
          </form>
        )}
        {offer.state === "issued" && (
          <p>{t("issued", { number: groupInvoiceNumber(offer.invoiceNumber ?? "") })}</p>
        )}
        {offer.state === "paid" && (
          <p>{t("paid", { number: groupInvoiceNumber(offer.invoiceNumber ?? "") })}</p>
        )}
        {(offer.state === "issued" || offer.state === "paid") && invoiceLink}
        {offer.state === "used" && <p>{t("used")}</p>}
        {offer.state === "unavailable" && <p>{t("unavailable")}</p>}
        {(offer.state === "used" || offer.state === "unavailable") && (
          <Link href="/#offices" className="mt-4 inline-block font-semibold text-brand-700 underline">
            {t("contacts")}
          </Link>
        )}
      </div>
    </article>
  );
}

export function RenewalLinkUnknown() {
  const t = useTranslations("renew");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">{t("unknownTitle")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("unknownText")}</p>
      <div className="mt-8 flex flex-wrap gap-4">
        <Link href="/renew" className={buttonClass}>
          {t("startLink")}
        </Link>
        <Link href="/register" className="inline-block self-center font-semibold text-brand-700 underline">
          {t("register")}
        </Link>
        <Link href="/#offices" className="inline-block self-center font-semibold text-brand-700 underline">
          {t("contacts")}
        </Link>
      </div>
    </div>
  );
}

export function RenewalRateLimited({ minutes }: { minutes: number }) {
  const t = useTranslations("renew");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p role="alert" className="mt-4 text-lg text-slate-700">
        {t("tooMany", { minutes })}
      </p>
    </div>
  );
}
