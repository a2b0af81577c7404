// A refused action explained at the top of the page, announced to screen readers.
export function OfficeAlert({ text }: { text: string }) {
  return (
    <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 font-medium text-red-900">
      {text}
    </p>
  );
}
