import { staffCommentProblems } from "../staff/staff-comment-schema";

// Why a money request could not be made or decided; the pages turn each code into words in the
// staff member's language (messages office.requests.problems.<code>).
export const moneyRequestProblems = [
  "notFound",
  // Already approved or rejected (by someone else, or a second click).
  "notPending",
  // Nobody decides their own request, whatever their role.
  "ownRequest",
  // Nor one resting on a file they uploaded, nor with an account made for it (find-dependent-approval.ts).
  "involved",
  "accountTooNew",
  "accountMadeByInvolved",
  "madeInvolvedAccount",
  // The invoice or the balance is no longer what the request showed: nothing was applied.
  "invoiceChanged",
  "balanceChanged",
  // A reversal would take more from the balance than it holds (the money was spent).
  "shortfall",
  "alreadyReversed",
  "notReversible",
  // The invoice's signature was already handed out.
  "signatureIssued",
  // The same payment or registry line already has a request waiting.
  "pendingExists",
  "belowZero",
  "accountNotFound",
  "notConnected",
  "invoiceCancelled",
  "sumTooSmall",
  "sumTooLarge",
  "receiptUsed",
  // A bank payment typed in by hand whose transfer an uploaded statement lists.
  "inStatement",
  "cannotRecord",
] as const;
export type MoneyRequestProblem = (typeof moneyRequestProblems)[number];

// Everything a money request's form can show (messages office.requests.problems.<code>): the
// operation's problems, the comment's, and the form's own.
export const moneyRequestFormProblems = [
  ...moneyRequestProblems,
  ...staffCommentProblems,
  "choice",
  "notAllowed",
  "unavailable",
] as const;

export type MoneyRequestResult =
  { ok: true; requestId: number } | { ok: false; problem: MoneyRequestProblem };

export const refusedRequest = (problem: MoneyRequestProblem): MoneyRequestResult => ({ ok: false, problem });

// Thrown inside a transaction to undo everything it did and say why.
export class MoneyRequestRefusal extends Error {
  override name = "MoneyRequestRefusal";
  constructor(readonly problem: MoneyRequestProblem) {
    super(problem);
  }
}
