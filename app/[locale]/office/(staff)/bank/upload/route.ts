import { createHash } from "node:crypto";
import { hasLocale } from "next-intl";
import { can } from "@/config/staff-permissions";
import { uploadBankStatement } from "@/domain/bank-statements/upload-bank-statement";
import { getBankDetails, getStatementColumns } from "@/domain/settings/bank-details";
import { routing } from "@/i18n/routing";
import { readBankStatementInTurns } from "@/lib/bank-statement/read-bank-statement";
import { bishkekDayOf, dayMs } from "@/lib/dates";
import { nextTurn } from "@/lib/next-turn";
import { statementLimits } from "@/lib/bank-statement/statement-file";
import { staffForRoute } from "@/server/auth/staff-session";
import { getDatabase } from "@/server/db";
import { getEnv } from "@/server/env";
import { maxBankUploadFiles, type BankUploadResult } from "@/components/office/bank-upload-result";

export const dynamic = "force-dynamic";

// What one request may carry, checked before the body is read (a server action's body limit is
// the site's, 6 MB: a year's statement is larger, so statements come here). The page's script
// sends a file a request; a form posted without it, its files together: two largest files, or
// more smaller ones (docs/operations.md: the proxy's limit on this path is the same).
const maxBody = statementLimits.bytes * 2;
const shownProblems = 200;

// The file's name, sent URI-encoded (a header carries no Cyrillic as it is).
function fileNameOf(header: string | null): string {
  try {
    return header ? decodeURIComponent(header) : "statement";
  } catch {
    return "statement";
  }
}

// The body as it arrives, or null when it breaks off or is not as long as the request said; at
// most `limit` bytes are kept (a file larger than a statement may be is refused by the reader as
// too large). Each chunk is copied into place as it comes (gathering the chunks and joining them
// at the end copied 32 MB at once, holding the event loop for 80 ms), in a buffer that grows as
// bytes arrive: one sized by the header alone would let a request that never sends them hold
// 32 MB.
async function bodyOf(request: Request, declared: number, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return declared === 0 ? new Uint8Array() : null;
  const most = Math.min(declared, limit);
  let body = new Uint8Array(Math.min(most, 4 * 2 ** 20));
  let kept = 0;
  let received = 0;
  const reader = request.body.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      received += read.value.byteLength;
      const part = read.value.subarray(0, most - kept);
      if (kept + part.byteLength > body.byteLength) {
        const larger = new Uint8Array(Math.min(most, Math.max(body.byteLength * 2, kept + part.byteLength)));
        larger.set(body.subarray(0, kept));
        body = larger;
      }
      body.set(part, kept);
      kept += part.byteLength;
    }
  } catch {
    return null;
  }
  // A body shorter or longer than its Content-Length was cut or padded on the way: a table cut
  // short would read as a smaller statement.
  return received === declared ? body.subarray(0, kept) : null;
}

// SHA-256 of the file, 4 MB at a time with a turn of the event loop between (a 32 MB file hashed
// at once held it for 50 ms).
async function fileHashOf(bytes: Uint8Array): Promise<string> {
  const hash = createHash("sha256");
  for (let i = 0; i < bytes.byteLength; i += 4 * 2 ** 20) {
    hash.update(bytes.subarray(i, i + 4 * 2 ** 20));
    await nextTurn();
  }
  return hash.digest("hex");
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" },
  });

// Bank statements uploaded by an accountant or admin, one or several files at once: each is read
// whole (1C exchange format or a table) and refused with its problems by line, or kept and
// matched (domain/bank-statements/upload-bank-statement.ts). Answers each file's outcome as JSON
// to the page's form; a form posted without JavaScript is sent back to the page.
export async function POST(request: Request, { params }: RouteContext<"/[locale]/office/bank/upload">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  // Only from our own pages (the session cookie is SameSite=Lax already).
  const origin = request.headers.get("origin");
  if (origin && URL.canParse(origin) && new URL(origin).host !== request.headers.get("host"))
    return json({ error: "notAllowed" }, 403);
  const staff = await staffForRoute();
  if (staff instanceof Response) return staff;
  if (!can(staff, "bankStatements")) return json({ error: "notAllowed" }, 403);
  // Said before it is sent (browsers always do for a form's files): more is not read.
  const length = request.headers.get("content-length");
  if (length === null) return json({ error: "unreadable" }, 411);
  const declared = Number(length);
  if (!Number.isSafeInteger(declared) || declared < 0) return json({ error: "unreadable" }, 400);
  if (declared > maxBody) return json({ error: "tooLarge" }, 413);

  let files: { name: string; bytes: () => Promise<Uint8Array> }[];
  if (request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    // A form sent without JavaScript: parsed whole, at once.
    try {
      files = (await request.formData())
        .getAll("files")
        .filter((f): f is File => f instanceof File && f.size > 0)
        .map((f) => ({ name: f.name, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
    } catch {
      return json({ error: "unreadable" }, 400);
    }
  } else {
    // The page's script sends one file a request as the body itself, read as it arrives (parsing
    // a 32 MB form at once held the event loop, and with it MegaPay's pays, for 160 ms).
    const bytes = await bodyOf(request, declared, statementLimits.bytes + 1);
    if (bytes === null) return json({ error: "unreadable" }, 400);
    files =
      bytes.byteLength === 0
        ? []
        : [{ name: fileNameOf(request.headers.get("x-file-name")), bytes: async () => bytes }];
  }
  if (files.length === 0) return json({ error: "noFile" }, 400);
  if (files.length > maxBankUploadFiles) return json({ error: "tooManyFiles" }, 400);

  const db = getDatabase();
  const env = getEnv();
  const [bank, columns] = await Promise.all([getBankDetails(db), getStatementColumns(db)]);
  // A transfer received later than tomorrow (Bishkek) is a mistake in the file.
  const latestDay = bishkekDayOf(new Date(Date.now() + dayMs));
  const results: BankUploadResult[] = [];
  for (const file of files) {
    const fileName = file.name.slice(0, 200);
    const bytes = await file.bytes();
    // In turns: MegaPay's pays are answered while a year's statement is read.
    const reading = await readBankStatementInTurns(bytes, {
      companyAccounts: new Set(bank.accounts),
      columns,
      latestDay,
    });
    if (!reading.ok) {
      // Nothing incoming because the settings name no account of the company: say so.
      const problems =
        bank.accounts.length === 0 && reading.problems[0]?.code === "noTransfers"
          ? [{ line: 1, code: "noCompanyAccounts" }]
          : reading.problems.map(({ line, code, field }) => ({ line, code, column: field }));
      results.push({
        fileName,
        ok: false,
        problemCount: problems.length,
        problems: problems.slice(0, shownProblems),
      });
      continue;
    }
    const { statementId, again } = await uploadBankStatement({
      db,
      actor: staff,
      fileName,
      fileHash: await fileHashOf(bytes),
      statement: reading.statement,
      limits: { minTyiyn: env.SOCI_MIN_SUM, maxTyiyn: env.SOCI_MAX_SUM },
    });
    results.push({ fileName, ok: true, statementId, again });
  }
  if (request.headers.get("accept")?.includes("application/json")) return json({ results });
  const first = results[0]!;
  const to = results.length === 1 && first.ok ? `bank/${first.statementId}` : "bank";
  return Response.redirect(new URL(`/${locale}/office/${to}`, request.url), 303);
}
