import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };

/** Messages for next-auth's redirects back here (sign-in through its own endpoint rather than the form). */
function redirectMessage(error: string | undefined, code: string | undefined): string | null {
  if (!error) return null;
  if (code === "rate_limited") return "Too many failed sign-ins for this account or network. Wait 15 minutes and try again.";
  if (error === "CredentialsSignin") return "That email and password do not match an active account.";
  return "Signing in did not work. Try again.";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; code?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  const message = redirectMessage(params.error, params.code);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main className="page-narrow">
      <div className="card">
        <h1>
          Counter<span style={{ color: "#b45309" }}>claim</span>
        </h1>
        <p className="lede" style={{ marginBottom: "1.25rem" }}>
          Sign in to your fact-checking desk.
        </p>
        {message && (
          <div className="alert alert-error" role="alert">
            {message}
          </div>
        )}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
