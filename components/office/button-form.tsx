// One button that posts to a server action with a few hidden fields (the locale among them):
// "documents checked", "connect to SOChI". Works without JavaScript.
export function ButtonForm({
  action,
  fields,
  label,
  tone = "primary",
}: {
  action: (form: FormData) => Promise<void>;
  fields: Record<string, string>;
  label: string;
  tone?: "primary" | "secondary";
}) {
  const look =
    tone === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800"
      : "border border-slate-400 text-slate-900 hover:bg-slate-100";
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`rounded-lg px-5 py-2.5 font-semibold ${look}`}>
        {label}
      </button>
    </form>
  );
}
