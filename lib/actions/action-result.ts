// The result every server action returns to its form, and the one place actions turn errors into
// it: zod issues become per-field messages, AppErrors their message, anything else a safe sentence.
import { ZodError, type z } from "zod";
import { toAppError } from "@/lib/errors/to-app-error";
import type { ErrorCode } from "@/lib/errors/app-error";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/roles";

export type ActionError = {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string>;
  /** For a CONFLICT from a stale `version`: the record as it is now (the error's details.current). */
  current?: unknown;
};
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

function fieldErrorsOf(error: ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

/** parse input -> requireUser -> run (one lib/db call). Never throws to the client. */
export async function runAction<S extends z.ZodType, T>(schema: S, input: unknown, run: (user: SessionUser, data: z.output<S>) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = schema.parse(input);
    const user = await requireUser();
    return { ok: true, data: await run(user, data) };
  } catch (error) {
    if (error instanceof ZodError) {
      return { ok: false, error: { code: "INVALID_INPUT", message: "Some fields need attention.", fieldErrors: fieldErrorsOf(error) } };
    }
    const appError = toAppError(error);
    const fieldErrors = typeof appError.details?.field === "string" ? { [appError.details.field]: appError.message } : undefined;
    const current = appError.details?.current;
    return { ok: false, error: { code: appError.code, message: appError.message, fieldErrors, ...(current !== undefined ? { current } : {}) } };
  }
}

/** FormData -> plain object of its string fields (files are not accepted by these forms). */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value;
  }
  return fields;
}
