import { z } from "zod";
import { hasControlCharacters, hasInvisibleCharacters } from "@/lib/text";

// What can be wrong with a comment (messages office.errors.<code>).
export const staffCommentProblems = ["commentRequired", "tooLong", "badCharacters"] as const;

// Why something was cancelled or changed by hand: words a colleague will read later.
export const staffCommentSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(3, { error: "commentRequired" })
      .max(500, { error: "tooLong" })
      .refine((v) => !hasControlCharacters(v) && !hasInvisibleCharacters(v), { error: "badCharacters" }),
  );
