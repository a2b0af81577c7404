// Where one is signed in: each session with when it began, when and from where it was last used
// and the browser, and a button that ends it (the current one ends by signing out).
export interface StaffSessionView {
  id: string;
  current: boolean;
  signedIn: string;
  lastUsed: string;
  address: string;
  device: string;
}

export function StaffSessions({
  locale,
  sessions,
  revoke,
  words,
}: {
  locale: string;
  sessions: StaffSessionView[];
  revoke: (form: FormData) => Promise<void>;
  words: Record<
    "title" | "lead" | "signedIn" | "lastUsed" | "address" | "device" | "current" | "revoke",
    string
  >;
}) {
  return (
    <section className="space-y-3" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="text-2xl font-semibold">
        {words.title}
      </h2>
      <p className="text-slate-700">{words.lead}</p>
      <ul className="space-y-3">
        {sessions.map((s) => (
          <li key={s.id} data-testid="staff-session" className="rounded-xl border border-slate-200 p-4">
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-medium">{words.signedIn}</dt>
              <dd>{s.signedIn}</dd>
              <dt className="font-medium">{words.lastUsed}</dt>
              <dd>{s.lastUsed}</dd>
              <dt className="font-medium">{words.address}</dt>
              <dd>{s.address}</dd>
              <dt className="font-medium">{words.device}</dt>
              <dd className="break-words text-sm text-slate-700">{s.device}</dd>
            </dl>
            {s.current ? (
              <p className="mt-2 font-semibold text-green-900">{words.current}</p>
            ) : (
              <form action={revoke} className="mt-2">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="sessionId" value={s.id} />
                <button
                  type="submit"
                  className="rounded-lg border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
                >
                  {words.revoke}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
