// Who is acting: the session cookie (browser) or `Authorization: Bearer <token>` (scripts).
// Server-only. requireUser() is the gate for actions and API routes; requirePageUser() for pages.
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";
import { findUserByApiToken } from "@/lib/db/api-tokens";
import { findSessionUser } from "@/lib/db/users";
import type { SessionUser } from "@/lib/domain/roles";
import { auth } from "./config";

export type AuthMethod = "session" | "token";
export type CurrentUser = { user: SessionUser; method: AuthMethod };

/**
 * The acting user, or null. A Bearer header that does not hold is never replaced by the cookie.
 * Cached per request: the layout and the page ask once between them.
 */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<CurrentUser | null> {
  const authorization = (await headers()).get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const user = match ? await findUserByApiToken(match[1]) : null;
    return user ? { user, method: "token" } : null;
  }
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await findSessionUser(userId, session.sessionVersion ?? -1);
  return user ? { user, method: "session" } : null;
});

export async function requireUser(): Promise<SessionUser> {
  const current = await getCurrentUser();
  if (!current) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return current.user;
}

/**
 * For server components: sends anonymous visitors (and ended sessions) to the sign-in page, with
 * the page they asked for (set by proxy.ts) as the place to return to.
 */
export async function requirePageUser(): Promise<SessionUser> {
  const current = await getCurrentUser();
  if (!current) {
    const returnTo = (await headers()).get("x-counterclaim-path") ?? "/";
    redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return current.user;
}
