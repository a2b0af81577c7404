import { getTranslations } from "next-intl/server";
import type { ReconciliationReport } from "@/domain/reconciliation/get-reconciliation";
import { barSegments } from "@/lib/bar-chart";

// The registry's rows by class as one bar (how much matched, how much differs, at a glance): an
// SVG drawn on the server; the summary table below it has the same numbers for screen readers.
const colours: Record<string, string> = {
  missingHere: "#b91c1c",
  sumDiffers: "#d97706",
  accountDiffers: "#db2777",
  missingThere: "#7c3aed",
  duplicateRow: "#64748b",
  outsidePeriod: "#94a3b8",
  matched: "#15803d",
};
const [width, height] = [600, 28];

export async function ReconciliationClassBar({ totals }: { totals: ReconciliationReport["totals"] }) {
  const t = await getTranslations("office.reconciliation");
  const segments = barSegments(
    totals.map((c) => c.count),
    width,
    // A few differences among thousands of matches would be thinner than a pixel.
    6,
  );
  const summary = totals
    .filter((c) => c.count > 0)
    .map((c) => `${t(`classes.${c.class}`)}: ${c.count}`)
    .join("; ");
  return (
    <figure className="space-y-2" data-testid="class-bar">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="h-auto w-full">
        <rect x="0" y="0" width={width} height={height} fill="#f1f5f9" />
        {segments.map((segment) => {
          const c = totals[segment.index]!;
          return (
            <rect
              key={c.class}
              x={segment.start}
              y="0"
              width={segment.size}
              height={height}
              fill={colours[c.class]}
              data-class={c.class}
              data-count={c.count}
            >
              <title>{`${t(`classes.${c.class}`)}: ${c.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {totals
          .filter((c) => c.count > 0)
          .map((c) => (
            <li key={c.class} className="flex items-center gap-1.5">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ background: colours[c.class] }} />
              {t(`classes.${c.class}`)}: {c.count}
            </li>
          ))}
      </ul>
    </figure>
  );
}
