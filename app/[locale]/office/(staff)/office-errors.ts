import { ApplicationError } from "@/domain/applications/application-error";
import { NotAllowedError } from "@/domain/staff/staff-access";

// A refused back-office operation as the code its page shows (office.errors.<code>); anything
// else is a real failure and goes on to the error page.
export function officeErrorCode(error: unknown): string {
  if (error instanceof ApplicationError) return error.code;
  if (error instanceof NotAllowedError) return "notAllowed";
  throw error;
}
