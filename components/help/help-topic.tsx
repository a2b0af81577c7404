import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { helpQuestions, helpTopics, type HelpTopic } from "@/config/help-topics";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { FaqStructuredData, helpLinks, helpPlainText } from "./help-text";

// One help page: its questions and answers (with FAQ structured data), what the page adds
// beside them (children: a table, the settings' texts, the offices), and the other topics.
export async function HelpTopicPage({
  locale,
  topic,
  children,
}: {
  locale: Locale;
  topic: HelpTopic;
  children?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "help" });
  // The keys come from config/help-topics.ts; help-topics.test.ts checks each exists.
  const key = (question: string, part: "q" | "a") =>
    `${topic}.faq.${question}.${part}` as Parameters<typeof t.rich>[0];
  const questions: readonly string[] = helpQuestions[topic];
  const links = helpLinks(locale);
  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm">
        <Link href="/help" locale={locale} className="text-brand-700 underline underline-offset-2">
          {t("allTopics")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t(`${topic}.title`)}</h1>
      {questions.map((question) => (
        <section key={question} className="mt-6" data-question={question}>
          <h2 className="text-xl font-bold">{t(key(question, "q"))}</h2>
          <p className="mt-2 leading-relaxed">{t.rich(key(question, "a"), links)}</p>
        </section>
      ))}
      {children}
      <nav aria-label={t("topicsLabel")} className="mt-10 border-t border-slate-200 pt-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {helpTopics
            .filter((other) => other !== topic)
            .map((other) => (
              <li key={other}>
                <Link
                  href={`/help/${other}`}
                  locale={locale}
                  className="text-brand-700 underline underline-offset-2"
                >
                  {t(`${other}.title`)}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      {questions.length > 0 && (
        <FaqStructuredData
          items={questions.map((question) => ({
            question: t(key(question, "q")),
            answer: t.markup(key(question, "a"), helpPlainText),
          }))}
        />
      )}
    </article>
  );
}
