"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { FieldError, inputClass, TextField } from "../registration/field";
import { emptyOfficeFormState, type OfficeFormAction } from "./office-form-state";

export interface OfficeFormField {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  inputMode?: "numeric" | "text";
  maxLength?: number;
  hint?: string;
  // A choice instead of a text box (the first option is the empty "choose" one).
  options?: { value: string; label: string }[];
}

// A small back-office form posted to a server action: each error next to its field, the form's
// own error above, values kept, focus on the first problem. Works without JavaScript too.
// Words arrive translated from the page (`messages` by error code), so that no translation code
// or messages go to the browser (the public registration form gets its error words from its
// action instead).
interface OfficeFormProps {
  action: OfficeFormAction;
  fields: OfficeFormField[];
  submitLabel: string;
  messages: Record<string, string>;
  hidden?: Record<string, string>;
  // What the fields show first (editing something that exists).
  initialValues?: Record<string, string>;
  // Several forms with the same field names on one page (settings) keep their ids apart.
  idPrefix?: string;
}

// After a save the action redirects to the same page, which renders the form again with the
// saved values: a new key starts it afresh (React would keep the old state, and the old values).
export function OfficeForm(props: OfficeFormProps) {
  return <OfficeFormFields key={JSON.stringify(props.initialValues ?? {})} {...props} />;
}

function OfficeFormFields({
  action,
  fields,
  submitLabel,
  messages,
  hidden = {},
  initialValues,
  idPrefix = "",
}: OfficeFormProps) {
  const [initialState] = useState(() =>
    initialValues ? { ...emptyOfficeFormState, values: initialValues } : emptyOfficeFormState,
  );
  const [state, formAction, pending] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const text = (code: string | undefined) =>
    code ? (messages[code] ?? code).replace("{minutes}", String(state.minutes ?? "")) : undefined;

  useEffect(() => {
    if (state === initialState) return;
    const first = fields.find((f) => state.errors[f.name]);
    const target = first
      ? formRef.current?.querySelector<HTMLElement>(`[data-field="${first.name}"]`)
      : formRef.current?.querySelector<HTMLElement>("[data-form-error]");
    target?.focus();
    // A sensitive action refused for want of a recent proof: the page, rendered again, shows the
    // form for it above (this form keeps what was typed).
    if (state.formError === "confirmIdentity") router.refresh();
  }, [state, fields, initialState, router]);

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-5">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.formError && (
        <p
          role="alert"
          tabIndex={-1}
          data-form-error
          className="rounded-lg border border-red-700 bg-red-50 p-3 font-medium text-red-900"
        >
          {text(state.formError)}
        </p>
      )}
      {fields.map((field) =>
        field.options ? (
          <div key={`${field.name}-${state.values[field.name] ?? ""}`}>
            <label htmlFor={`${idPrefix}${field.name}`} className="font-semibold">
              {field.label}
            </label>
            <select
              id={`${idPrefix}${field.name}`}
              name={field.name}
              data-field={field.name}
              defaultValue={state.values[field.name] ?? ""}
              aria-invalid={state.errors[field.name] ? true : undefined}
              aria-describedby={state.errors[field.name] ? `${idPrefix}${field.name}-error` : undefined}
              className={inputClass}
            >
              {field.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <FieldError id={`${idPrefix}${field.name}-error`} message={text(state.errors[field.name])} />
          </div>
        ) : (
          <TextField
            key={`${field.name}-${state.values[field.name] ?? ""}`}
            name={field.name}
            id={`${idPrefix}${field.name}`}
            label={field.label}
            type={field.type ?? "text"}
            autoComplete={field.autoComplete}
            inputMode={field.inputMode}
            maxLength={field.maxLength}
            hint={field.hint}
            defaultValue={field.type === "password" ? undefined : state.values[field.name]}
            error={text(state.errors[field.name])}
          />
        ),
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {submitLabel}
      </button>
    </form>
  );
}
