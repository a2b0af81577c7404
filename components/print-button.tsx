"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-lg border-2 border-slate-400 px-4 py-2.5 font-semibold text-slate-800 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
