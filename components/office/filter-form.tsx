import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatDay } from "@/lib/dates";
import { inputClass } from "../registration/field";

// The back office's GET filter forms (bookmarkable, work without JavaScript): the fields in a
// grid, then "show", "reset" and any extra links (an export).
export function FilterForm({
  action,
  legend,
  columns,
  labels,
  children,
  extra,
}: {
  action: string;
  legend: string;
  columns: 4 | 5;
  labels: { apply: string; reset: string };
  children: ReactNode;
  extra?: ReactNode;
}) {
  const grid = columns === 4 ? "sm:grid-cols-4" : "sm:grid-cols-5";
  const span = columns === 4 ? "sm:col-span-4" : "sm:col-span-5";
  return (
    <form
      method="get"
      action={action}
      className={`grid gap-4 rounded-lg border border-slate-300 p-4 ${grid}`}
    >
      <fieldset className="contents">
        <legend className="sr-only">{legend}</legend>
        {children}
      </fieldset>
      <div className={`flex flex-wrap items-center gap-3 ${span}`}>
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {labels.apply}
        </button>
        <a href={action} className="font-semibold text-brand-700 underline">
          {labels.reset}
        </a>
        {extra}
      </div>
    </form>
  );
}

// A choice among values, with an "any" option first.
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="font-semibold">
      {label}
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

// A day (Bishkek), as the filters take it ("from", "to"): typed and shown as dd.mm.yyyy whatever
// the browser's language (lib/dates.ts parseDay), its format said in the label.
export async function FilterDay({
  name,
  label,
  value,
}: {
  name: string;
  label: string;
  // "2026-11-26".
  value: string | undefined;
}) {
  const t = await getTranslations("office");
  return (
    <label className="font-semibold">
      {label} <span className="font-normal text-slate-600">({t("dayFormat")})</span>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        name={name}
        defaultValue={value ? formatDay(value) : undefined}
        placeholder={t("dayExample")}
        className={inputClass}
      />
    </label>
  );
}
