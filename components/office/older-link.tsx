// The link to the next (older) page of a keyset-paged list, keeping the filters: `before` is the
// key the next page starts at, sent as `name` (by default "before").
export function OlderLink({
  base,
  params,
  before,
  label,
  name = "before",
}: {
  base: string;
  params: Record<string, string | number | undefined>;
  before: number | null;
  label: string;
  name?: string;
}) {
  if (before === null) return null;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, [name]: before })) {
    if (value !== undefined && String(value) !== "") query.set(key, String(value));
  }
  return (
    <a href={`${base}?${query}`} className="font-semibold text-brand-700 underline">
      {label}
    </a>
  );
}
