"use client";

import { useActionState } from "react";
import { FieldError, inputClass } from "../registration/field";
import type { OfficeFormState } from "./office-form-state";

export interface TwoFactorSetupState extends OfficeFormState {
  setup?: { qrSvg: string; secret: string; backupCodes: string[] };
}

type Action = (previous: TwoFactorSetupState, form: FormData) => Promise<TwoFactorSetupState>;

const initial: TwoFactorSetupState = { errors: {}, values: {} };
const button =
  "rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

// Turning on the second factor: the password, then the QR code, the key and the recovery codes,
// then a code from the app to prove it works.
export function TwoFactorSetup({
  locale,
  start,
  confirm,
  words,
}: {
  locale: string;
  start: Action;
  confirm: Action;
  words: Record<string, string>;
}) {
  const [started, startAction, starting] = useActionState(start, initial);
  const [confirmed, confirmAction, confirming] = useActionState(confirm, initial);
  const setup = started.setup;
  const message = (code?: string, minutes?: number) =>
    code ? (words[code] ?? code).replace("{minutes}", String(minutes ?? "")) : undefined;

  if (!setup) {
    return (
      <form action={startAction} noValidate className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <p>{words.passwordLead}</p>
        {started.formError && (
          <p role="alert" className="font-medium text-red-900">
            {message(started.formError, started.minutes)}
          </p>
        )}
        <div>
          <label htmlFor="password" className="font-semibold">
            {words.password}
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            className={inputClass}
            aria-invalid={started.errors.password ? true : undefined}
            aria-describedby={started.errors.password ? "password-error" : undefined}
            autoFocus={Boolean(started.errors.password)}
          />
          <FieldError id="password-error" message={message(started.errors.password)} />
        </div>
        <button type="submit" disabled={starting} className={button}>
          {words.start}
        </button>
      </form>
    );
  }
  return (
    <div className="space-y-6">
      <p>{words.scan}</p>
      <div className="flex flex-wrap items-start gap-6">
        <div
          role="img"
          aria-label={words.qrAlt}
          className="h-48 w-48 bg-white"
          dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
        />
        <code data-testid="totp-secret" className="break-all rounded bg-slate-100 p-2 font-mono text-lg">
          {setup.secret}
        </code>
      </div>
      <div>
        <p className="font-semibold">{words.backupCodes}</p>
        <ul data-testid="backup-codes" className="mt-2 grid grid-cols-2 gap-2 font-mono sm:grid-cols-5">
          {setup.backupCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </div>
      <form action={confirmAction} noValidate className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <div>
          <label htmlFor="code" className="font-semibold">
            {words.code}
          </label>
          <p id="code-hint" className="text-sm text-slate-600">
            {words.verifyLead}
          </p>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={20}
            className={inputClass}
            aria-invalid={confirmed.errors.code ? true : undefined}
            aria-describedby={confirmed.errors.code ? "code-hint code-error" : "code-hint"}
            autoFocus
          />
          <FieldError id="code-error" message={message(confirmed.errors.code)} />
        </div>
        {confirmed.formError && (
          <p role="alert" className="font-medium text-red-900">
            {message(confirmed.formError)}
          </p>
        )}
        <button type="submit" disabled={confirming} className={button}>
          {words.verify}
        </button>
      </form>
    </div>
  );
}
