import type { ReactNode } from "react";

// A phone drawn in HTML and CSS: light, sharp at any size, with its text in real fonts. The
// whole drawing is one image for assistive technology, described by `label`.
export function PhoneScreen({
  label,
  title,
  children,
}: {
  label: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <div
      role="img"
      aria-label={label}
      className="no-print mx-auto w-44 shrink-0 select-none rounded-[1.6rem] border-[5px] border-slate-800 bg-slate-800 shadow-md"
    >
      <div className="overflow-hidden rounded-[1.2rem] bg-white">
        <div className="flex h-5 items-center justify-center bg-slate-100">
          <span className="h-1.5 w-10 rounded-full bg-slate-300" />
        </div>
        <div className="bg-[#006e35] px-3 py-1.5 text-center text-xs font-bold text-white">{title}</div>
        <div className="flex min-h-52 flex-col gap-1.5 p-2.5 text-[11px] leading-tight text-slate-900">
          {children}
        </div>
      </div>
    </div>
  );
}

const highlight = "ring-2 ring-offset-1 ring-orange-600 bg-orange-50 font-bold text-slate-900";

export function ScreenRow({
  children,
  active = false,
  hint,
}: {
  children?: ReactNode;
  active?: boolean;
  hint?: string;
}) {
  return (
    <div className={`relative rounded-md border border-slate-200 px-2 py-1.5 ${active ? highlight : ""}`}>
      {children ?? <span className="block h-2 w-16 rounded bg-slate-200" />}
      {active && hint && (
        <span className="absolute -right-1 -top-2 rounded bg-orange-800 px-1 text-[9px] font-semibold text-white">
          {hint}
        </span>
      )}
    </div>
  );
}

export function ScreenTiles({ tiles }: { tiles: { text?: string; active?: boolean }[] }) {
  return (
    <div className="grid grid-cols-2 gap-1.5">
      {tiles.map((tile, i) => (
        <div
          key={i}
          className={`flex h-12 items-center justify-center rounded-md border border-slate-200 p-1 text-center ${tile.active ? highlight : "bg-slate-50"}`}
        >
          {tile.text ?? <span className="block h-2 w-10 rounded bg-slate-200" />}
        </div>
      ))}
    </div>
  );
}

export function ScreenField({
  label,
  value,
  active = false,
  hint,
}: {
  label: string;
  value: string;
  active?: boolean;
  hint?: string;
}) {
  return (
    <div className="relative">
      <div className="text-[10px] text-slate-600">{label}</div>
      <div
        className={`mt-0.5 rounded-md border border-slate-300 px-2 py-1 font-mono tracking-tight ${active ? highlight : ""}`}
      >
        {value}
      </div>
      {active && hint && (
        <span className="absolute -bottom-3 right-0 rounded bg-orange-800 px-1 text-[9px] font-semibold text-white">
          {hint}
        </span>
      )}
    </div>
  );
}

export function ScreenButton({ text, active = false }: { text: string; active?: boolean }) {
  return (
    <div
      className={`mt-auto rounded-md bg-[#006e35] py-1.5 text-center font-bold text-white ${active ? "ring-2 ring-orange-600 ring-offset-1" : ""}`}
    >
      {text}
    </div>
  );
}
