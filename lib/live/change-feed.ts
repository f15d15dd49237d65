// The change feed of one app instance: hears every committed audit event that belongs to an
// article and hands it to the instance's hub (lib/live/live-hub.ts), which fans it out to the open
// streams. One feed per instance, never one per client:
// - "listen" (a real PostgreSQL server): one dedicated `pg` Client LISTENs on the trigger's
//   channel; NOTIFY is delivered at commit, never for a rollback. When that connection breaks it
//   reconnects with backoff and then reads the audit log for what it missed while away.
// - "poll" (the embedded PGlite, whose socket serves ONE connection, so no connection can be held
//   for LISTEN): every 500 ms one indexed query through the normal pool reads what is new.
// COUNTERCLAIM_LIVE_FEED=listen|poll overrides the choice (default: poll when DATABASE_POOL_MAX=1).
import { Client, type Notification } from "pg";
import { readDeskChangesSince, readLatestSeq, OVERLAP_SEQS } from "@/lib/db/live-changes";
import { PRESENCE_CHANNEL } from "@/lib/db/presence";
import { changeEventSchema, presenceNoticeSchema, type ChangeEvent } from "@/lib/validation/live";
import { SeenSeqs } from "./seen-seqs";

export const CHANGE_CHANNEL = "counterclaim_audit";
export type FeedMode = "listen" | "poll";
export type FeedHandlers = { onChange: (event: ChangeEvent) => void; onPresence: (articleId: string) => void; onResync: () => void };

const POLL_MS = Number(process.env.COUNTERCLAIM_LIVE_POLL_MS ?? 500);
const MAX_BACKOFF_MS = 10_000;

export function chooseFeedMode(env: Record<string, string | undefined> = process.env): FeedMode {
  const configured = env.COUNTERCLAIM_LIVE_FEED;
  if (configured === "listen" || configured === "poll") return configured;
  return env.DATABASE_POOL_MAX === "1" ? "poll" : "listen";
}

export class ChangeFeed {
  private readonly seen = new SeenSeqs();
  private started = false;
  private stopped = false;
  private client: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private backoffMs = 250;
  private polling = false;
  private loggedFailure = false;

  constructor(
    private readonly handlers: FeedHandlers,
    readonly mode: FeedMode = chooseFeedMode(),
  ) {}

  /** The highest seq this feed has handed on (where a fresh stream's id starts). */
  get cursor(): number {
    return this.seen.cursor;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.mode === "listen") void this.connect();
    else this.timer = setInterval(() => void this.poll(), POLL_MS);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Ready when the feed knows where it starts (tests and the stream open wait for it). */
  async ready(): Promise<void> {
    if (this.seen.cursor !== 0) return;
    const latest = await readLatestSeq();
    // What the overlap window holds at start is history, not news: marked seen, so the first
    // overlap re-read does not announce writes made before this feed started.
    for (const event of await readDeskChangesSince(latest)) if (event.seq <= latest) this.seen.add(event.seq);
    this.seen.advanceTo(latest);
  }

  private emit(event: ChangeEvent): void {
    if (this.seen.add(event.seq)) this.handlers.onChange(event);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5000 });
    let failed = false;
    const fail = (error?: Error) => {
      if (failed) return;
      failed = true;
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      if (!this.loggedFailure) console.warn(`[counterclaim] live feed connection lost${error ? `: ${error.message}` : ""}; reconnecting`);
      this.loggedFailure = true;
      setTimeout(() => void this.connect(), this.backoffMs).unref();
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    };
    client.on("notification", (message) => this.onNotification(message));
    client.on("error", fail);
    client.on("end", () => fail());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
      this.client = client;
      const first = this.seen.cursor === 0;
      // Whatever committed while no one listened: read from the audit log, de-duplicated.
      if (first) await this.ready();
      else await this.catchUp();
      this.backoffMs = 250;
      if (this.loggedFailure) console.warn("[counterclaim] live feed reconnected");
      this.loggedFailure = false;
      if (!first) this.handlers.onResync();
    } catch (error) {
      fail(error instanceof Error ? error : undefined);
    }
  }

  private onNotification(message: Notification): void {
    if (!message.payload) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message.payload);
    } catch {
      return;
    }
    if (message.channel === CHANGE_CHANNEL) {
      const parsed = changeEventSchema.safeParse(payload);
      if (parsed.success) this.emit(parsed.data);
    } else if (message.channel === PRESENCE_CHANNEL) {
      const parsed = presenceNoticeSchema.safeParse(payload);
      if (parsed.success) this.handlers.onPresence(parsed.data.articleId);
    }
  }

  private async catchUp(): Promise<void> {
    const cursor = this.seen.cursor;
    for (const event of await readDeskChangesSince(cursor, this.seen.since(cursor - OVERLAP_SEQS))) this.emit(event);
  }

  /** One poll at a time: a slow database makes polls later, never piled up. */
  private async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    try {
      await this.ready();
      await this.catchUp();
      this.loggedFailure = false;
    } catch (error) {
      if (!this.loggedFailure) console.warn(`[counterclaim] live feed poll failed: ${error instanceof Error ? error.message : error}`);
      this.loggedFailure = true;
    } finally {
      this.polling = false;
    }
  }
}
