import type { z } from "zod";

// The first problem of each field of a back-office form, as the code its page turns into words.
// Our schemas name each problem by its code (the issue's message); anything else zod reports
// (a value of the wrong type, which a form's plain strings cannot carry) reads as `fallback`.
// `field` puts every problem on one field (a schema for a single value has no paths).
export function problemsByField<Code extends string>(
  error: z.ZodError,
  codes: readonly Code[],
  fallback: Code,
  field?: string,
): Record<string, Code> {
  const problems: Record<string, Code> = {};
  for (const issue of error.issues) {
    const code = codes.find((c) => c === issue.message) ?? fallback;
    problems[field ?? String(issue.path[0] ?? "form")] ??= code;
  }
  return problems;
}
