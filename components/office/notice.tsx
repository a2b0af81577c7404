// A short confirmation after an action ("saved", "issued"), announced to screen readers.
export function Notice({ text }: { text: string }) {
  return (
    <p role="status" data-testid="notice" className="rounded-lg bg-green-50 p-3 text-green-900">
      {text}
    </p>
  );
}
