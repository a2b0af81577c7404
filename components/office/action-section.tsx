import type { ReactNode } from "react";

// One thing staff can do on a page: a heading, a sentence on what it does, and its form.
// `boxed` sets it apart among the facts of a detail page.
export function ActionSection({
  id,
  title,
  lead,
  boxed = false,
  children,
}: {
  id?: string;
  title: string;
  lead: string;
  boxed?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={id ? `${id}-title` : undefined}
      className={`max-w-lg space-y-3 ${boxed ? "rounded-lg border border-slate-300 p-4" : ""}`}
    >
      <h2 id={id ? `${id}-title` : undefined} className={`${boxed ? "text-xl" : "text-2xl"} font-bold`}>
        {title}
      </h2>
      <p className="text-slate-700">{lead}</p>
      {children}
    </section>
  );
}
