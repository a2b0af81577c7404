import { getTranslations } from "next-intl/server";
import type { PaymentDay } from "@/domain/payments/get-payment-days";
import { stackedBarRects } from "@/lib/bar-chart";
import { formatDay } from "@/lib/dates";
import { formatSomAmount } from "@/lib/money";

// The last 30 days' money as bars, one a day, stacked per service or per office: an SVG drawn on
// the server (readable without JavaScript), each part titled with its numbers, and the same numbers
// as a table for screen readers. The geometry is lib/bar-chart.ts.

const seriesOf = {
  service: ["soci", "eds"],
  office: ["osh", "jalal-abad", "none"],
} as const;
// Colours that stay apart for the common colour-vision deficiencies, on white; the two charts use
// different ones, so that a colour means one thing on the page.
const colours = {
  service: ["#174c94", "#d97706"],
  office: ["#0f766e", "#9333ea", "#64748b"],
} as const;
const [width, height, top, plotHeight] = [600, 196, 20, 150];

export async function PaymentChart({ days, split }: { days: PaymentDay[]; split: "service" | "office" }) {
  const t = await getTranslations("office.chart");
  const tCommon = await getTranslations("common");
  const money = (tyiyn: number) => tCommon("money", { amount: formatSomAmount(tyiyn) });
  const series = seriesOf[split];
  const valueOf = (day: PaymentDay, name: (typeof series)[number]) =>
    split === "service"
      ? day.byService[name as "soci" | "eds"]
      : day.byOffice[name as "osh" | "jalal-abad" | "none"];
  const { top: scaleTop, rects } = stackedBarRects(
    days.map((day) => ({ values: series.map((name) => valueOf(day, name)) })),
    { width, height: plotHeight, gap: 4 },
  );
  const title = t(split === "service" ? "titleService" : "titleOffice", {
    date: formatDay(days.at(-1)?.day ?? ""),
  });
  const total = days.reduce((sum, day) => sum + day.sumTyiyn, 0);
  const label = (name: (typeof series)[number]) => t(`series.${name}`);
  const short = (day: string) => formatDay(day).slice(0, 5);
  return (
    <figure className="relative rounded-lg border border-slate-300 p-3" data-chart={split}>
      <figcaption className="font-semibold">{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t("summary", {
          from: formatDay(days[0]?.day ?? ""),
          to: formatDay(days.at(-1)?.day ?? ""),
          total: money(total),
        })}
        className="mt-2 h-auto w-full"
      >
        <text x="0" y="13" fontSize="13" fill="#334155">
          {money(scaleTop)}
        </text>
        <line x1="0" x2={width} y1={top} y2={top} stroke="#e2e8f0" />
        <line x1="0" x2={width} y1={top + plotHeight} y2={top + plotHeight} stroke="#94a3b8" />
        {rects.map((rect) => {
          const day = days[rect.bar]!;
          const name = series[rect.series]!;
          return (
            <rect
              key={`${day.day}-${name}`}
              x={rect.x}
              y={top + rect.y}
              width={rect.width}
              height={rect.height}
              fill={colours[split][rect.series]}
              data-day={day.day}
              data-series={name}
              data-tyiyn={valueOf(day, name)}
            >
              <title>{`${formatDay(day.day)}: ${label(name)} ${money(valueOf(day, name))}`}</title>
            </rect>
          );
        })}
        {/* A label a week, the last under the day shown (ending at the edge, not cut off). */}
        {days.map((day, i) =>
          (days.length - 1 - i) % 7 === 0 ? (
            <text
              key={day.day}
              x={i === days.length - 1 ? width : (i + 0.5) * (width / days.length)}
              y={height - 4}
              fontSize="13"
              textAnchor={i === days.length - 1 ? "end" : "middle"}
              fill="#334155"
            >
              {short(day.day)}
            </text>
          ) : null,
        )}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {series.map((name, i) => (
          <li key={name} className="flex items-center gap-1.5">
            <span className="inline-block h-3 w-3 rounded-sm" style={{ background: colours[split][i] }} />
            {label(name)}
          </li>
        ))}
      </ul>
      {/* A table is as wide as its content whatever its own width: the clipping box is around it. */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t("day")}</th>
              {series.map((name) => (
                <th key={name} scope="col">
                  {label(name)}
                </th>
              ))}
              <th scope="col">{t("total")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{formatDay(day.day)}</th>
                {series.map((name) => (
                  <td key={name}>{money(valueOf(day, name))}</td>
                ))}
                <td>{money(day.sumTyiyn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

// Both charts side by side (one above the other on a phone).
export async function PaymentCharts({ days }: { days: PaymentDay[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="payment-charts">
      <PaymentChart days={days} split="service" />
      <PaymentChart days={days} split="office" />
    </div>
  );
}
