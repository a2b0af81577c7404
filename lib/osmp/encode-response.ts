import { toDecimalSom } from "../money";
import type { OsmpResultCode } from "./result-codes";

export interface OsmpResponse {
  txnId: string;
  result: OsmpResultCode;
  comment: string;
  prvTxn?: string;
  sumTyiyn?: number | null;
  fields?: { name: string; value: string }[];
}

// Characters XML 1.0 cannot carry at all are dropped; the rest is escaped.
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function encodeOsmpResponse(response: OsmpResponse): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<response>",
    `  <osmp_txn_id>${escapeXml(response.txnId)}</osmp_txn_id>`,
  ];
  if (response.prvTxn !== undefined) lines.push(`  <prv_txn>${escapeXml(response.prvTxn)}</prv_txn>`);
  if (response.sumTyiyn !== undefined && response.sumTyiyn !== null)
    lines.push(`  <sum>${toDecimalSom(response.sumTyiyn)}</sum>`);
  lines.push(`  <result>${response.result}</result>`, `  <comment>${escapeXml(response.comment)}</comment>`);
  if (response.fields?.length) {
    lines.push("  <fields>");
    response.fields.forEach((field, i) => {
      const tag = `field${i + 1}`;
      lines.push(`    <${tag} name="${escapeXml(field.name)}">${escapeXml(field.value)}</${tag}>`);
    });
    lines.push("  </fields>");
  }
  lines.push("</response>", "");
  return lines.join("\n");
}
