import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { FieldHint, inputClass } from "../registration/field";

const buttonClass =
  "rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2";

export type RenewalStartError = "input" | "code" | "rate" | "unavailable";

// The public renewal by INN: first the INN and the phone on file, then the code from the SMS. Plain
// forms posted to server actions: no JavaScript needed on the phone.
export function RenewalStartForm({
  locale,
  sent,
  error,
  minutes,
  requestAction,
  verifyAction,
}: {
  locale: string;
  sent: boolean;
  error: RenewalStartError | null;
  minutes: number;
  requestAction: (form: FormData) => Promise<void>;
  verifyAction: (form: FormData) => Promise<void>;
}) {
  const t = useTranslations("renew");
  const message =
    error === "input"
      ? t("errorInput")
      : error === "code"
        ? t("errorCode")
        : error === "rate"
          ? t("tooManyTries", { minutes })
          : error === "unavailable"
            ? t("unavailableNow")
            : null;
  const alert = message && (
    <p id="renew-error" role="alert" className="rounded-lg bg-red-50 p-3 font-medium text-red-800">
      {message}
    </p>
  );
  if (sent) {
    return (
      <form action={verifyAction} className="space-y-4">
        <input type="hidden" name="locale" value={locale} />
        <p>{t("codeSent")}</p>
        {alert}
        <div>
          <label htmlFor="code" className="font-semibold">
            {t("codeLabel")}
          </label>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            pattern="[0-9]{6}"
            required
            aria-invalid={error === "code" ? true : undefined}
            aria-describedby={message ? "renew-error" : undefined}
            className={`${inputClass} font-mono text-lg tracking-widest`}
          />
        </div>
        <button type="submit" className={buttonClass}>
          {t("continue")}
        </button>
        <p>
          <Link href="/renew" className="font-semibold text-brand-700 underline">
            {t("again")}
          </Link>
        </p>
      </form>
    );
  }
  return (
    <form action={requestAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      {alert}
      <div>
        <label htmlFor="inn" className="font-semibold">
          {t("innLabel")}
        </label>
        <input
          id="inn"
          name="inn"
          inputMode="numeric"
          autoComplete="off"
          maxLength={40}
          required
          aria-invalid={error === "input" ? true : undefined}
          aria-describedby={message ? "renew-error" : undefined}
          className={`${inputClass} font-mono text-lg`}
        />
      </div>
      <div>
        <label htmlFor="phone" className="font-semibold">
          {t("phoneLabel")}
        </label>
        <input
          id="phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          maxLength={40}
          required
          aria-invalid={error === "input" ? true : undefined}
          aria-describedby={message ? "phone-hint renew-error" : "phone-hint"}
          className={inputClass}
        />
        <FieldHint id="phone-hint">{t("phoneHint")}</FieldHint>
      </div>
      <button type="submit" className={buttonClass}>
        {t("sendCode")}
      </button>
    </form>
  );
}
