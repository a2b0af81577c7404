// The help pages (/{locale}/help/<topic>), in the order the help index lists them. A topic's words
// are messages help.<topic>.*; its questions (help.<topic>.faq.<key>) are shown in this order, and
// a topic with questions also says so to search engines (FAQ structured data).
export const helpQuestions = {
  signature: ["what", "force", "seal", "uses", "validity", "how"],
  "rutoken-or-cloud": ["rutoken", "cloud", "which", "kinds"],
  documents: [],
  soci: ["what", "connect", "balance", "topUp", "notFound"],
  payment: ["megapay", "cash", "bank", "terminals"],
  mistakes: ["wrongInn", "wrongInvoice", "after", "twice", "whom"],
  laws: [],
} as const;

export type HelpTopic = keyof typeof helpQuestions;
export const helpTopics = Object.keys(helpQuestions) as HelpTopic[];

export const isHelpTopic = (value: string): value is HelpTopic => Object.hasOwn(helpQuestions, value);
