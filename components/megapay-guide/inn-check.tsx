"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { checkInn } from "@/lib/inn";
import { inputClass } from "../registration/field";

type Verdict = { ok: boolean; text: string } | null;

// Tells the payer, before they open the wallet, whether what they typed can be an INN. Runs in
// the browser only: nothing is sent.
export function InnCheck() {
  const t = useTranslations("guide.innCheck");
  const [verdict, setVerdict] = useState<Verdict>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get("inn") ?? "");
    const digits = typed.replace(/[\s-]/g, "");
    const result = checkInn(typed);
    if (result.ok) {
      setVerdict({ ok: true, text: t(result.kind === "organization" ? "okOrganization" : "okPerson") });
    } else if (result.problem === "format") {
      setVerdict({
        ok: false,
        text: /^[0-9]*$/.test(digits) ? t("format", { count: digits.length }) : t("letters"),
      });
    } else {
      setVerdict({ ok: false, text: t(result.problem === "first-digit" ? "firstDigit" : "birthDate") });
    }
  };

  return (
    <form
      onSubmit={onSubmit}
      className="no-print rounded-xl border border-slate-300 bg-slate-50 p-4"
      aria-labelledby="inn-check-title"
      noValidate
    >
      <h3 id="inn-check-title" className="font-semibold">
        {t("title")}
      </h3>
      <label htmlFor="inn-check" className="mt-2 block text-sm">
        {t("label")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="inn-check"
          name="inn"
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          className={`${inputClass} mt-0 font-mono`}
          aria-describedby="inn-check-privacy inn-check-result"
        />
        <button
          type="submit"
          className="shrink-0 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("button")}
        </button>
      </div>
      <p
        id="inn-check-result"
        role="status"
        data-testid="inn-check-result"
        data-ok={verdict ? String(verdict.ok) : undefined}
        className={`mt-2 text-sm font-medium ${verdict?.ok ? "text-green-800" : "text-red-800"}`}
      >
        {verdict?.text}
      </p>
      <p id="inn-check-privacy" className="mt-1 text-xs text-slate-600">
        {t("privacy")}
      </p>
    </form>
  );
}
