"use server";
// Sign in and sign out, as server actions (Next checks their Origin; next-auth signs the cookie).
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import { signInSchema } from "@/lib/validation/user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { formFields, type ActionResult } from "./action-result";

export async function signInAction(_previous: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const fields = formFields(formData);
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) {
    return { ok: false, error: { code: "INVALID_INPUT", message: "Enter your email address and password." } };
  }
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(fields.callbackUrl) });
    return { ok: true, data: null };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { ok: false, error: { code: "RATE_LIMITED", message: "Too many failed sign-ins for this account or network. Wait 15 minutes and try again." } };
    }
    if (error instanceof CredentialsSignin) {
      return { ok: false, error: { code: "UNAUTHENTICATED", message: "That email and password do not match an active account." } };
    }
    console.error("[counterclaim] sign-in failed", error);
    return { ok: false, error: { code: "DATABASE_UNAVAILABLE", message: "Signing in is not possible right now. Try again in a moment." } };
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
