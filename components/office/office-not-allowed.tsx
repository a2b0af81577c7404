// What a staff member sees on a page their role may not use.
export function OfficeNotAllowed({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p
        data-testid="not-allowed"
        className="mt-4 rounded-lg border border-amber-600 bg-amber-50 p-3 text-amber-950"
      >
        {text}
      </p>
    </div>
  );
}
