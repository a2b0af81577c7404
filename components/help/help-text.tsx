import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

// The pages a help answer links to, by the tag its message wraps the words in («<guide>…</guide>»).
const linkTargets = {
  guide: "/megapay",
  register: "/register",
  renew: "/renew",
  soci: "/help/soci",
  documents: "/help/documents",
  payment: "/help/payment",
  mistakes: "/help/mistakes",
} as const;

type LinkTag = keyof typeof linkTargets;

// For the page: each tag a link in the page's language.
export function helpLinks(locale: Locale): Record<LinkTag, (chunks: ReactNode) => ReactNode> {
  const link = (href: string) =>
    function HelpLink(chunks: ReactNode) {
      return (
        <Link href={href} locale={locale} className="text-brand-700 underline underline-offset-2">
          {chunks}
        </Link>
      );
    };
  return Object.fromEntries(Object.entries(linkTargets).map(([tag, href]) => [tag, link(href)])) as Record<
    LinkTag,
    (chunks: ReactNode) => ReactNode
  >;
}

// For structured data: the same words as plain text.
export const helpPlainText = Object.fromEntries(
  Object.keys(linkTargets).map((tag) => [tag, (chunks: string) => chunks]),
) as Record<LinkTag, (chunks: string) => string>;

// FAQ structured data (schema.org FAQPage) for a page of questions and answers. Written into a
// <script type="application/ld+json">, which browsers never run; "<" is escaped so that an answer
// cannot close the element.
export function FaqStructuredData({ items }: { items: { question: string; answer: string }[] }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: items.map(({ question, answer }) => ({
      "@type": "Question",
      name: question,
      acceptedAnswer: { "@type": "Answer", text: answer },
    })),
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
