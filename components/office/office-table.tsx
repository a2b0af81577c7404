import type { ReactNode } from "react";

// The back office's tables: a labelled, keyboard-scrollable region (wide tables scroll on a
// phone instead of squeezing), headers as given, numbers right-aligned.
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
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" style={{ minWidth }}>
        <thead>
          <tr className="border-b-2 border-slate-400">
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`px-2 py-2 ${c.numeric ? "text-right" : ""}`}>
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
