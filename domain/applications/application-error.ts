// Why an operation on an application or an invoice was refused; the pages turn each code into
// words in the staff member's language (messages office.errors.<code>).
export const applicationProblems = [
  "notFound",
  "wrongStatus",
  "notPaid",
  "serialTaken",
  "hasPayments",
] as const;
export type ApplicationProblem = (typeof applicationProblems)[number];

export class ApplicationError extends Error {
  override name = "ApplicationError";
  constructor(readonly code: ApplicationProblem) {
    super(code);
  }
}
