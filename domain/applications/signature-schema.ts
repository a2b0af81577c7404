import { z } from "zod";

// A certificate's serial number as printed on it: hexadecimal or letters and digits, often in
// groups. Stored without spaces, upper-case, so that the same serial typed twice is the same.
export const signatureSerialSchema = z
  .string()
  .transform((value) => value.replace(/[\s:]/g, "").toUpperCase())
  .pipe(
    z
      .string()
      .min(1, { error: "required" })
      .max(64, { error: "tooLong" })
      .regex(/^[A-Z0-9-]+$/, { error: "serialFormat" }),
  );
