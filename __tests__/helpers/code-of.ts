// The AppError code a promise rejects with ("no error" when it resolves), for readable refusals.
import { AppError } from "@/lib/errors/app-error";

export function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "no error",
    (error: unknown) => (error instanceof AppError ? error.code : `not an AppError: ${String(error)}`),
  );
}

/** The AppError a promise rejects with; fails the test when it resolves or throws something else. */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => new Error("Expected an AppError, but the call succeeded."),
    (error: unknown) => error,
  );
  if (!(outcome instanceof AppError)) throw outcome instanceof Error ? outcome : new Error(String(outcome));
  return outcome;
}
