// The one in-process fan-out of an app instance: the change feed hands each committed event here
// once, and the hub writes it to the streams that asked for it (an article's streams; Verdict
// events also to the desk streams behind the review queue). It also owns what is per instance:
// the per-user connection cap, the heartbeat (ping, presence refresh) and a small cache of names.
import { leavePresence, listViewers, readUserNames, refreshPresence, type Viewer } from "@/lib/db/presence";
import type { ChangeEvent } from "@/lib/validation/live";
import { ChangeFeed } from "./change-feed";
import type { SseConnection } from "./sse-connection";

export const HEARTBEAT_MS = Number(process.env.COUNTERCLAIM_LIVE_HEARTBEAT_MS ?? 15_000);
export const MAX_STREAMS_PER_USER = Number(process.env.COUNTERCLAIM_LIVE_MAX_STREAMS_PER_USER ?? 10);

/** What a stream is told about a change: ids, who and what. Never the changed data itself. */
export type ChangeMessage = ChangeEvent & { userName: string | null };

export type Stream = {
  id: string;
  userId: string;
  /** null: a desk stream (the review queue and its badge). */
  articleId: string | null;
  connection: SseConnection;
  /** Seqs already written to this stream: a catch-up and the live feed may both bring one. */
  sent: Set<number>;
  cursor: number;
  lastViewers?: string;
};

const NAME_CACHE_LIMIT = 2000;

export class LiveHub {
  readonly feed: ChangeFeed;
  private readonly byArticle = new Map<string, Set<Stream>>();
  private readonly desk = new Set<Stream>();
  private readonly perUser = new Map<string, number>();
  private readonly names = new Map<string, string>();
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();
  private heartbeat: NodeJS.Timeout | null = null;
  private closing = false;
  /** Events are handled one after another so a name lookup never reorders them. */
  private chain: Promise<void> = Promise.resolve();

  constructor() {
    this.feed = new ChangeFeed({
      onChange: (event) => {
        this.chain = this.chain.then(() => this.dispatch(event)).catch(() => undefined);
      },
      onPresence: (articleId) => this.schedulePresence(articleId),
      onResync: () => this.byArticle.forEach((_, articleId) => this.schedulePresence(articleId)),
    });
  }

  /** Whether `userId` may open one more stream on this instance. */
  hasRoomFor(userId: string): boolean {
    return (this.perUser.get(userId) ?? 0) < MAX_STREAMS_PER_USER;
  }

  add(stream: Stream): void {
    this.feed.start();
    this.perUser.set(stream.userId, (this.perUser.get(stream.userId) ?? 0) + 1);
    if (stream.articleId === null) this.desk.add(stream);
    else {
      const set = this.byArticle.get(stream.articleId) ?? new Set();
      set.add(stream);
      this.byArticle.set(stream.articleId, set);
    }
    this.heartbeat ??= setInterval(() => void this.beat(), HEARTBEAT_MS);
  }

  remove(stream: Stream): void {
    const count = (this.perUser.get(stream.userId) ?? 1) - 1;
    if (count > 0) this.perUser.set(stream.userId, count);
    else this.perUser.delete(stream.userId);
    if (stream.articleId === null) this.desk.delete(stream);
    else {
      const set = this.byArticle.get(stream.articleId);
      set?.delete(stream);
      if (set && set.size === 0) this.byArticle.delete(stream.articleId);
      leavePresence(stream.id, stream.articleId)
        .catch(() => undefined)
        .finally(() => this.schedulePresence(stream.articleId!));
    }
    if (this.desk.size === 0 && this.byArticle.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  /** Writes one change to one stream, once; the stream's id only ever moves forward. */
  deliver(stream: Stream, message: ChangeMessage): void {
    if (stream.sent.has(message.seq)) return;
    stream.sent.add(message.seq);
    if (stream.sent.size > 5000) stream.sent.delete(stream.sent.values().next().value!);
    stream.cursor = Math.max(stream.cursor, message.seq);
    stream.connection.send("change", message, stream.cursor);
  }

  async withNames(events: ChangeEvent[]): Promise<ChangeMessage[]> {
    const missing = [...new Set(events.map((event) => event.userId).filter((id): id is string => id !== null && !this.names.has(id)))];
    if (missing.length) {
      if (this.names.size > NAME_CACHE_LIMIT) this.names.clear();
      for (const [id, name] of await readUserNames(missing)) this.names.set(id, name);
    }
    return events.map((event) => ({ ...event, userName: event.userId ? (this.names.get(event.userId) ?? null) : null }));
  }

  /** Presence changed on an article (here or on another instance): re-read it shortly, once. */
  schedulePresence(articleId: string): void {
    if (!this.byArticle.has(articleId) || this.presenceTimers.has(articleId)) return;
    this.presenceTimers.set(
      articleId,
      setTimeout(() => {
        this.presenceTimers.delete(articleId);
        void this.pushViewers([articleId]).catch(() => undefined);
      }, 50),
    );
  }

  private async dispatch(event: ChangeEvent): Promise<void> {
    const targets = [...(this.byArticle.get(event.articleId) ?? []), ...(event.entity === "Verdict" ? this.desk : [])];
    if (targets.length === 0) return;
    const [message] = await this.withNames([event]);
    for (const stream of targets) this.deliver(stream, message);
  }

  private async pushViewers(articleIds: string[]): Promise<void> {
    const viewers = await listViewers(articleIds);
    for (const [articleId, list] of viewers) {
      for (const stream of this.byArticle.get(articleId) ?? []) sendViewers(stream, list);
    }
  }

  /** Every HEARTBEAT_MS: a ping on every stream, presence rows refreshed, viewers re-read (expiries). */
  private async beat(): Promise<void> {
    const all = [...this.desk, ...[...this.byArticle.values()].flatMap((set) => [...set])];
    for (const stream of all) stream.connection.ping();
    try {
      await refreshPresence(all.filter((stream) => stream.articleId !== null).map((stream) => stream.id));
      if (this.byArticle.size) await this.pushViewers([...this.byArticle.keys()]);
    } catch {
      // The database is away: the next beat tries again; the streams stay open.
    }
  }

  /** Shutting down: no new streams (they would be cut off a moment later). */
  get isClosing(): boolean {
    return this.closing;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const stream of [...this.desk, ...[...this.byArticle.values()].flatMap((set) => [...set])]) stream.connection.close();
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const timer of this.presenceTimers.values()) clearTimeout(timer);
    this.presenceTimers.clear();
    await this.feed.stop();
  }
}

export function sendViewers(stream: Stream, viewers: Viewer[]): void {
  const key = JSON.stringify(viewers);
  if (stream.lastViewers === key) return;
  stream.lastViewers = key;
  stream.connection.send("presence", { viewers });
}

const globalForLive = globalThis as unknown as { counterclaimLiveHub?: LiveHub };

/** The instance's hub, created on first use. */
export function getLiveHub(): LiveHub {
  if (!globalForLive.counterclaimLiveHub) {
    globalForLive.counterclaimLiveHub = new LiveHub();
    // A stopping server (a deploy, a scale-down) ends its streams, or its graceful shutdown would
    // wait on them for ever; the browsers reconnect, through the load balancer, to another instance.
    // It stays the instance's hub, closed, so that streams asked for meanwhile are refused (503).
    const hub = globalForLive.counterclaimLiveHub;
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void hub.close());
  }
  return globalForLive.counterclaimLiveHub;
}

export async function closeLiveHub(): Promise<void> {
  const hub = globalForLive.counterclaimLiveHub;
  globalForLive.counterclaimLiveHub = undefined;
  await hub?.close();
}
