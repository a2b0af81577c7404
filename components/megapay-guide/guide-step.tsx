import type { ReactNode } from "react";

export function GuideStep({
  label,
  children,
  picture,
}: {
  label: string;
  children: ReactNode;
  picture?: ReactNode;
}) {
  return (
    <li className="flex flex-col gap-4 border-b border-slate-200 py-5 last:border-0 sm:flex-row sm:items-start print:break-inside-avoid print:py-2">
      <div className="flex-1">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{label}</p>
        <div className="mt-1 text-lg leading-relaxed print:text-base">{children}</div>
      </div>
      {picture}
    </li>
  );
}
