// The AppError code a promise rejects with ("no error" when it resolves), for readable refusals.
import { AppError } from "@/lib/errors/app-error";

export function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "no error",
    (error: unknown) => (error instanceof AppError ? error.code : `not an AppError: ${String(error)}`),
  );
}
