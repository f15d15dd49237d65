// Personal API tokens: created (the secret is returned once), listed, revoked, and resolved to
// their user for `Authorization: Bearer` requests.
import { assertCan } from "@/lib/auth/permissions";
import { displayPrefix, generateTokenSecret, hashTokenSecret, looksLikeTokenSecret } from "@/lib/auth/token-secret";
import { notFound } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/domain/roles";
import { createApiTokenSchema, type CreateApiTokenInput } from "@/lib/validation/api-token";
import { getDb } from "./client";
import { recordAudit } from "./audit";
import { toSessionUser } from "./users";
import type { ApiToken } from "@/lib/generated/prisma/client";

export type ApiTokenView = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const toView = (token: ApiToken): ApiTokenView => ({
  id: token.id,
  name: token.name,
  prefix: token.prefix,
  createdAt: token.createdAt.toISOString(),
  lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
  revokedAt: token.revokedAt?.toISOString() ?? null,
});

/** lastUsedAt is refreshed at most this often, so a busy script does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function listApiTokens(user: SessionUser): Promise<ApiTokenView[]> {
  assertCan(user, "token:read", { userId: user.id });
  const tokens = await getDb().apiToken.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
  return tokens.map(toView);
}

/** Creates a token for the acting user. `secret` is in the result this once and never again. */
export async function createApiToken(user: SessionUser, input: CreateApiTokenInput): Promise<ApiTokenView & { secret: string }> {
  assertCan(user, "token:create");
  const { name } = createApiTokenSchema.parse(input);
  const secret = generateTokenSecret();
  return getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.create({ data: { userId: user.id, name, tokenHash: hashTokenSecret(secret), prefix: displayPrefix(secret) } });
    await recordAudit(tx, { userId: user.id, entity: "ApiToken", entityId: token.id, action: "create", after: { name, prefix: token.prefix } });
    return { ...toView(token), secret };
  });
}

export async function revokeApiToken(user: SessionUser, tokenId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId } });
    // Someone else's token is "not found": a refusal must not confirm that it exists.
    if (!token) throw notFound("Token");
    assertCan(user, "token:revoke", { userId: token.userId }, { hide: true });
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { userId: user.id, entity: "ApiToken", entityId: token.id, action: "revoke", before: { name: token.name, prefix: token.prefix } });
  });
}

/** The active user behind a bearer secret, or null for an unknown, revoked or disabled user's token. */
export async function findUserByApiToken(secret: string): Promise<SessionUser | null> {
  if (!looksLikeTokenSecret(secret)) return null;
  const db = getDb();
  const token = await db.apiToken.findUnique({ where: { tokenHash: hashTokenSecret(secret) }, include: { user: true } });
  if (!token || token.revokedAt || token.user.disabledAt) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return toSessionUser(token.user);
}
