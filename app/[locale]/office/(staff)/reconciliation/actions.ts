"use server";

import { createHash } from "node:crypto";
import { z } from "zod";
import type { OfficeFormState } from "@/components/office/office-form-state";
import { shownProblems, type UploadFormState } from "@/components/office/upload-form-state";
import { reconcileRegistry } from "@/domain/reconciliation/reconcile-registry";
import { resolveReconciliationItem } from "@/domain/reconciliation/resolve-reconciliation-item";
import { getRegistryColumns } from "@/domain/settings/registry-columns";
import { staffCommentProblems, staffCommentSchema } from "@/domain/staff/staff-comment-schema";
import { bishkekDayEnd, bishkekDayStart, dayMs, parseDay } from "@/lib/dates";
import { readMegapayRegistryInTurns } from "@/lib/megapay-registry";
import { text } from "../../../form-data";
import { staffFormAction, staffUploadAction } from "../staff-action";

const maxPeriodDays = 31;

// Bishkek days "from" and "to" (inclusive, as the form says) → [start, end).
const periodSchema = z.object({ from: z.string(), to: z.string() }).transform(({ from, to }, ctx) => {
  // Typed as dd.mm.yyyy.
  const [first, last] = [parseDay(from), parseDay(to)];
  const start = first && bishkekDayStart(first);
  const end = last && bishkekDayEnd(last);
  const days = start && end ? (end.getTime() - start.getTime()) / dayMs : 0;
  if (!start || !end || days < 1 || days > maxPeriodDays) {
    ctx.addIssue({ code: "custom", message: "badPeriod" });
    return z.NEVER;
  }
  return { start, end };
});

const refused = (formError: string): UploadFormState => ({ formError, problems: [], problemCount: 0 });

// MegaPay's registry, uploaded by an accountant or admin: read whole with the settings' column
// names, then compared and kept in one transaction; the report opens.
export async function uploadRegistryAction(_previous: UploadFormState, form: FormData) {
  return staffUploadAction(form, {
    permission: "reconcile",
    async run(file, { db, actor, locale }) {
      const period = periodSchema.safeParse({ from: text(form, "from", 20), to: text(form, "to", 20) });
      if (!period.success) return refused("badPeriod");
      const bytes = new Uint8Array(await file.arrayBuffer());
      // In turns: MegaPay's pays are answered while a large registry is read.
      const registry = await readMegapayRegistryInTurns(bytes, await getRegistryColumns(db));
      if (!registry.ok)
        return {
          problemCount: registry.problems.length,
          problems: registry.problems.slice(0, shownProblems),
        };
      const result = await reconcileRegistry({
        db,
        actor,
        fileName: file.name.slice(0, 200),
        fileHash: createHash("sha256").update(bytes).digest("hex"),
        period: period.data,
        rows: registry.rows,
      });
      return {
        redirect: `/${locale}/office/reconciliation/${result.runId}${result.existing ? "?already=1" : ""}`,
      };
    },
  });
}

const resolveSchema = z.object({
  itemId: z.coerce.number().int().positive(),
  resolution: z.enum(["record", "reverse", "explain"], { error: "choice" }),
  comment: staffCommentSchema,
});

// One difference resolved by a person, with what they found: back to the report, at the item;
// recording or reversing waits for someone else's approval, and the request opens.
export async function resolveItemAction(_previous: OfficeFormState, form: FormData) {
  return staffFormAction(form, {
    permission: "reconcile",
    fields: ["itemId", "resolution", "comment"],
    maxLength: 600,
    schema: resolveSchema,
    problems: [...staffCommentProblems, "choice"],
    fallback: "commentRequired",
    async run({ itemId, resolution, comment }, { db, actor, locale }) {
      const result = await resolveReconciliationItem({ db, actor, itemId, action: resolution, comment });
      if (!result.ok) return { problem: result.problem };
      if (result.requestId)
        return { redirect: `/${locale}/office/requests/${result.requestId}?done=requested` };
      const runId = text(form, "runId", 20).replace(/\D/g, "");
      // A new query (not only a new #fragment), or the client router would keep the page as it was.
      return { redirect: `/${locale}/office/reconciliation/${runId}?resolved=${itemId}#item-${itemId}` };
    },
  });
}
