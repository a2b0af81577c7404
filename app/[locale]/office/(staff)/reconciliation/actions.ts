"use server";

import { createHash } from "node:crypto";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { shownProblems, type UploadFormState } from "@/components/office/upload-form-state";
import { can } from "@/config/staff-permissions";
import { reconcileRegistry } from "@/domain/reconciliation/reconcile-registry";
import { resolveReconciliationItem } from "@/domain/reconciliation/resolve-reconciliation-item";
import { getRegistryColumns } from "@/domain/settings/registry-columns";
import { staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { bishkekDayEnd, bishkekDayStart } from "@/lib/dates";
import { readMegapayRegistry } from "@/lib/megapay-registry";
import { staffForAction } from "@/server/auth/staff-session";
import { getDatabase, isDatabaseUnavailable } from "@/server/db";
import { postedLocale, text } from "../../../form-data";
import { officeErrorCode } from "../office-errors";

const maxPeriodDays = 31;

// Bishkek days "from" and "to" (inclusive, as the form says) → [start, end).
const periodSchema = z.object({ from: z.string(), to: z.string() }).transform(({ from, to }, ctx) => {
  const start = bishkekDayStart(from);
  const end = bishkekDayEnd(to);
  const days = start && end ? (end.getTime() - start.getTime()) / 86_400_000 : 0;
  if (!start || !end || days < 1 || days > maxPeriodDays) {
    ctx.addIssue({ code: "custom", message: "badPeriod" });
    return z.NEVER;
  }
  return { start, end };
});

const refused = (formError: string): UploadFormState => ({ formError, problems: [], problemCount: 0 });

// MegaPay's registry, uploaded by an accountant or admin: read whole with the settings' column
// names, then compared and kept in one transaction; the report opens.
export async function uploadRegistryAction(
  _previous: UploadFormState,
  form: FormData,
): Promise<UploadFormState> {
  const locale = postedLocale(form);
  const actor = await staffForAction(locale);
  // Who may upload, before a byte of the file is read.
  if (!can(actor, "reconcile")) return refused("notAllowed");
  const period = periodSchema.safeParse({ from: text(form, "from", 20), to: text(form, "to", 20) });
  if (!period.success) return refused("badPeriod");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refused("noFile");
  const bytes = new Uint8Array(await file.arrayBuffer());
  const db = getDatabase();
  let result;
  try {
    const registry = readMegapayRegistry(bytes, await getRegistryColumns(db));
    if (!registry.ok)
      return { problemCount: registry.problems.length, problems: registry.problems.slice(0, shownProblems) };
    result = await reconcileRegistry({
      db,
      actor,
      fileName: file.name.slice(0, 200),
      fileHash: createHash("sha256").update(bytes).digest("hex"),
      period: period.data,
      rows: registry.rows,
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return refused("unavailable");
    return refused(officeErrorCode(error));
  }
  redirect(`/${locale}/office/reconciliation/${result.runId}${result.existing ? "?already=1" : ""}`);
}

const resolveSchema = z.object({
  itemId: z.coerce.number().int().positive(),
  resolution: z.enum(["record", "reverse", "explain"], { error: "choice" }),
  comment: staffCommentSchema,
});

// One difference resolved by a person, with what they found; back to the report, at the item.
export async function resolveItemAction(
  _previous: OfficeFormState,
  form: FormData,
): Promise<OfficeFormState> {
  const locale = postedLocale(form);
  const actor = await staffForAction(locale);
  const values = { resolution: text(form, "resolution", 20), comment: text(form, "comment", 600) };
  const parsed = resolveSchema.safeParse({ ...values, itemId: text(form, "itemId", 20) });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { errors, values };
  }
  let result;
  try {
    result = await resolveReconciliationItem({
      db: getDatabase(),
      actor,
      itemId: parsed.data.itemId,
      action: parsed.data.resolution,
      comment: parsed.data.comment,
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { errors: {}, values, formError: "unavailable" };
    return { errors: {}, values, formError: officeErrorCode(error) };
  }
  if (!result.ok) return { errors: {}, values, formError: result.problem };
  // Recording or reversing waits for someone else's approval: the request opens.
  if (result.requestId) redirect(`/${locale}/office/requests/${result.requestId}?done=requested`);
  const runId = text(form, "runId", 20).replace(/\D/g, "");
  // A new query (not only a new #fragment), or the client router would keep the page as it was.
  redirect(
    `/${locale}/office/reconciliation/${runId}?resolved=${parsed.data.itemId}#item-${parsed.data.itemId}`,
  );
}
