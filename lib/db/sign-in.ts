// Checking an email and password, with failed attempts limited per account and per client IP.
// The limiter's state is in PostgreSQL (lib/db/rate-limit.ts), so it holds across app instances.
import { verifyPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors/app-error";
import { signInSchema } from "@/lib/validation/user";
import { getDb } from "./client";
import { recordAudit } from "./audit";
import { clearRateLimit, hitRateLimit, peekRateLimit, secondsUntil, type RateLimitRule } from "./rate-limit";
import type { User } from "@/lib/generated/prisma/client";

export const SIGN_IN_LIMITS = {
  perAccount: { limit: 5, windowSeconds: 15 * 60 },
  perIp: { limit: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;

const accountKey = (email: string) => `sign-in:account:${email}`;
const ipKey = (ip: string) => `sign-in:ip:${ip}`;

async function assertNotBlocked(key: string, rule: RateLimitRule): Promise<void> {
  const state = await peekRateLimit(key);
  if (state && state.count >= rule.limit) {
    const retryAfter = secondsUntil(state.resetAt);
    throw new AppError("RATE_LIMITED", `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`, { retryAfter });
  }
}

/**
 * The user whose credentials these are, or null. Throws RATE_LIMITED once an account or an IP
 * has failed too often in the window, even for the right password, so guessing cannot go on.
 */
export async function verifyCredentials(input: unknown, clientIp: string): Promise<User | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await assertNotBlocked(ipKey(clientIp), SIGN_IN_LIMITS.perIp);
  await assertNotBlocked(accountKey(email), SIGN_IN_LIMITS.perAccount);

  const db = getDb();
  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (user && passwordOk && user.disabledAt === null) {
    await clearRateLimit(accountKey(email));
    return user;
  }
  await hitRateLimit(accountKey(email), SIGN_IN_LIMITS.perAccount);
  await hitRateLimit(ipKey(clientIp), SIGN_IN_LIMITS.perIp);
  await recordAudit(db, { userId: null, entity: "User", entityId: user?.id ?? email, action: user?.disabledAt ? "sign-in-disabled" : "sign-in-failed", after: { ip: clientIp } });
  return null;
}
