import { maskAccount } from "@/lib/mask";
import { encodeOsmpResponse } from "@/lib/osmp/encode-response";
import { parseOsmpRequest, type OsmpService } from "@/lib/osmp/parse-request";
import { isDatabaseUnavailable, type Database } from "@/server/db";
import { checkEdsInvoice } from "./check-eds-invoice";
import { checkSociAccount } from "./check-soci-account";
import { outcome, outcomeOfPayment, type MegapayOutcome } from "./megapay-outcome";
import { recordEdsPayment } from "./record-eds-payment";
import { megapaySource } from "./record-payment";
import { recordSociPayment } from "./record-soci-payment";
import type { SociLimits } from "./soci-limits";

export interface ProcessMegapayRequestOptions {
  db: Database;
  service: OsmpService;
  params: URLSearchParams;
  sociLimits: SociLimits;
  // Told about errors that were answered with result 1, for the log: `temporary` when it is a
  // known outage of the database (unavailable, timed out, full), false for anything unexpected.
  onError?: (error: unknown, kind: { temporary: boolean }) => void;
}

export interface ProcessedMegapayRequest {
  xml: string;
  log: {
    service: OsmpService;
    command: string | null;
    txn_id: string;
    account: string | null;
    sum: number | null;
    result: number;
    reason?: string;
  };
}

async function decide(
  options: ProcessMegapayRequestOptions,
  request: Extract<ReturnType<typeof parseOsmpRequest>, { ok: true }>["request"],
): Promise<MegapayOutcome> {
  const { db, service, sociLimits } = options;
  if (request.command === "check") {
    return service === "soci"
      ? checkSociAccount({ db, inn: request.account, sumTyiyn: request.sumTyiyn, limits: sociLimits })
      : checkEdsInvoice({ db, invoiceNumber: request.account, sumTyiyn: request.sumTyiyn });
  }
  const payment = {
    txnId: request.txnId,
    account: request.account,
    sumTyiyn: request.sumTyiyn!,
    txnDate: request.txnDate!,
  };
  // Kept with the payment, so that the journal shows what MegaPay sent.
  const source = megapaySource(options.params.toString());
  return outcomeOfPayment(
    service === "soci"
      ? await recordSociPayment({ db, request: payment, limits: sociLimits, source })
      : await recordEdsPayment({ db, request: payment, source }),
  );
}

// One MegaPay request, from its parameters to the XML answer and the line to log.
export async function processMegapayRequest(
  options: ProcessMegapayRequestOptions,
): Promise<ProcessedMegapayRequest> {
  const parsed = parseOsmpRequest(options.params, options.service);
  const command = options.params.get("command");
  let decided: MegapayOutcome;
  let reason: string | undefined;
  if (!parsed.ok) {
    decided = {
      result: parsed.result,
      comment: parsed.result === 4 ? "wrong account format" : `error: ${parsed.reason}`,
    };
    reason = parsed.reason;
  } else {
    try {
      decided = await decide(options, parsed.request);
    } catch (error) {
      // Whatever failed here is ours, not the request's: the contract's answer is 1 ("retry
      // later"), never 300. It is safe even if a commit's outcome is unknown, because a retry
      // of a recorded txn_id is a replay. Errors that are not a known outage are logged as such.
      options.onError?.(error, { temporary: isDatabaseUnavailable(error) });
      decided = outcome.temporaryError();
    }
  }
  const xml = encodeOsmpResponse({
    txnId: parsed.echo.txnId,
    result: decided.result,
    comment: decided.comment,
    prvTxn: decided.prvTxn,
    sumTyiyn: parsed.echo.sumTyiyn,
    fields: decided.result === 0 ? decided.fields : undefined,
  });
  const account = parsed.ok ? parsed.request.account : null;
  return {
    xml,
    log: {
      service: options.service,
      command: command === "check" || command === "pay" ? command : null,
      txn_id: parsed.echo.txnId,
      account: account ? maskAccount(account) : null,
      sum: parsed.echo.sumTyiyn,
      result: decided.result,
      ...(reason ? { reason } : {}),
    },
  };
}
