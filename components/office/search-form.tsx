import { inputClass } from "../registration/field";

// A GET search box (bookmarkable, works without JavaScript).
export function SearchForm({
  action,
  value,
  label,
  hint,
  submit,
}: {
  action: string;
  value: string | undefined;
  label: string;
  hint: string;
  submit: string;
}) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <label className="grow font-semibold sm:max-w-md">
        {label}
        <input type="search" name="q" defaultValue={value} aria-describedby="q-hint" className={inputClass} />
        <span id="q-hint" className="mt-1 block text-sm font-normal text-slate-600">
          {hint}
        </span>
      </label>
      <button
        type="submit"
        className="mb-7 rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
      >
        {submit}
      </button>
    </form>
  );
}
