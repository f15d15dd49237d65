// Opening a live stream for a signed-in user: the article stream (workspace: changes, presence)
// and the desk stream (review queue and header badge: verdict changes). Readability is checked
// when the stream opens (an article the user may not read is a 404, before any byte is sent); the
// events carry ids only and the page re-reads through its normal, permission-checked path.
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/domain/roles";
import { assertArticleStreamable, readArticleChangesSince } from "@/lib/db/live-changes";
import { enterPresence, leavePresence, listViewers } from "@/lib/db/presence";
import { parseLastEventId } from "@/lib/validation/live";
import { getLiveHub, MAX_STREAMS_PER_USER, sendViewers, type Stream } from "./live-hub";
import { SseConnection } from "./sse-connection";

/** The browser's reconnect delay. */
const RETRY_MS = 2000;
/** Messages a stream may have waiting for a slow client before it is dropped. */
const MAX_QUEUED = Number(process.env.COUNTERCLAIM_LIVE_MAX_QUEUED ?? 256);

/**
 * Where a stream resumes: the Last-Event-ID header of EventSource's own reconnect. (A page that
 * has to make a new EventSource re-reads itself whole instead: components/live/use-live-stream.ts.)
 */
export function resumePoint(request: Request): number | null {
  return parseLastEventId(request.headers.get("last-event-id"));
}

function refuseOverCap(userId: string): void {
  // An instance that is stopping sends its browsers elsewhere (or back later) instead of opening a stream it is about to cut.
  if (getLiveHub().isClosing) throw new AppError("FEATURE_UNAVAILABLE", "This server is shutting down: reconnect in a moment.", { retryAfter: 2 });
  if (!getLiveHub().hasRoomFor(userId)) {
    throw new AppError("RATE_LIMITED", `At most ${MAX_STREAMS_PER_USER} live connections per person: close another tab and try again.`, { retryAfter: 10 });
  }
}

async function openStream(user: SessionUser, articleId: string | null, request: Request, after: number | null): Promise<{ stream: Stream; start: number }> {
  const hub = getLiveHub();
  await hub.feed.ready();
  const connection = new SseConnection(request.signal, MAX_QUEUED);
  const stream: Stream = { id: randomUUID().replace(/-/g, ""), userId: user.id, articleId, connection, sent: new Set(), cursor: after ?? hub.feed.cursor };
  // Subscribed before the catch-up is read, so nothing committed in between is lost (duplicates are skipped by seq).
  hub.add(stream);
  connection.onClose(() => hub.remove(stream));
  connection.sendRetry(RETRY_MS);
  connection.send("ready", { articleId }, stream.cursor);
  return { stream, start: stream.cursor };
}

export async function openArticleStream(user: SessionUser, articleId: string, request: Request): Promise<Response> {
  await assertArticleStreamable(user, articleId);
  refuseOverCap(user.id);
  const after = resumePoint(request);
  const { stream } = await openStream(user, articleId, request, after);
  const hub = getLiveHub();
  void (async () => {
    if (after !== null) {
      const missed = await readArticleChangesSince(user, articleId, after);
      for (const message of await hub.withNames(missed)) hub.deliver(stream, message);
    }
    await enterPresence(user, stream.id, articleId);
    // Closed while the row was being written: its removal already ran, so remove it again.
    if (stream.connection.isClosed) return leavePresence(stream.id, articleId);
    sendViewers(stream, (await listViewers([articleId])).get(articleId) ?? []);
    hub.schedulePresence(articleId);
  })().catch(() => stream.connection.close());
  return stream.connection.response;
}

/** The desk stream: verdict changes on every article (the queue's reviewers may read them all). */
export async function openDeskStream(user: SessionUser, request: Request): Promise<Response> {
  refuseOverCap(user.id);
  const { stream } = await openStream(user, null, request, resumePoint(request));
  return stream.connection.response;
}
