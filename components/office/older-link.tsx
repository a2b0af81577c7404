// The link to the next (older) page of a keyset-paged list, keeping the filters.
export function OlderLink({
  base,
  params,
  before,
  label,
}: {
  base: string;
  params: Record<string, string | number | undefined>;
  before: number | null;
  label: string;
}) {
  if (before === null) return null;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, before })) {
    if (value !== undefined && String(value) !== "") query.set(key, String(value));
  }
  return (
    <a href={`${base}?${query}`} className="font-semibold text-brand-700 underline">
      {label}
    </a>
  );
}
