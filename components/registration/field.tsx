import type { InputHTMLAttributes, ReactNode } from "react";

export const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  );
}

export interface RadioOption {
  value: string;
  label: string;
}

// A required choice: legend, options in a row on wider screens, the error under them.
export function RadioGroup(props: {
  name: string;
  legend: ReactNode;
  options: RadioOption[];
  checked: string | undefined;
  autoFocus: boolean;
  error?: string;
}) {
  const { name, legend, options, checked, autoFocus, error } = props;
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6">
        {options.map((option, i) => (
          <label key={option.value} className="flex items-center gap-2 py-1">
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={checked === option.value}
              className="h-5 w-5"
              data-field={i === 0 ? name : undefined}
              autoFocus={i === 0 && autoFocus}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  );
}

// A labelled text input with its hint and error wired up for assistive technology; `name` is
// also its id and the `data-field` that focus moves to when it holds the first error.
export function TextField(
  props: {
    name: string;
    // When one page has several forms with the same field names (defaults to the name).
    id?: string;
    label: ReactNode;
    hint?: ReactNode;
    error?: string;
    inputClassName?: string;
  } & Pick<
    InputHTMLAttributes<HTMLInputElement>,
    "type" | "inputMode" | "autoComplete" | "maxLength" | "defaultValue" | "autoFocus"
  >,
) {
  const { name, id = name, label, hint, error, inputClassName = "", ...input } = props;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        data-field={name}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`${inputClass} ${inputClassName}`}
      />
      {hint && <FieldHint id={`${id}-hint`}>{hint}</FieldHint>}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
