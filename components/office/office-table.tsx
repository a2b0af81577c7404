import type { ReactNode } from "react";

// The back office's tables: a labelled, keyboard-scrollable region, numbers right-aligned. On a
// desk's screen (1366×768) a long table scrolls inside its region with the header row kept in
// view (lg and up); a wide one scrolls sideways on a phone instead of squeezing. Printed, it is
// all shown.
export function OfficeTable({
  label,
  columns,
  children,
  minWidth = "48rem",
}: {
  label: string;
  columns: { label: string; numeric?: boolean }[];
  children: ReactNode;
  minWidth?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-auto lg:max-h-[calc(100dvh-6rem)] print:max-h-none print:overflow-visible"
    >
      <table className="w-full border-collapse text-left text-sm" style={{ minWidth }}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={`sticky top-0 z-10 bg-white px-2 py-2 shadow-[inset_0_-2px_0_#94a3b8] ${c.numeric ? "text-right" : ""}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export const cell = "px-2 py-2";
export const numericCell = "whitespace-nowrap px-2 py-2 text-right tabular-nums";
export const rowClass = "border-b border-slate-200";
