// Presence rows: who has an article's live stream open, on any app instance. One row per open
// stream, refreshed by its instance's heartbeat and removed when the stream closes; a row whose
// instance died simply expires. Changes are announced on the "counterclaim_presence" channel, so
// other instances re-read the viewers at once instead of at their next heartbeat.
import type { SessionUser } from "@/lib/domain/roles";
import { getDb } from "./client";

export const PRESENCE_CHANNEL = "counterclaim_presence";
/** A row lives this long without a refresh (three heartbeats). */
export const PRESENCE_TTL_SECONDS = 45;

export type Viewer = { userId: string; name: string };

const expiry = () => new Date(Date.now() + PRESENCE_TTL_SECONDS * 1000);

async function announce(articleId: string): Promise<void> {
  await getDb().$executeRawUnsafe(`SELECT pg_notify('${PRESENCE_CHANNEL}', $1)`, JSON.stringify({ articleId }));
}

/** Records that `user` opened stream `streamId` on the article (readability is checked by the caller's stream open). */
export async function enterPresence(user: SessionUser, streamId: string, articleId: string): Promise<void> {
  await getDb().presence.upsert({ where: { id: streamId }, create: { id: streamId, articleId, userId: user.id, expiresAt: expiry() }, update: { expiresAt: expiry() } });
  await announce(articleId);
}

export async function leavePresence(streamId: string, articleId: string): Promise<void> {
  await getDb().presence.deleteMany({ where: { id: streamId } });
  await announce(articleId);
}

/** The heartbeat: one statement for every stream this instance holds open; drops long-expired rows. */
export async function refreshPresence(streamIds: readonly string[]): Promise<void> {
  const db = getDb();
  if (streamIds.length) await db.presence.updateMany({ where: { id: { in: [...streamIds] } }, data: { expiresAt: expiry() } });
  await db.presence.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - PRESENCE_TTL_SECONDS * 1000) } } });
}

/** Everyone viewing each of `articleIds` now, one entry per person, by name. */
export async function listViewers(articleIds: readonly string[]): Promise<Map<string, Viewer[]>> {
  const rows = await getDb().presence.findMany({
    where: { articleId: { in: [...articleIds] }, expiresAt: { gt: new Date() } },
    select: { articleId: true, user: { select: { id: true, name: true } } },
    distinct: ["articleId", "userId"],
    orderBy: [{ articleId: "asc" }, { userId: "asc" }],
  });
  const viewers = new Map<string, Viewer[]>(articleIds.map((id) => [id, []]));
  for (const row of rows) viewers.get(row.articleId)?.push({ userId: row.user.id, name: row.user.name });
  for (const list of viewers.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return viewers;
}

/** Display names of the users behind events (for "Ana added a claim"). */
export async function readUserNames(userIds: readonly string[]): Promise<Map<string, string>> {
  const users = await getDb().user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}
