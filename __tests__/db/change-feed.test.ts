// The live change feed (lib/live, lib/db/live-changes.ts): a committed write is announced, a
// rolled-back one never; catch-up by Last-Event-ID returns what a stream missed, including an event
// whose transaction took a lower seq but committed after a higher one; events route by article.
import { Client, type Notification } from "pg";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/audit";
import { createClaim, deleteClaim } from "@/lib/db/claims";
import { readArticleChangesSince, readDeskChangesSince, readLatestSeq } from "@/lib/db/live-changes";
import { ChangeFeed } from "@/lib/live/change-feed";
import type { ChangeEvent } from "@/lib/validation/live";
import { setUpTestDatabase } from "../helpers/set-up-test-database";
import { createArticleRow, createUserRow } from "../factories/db";

const database = setUpTestDatabase();

/** Resolves when `predicate` holds, polling briefly (events arrive asynchronously). */
async function eventually<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

/** A listener on the feed's channel, on a connection of its own (a real server holds it; see the feed's poll mode for embedded). */
async function listen(): Promise<{ received: ChangeEvent[]; close: () => Promise<void> } | null> {
  if (process.env.DATABASE_POOL_MAX === "1") return null;
  const client = new Client({ connectionString: database.url() });
  await client.connect();
  const received: ChangeEvent[] = [];
  client.on("notification", (message: Notification) => received.push(JSON.parse(message.payload!)));
  await client.query("LISTEN counterclaim_audit");
  return { received, close: () => client.end() };
}

describe("the change feed", () => {
  it("announces a committed write with ids only, and never one that was rolled back", async () => {
    const journalist = await createUserRow("JOURNALIST");
    const { article, text, actor } = await createArticleRow(journalist);
    const listener = await listen();
    const before = await readLatestSeq();
    const rolledBack = `rolled-back-${Date.now()}`;
    await expect(
      getDb().$transaction(async (tx) => {
        await recordAudit(tx, { userId: journalist.id, entity: "Claim", entityId: rolledBack, articleId: article.id, action: "create" });
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    const claim = await createClaim(journalist, article.id, { actor: actor.id, start: 0, end: text.indexOf(" said") });

    const missed = await readArticleChangesSince(journalist, article.id, before);
    expect(missed.map((event) => [event.entity, event.entityId, event.action, event.userId])).toEqual([["Claim", claim.id, "create", journalist.id]]);
    if (listener) {
      const heard = await eventually(() => listener.received.find((event) => event.entityId === claim.id), "the NOTIFY");
      expect(heard).toEqual({ seq: missed[0].seq, id: missed[0].id, entity: "Claim", entityId: claim.id, articleId: article.id, action: "create", userId: journalist.id });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(listener.received.filter((event) => event.entityId === rolledBack)).toEqual([]);
      await listener.close();
    }
  });

  it("routes events by article: a stream's catch-up holds only its article's changes", async () => {
    const journalist = await createUserRow("JOURNALIST");
    const first = await createArticleRow(journalist, { claimQuotes: ["Moscow said"] });
    const second = await createArticleRow(journalist, { claimQuotes: ["Baku said"] });
    const before = await readLatestSeq();
    await deleteClaim(journalist, first.claims[0].id);
    await deleteClaim(journalist, second.claims[0].id);
    expect((await readArticleChangesSince(journalist, first.article.id, before)).map((event) => event.entityId)).toEqual([first.claims[0].id]);
    expect((await readArticleChangesSince(journalist, second.article.id, before)).map((event) => event.entityId)).toEqual([second.claims[0].id]);
  });

  it("refuses a catch-up on an unknown or deleted article as not found", async () => {
    const journalist = await createUserRow("JOURNALIST");
    const { article } = await createArticleRow(journalist, { deleted: true });
    await expect(readArticleChangesSince(journalist, article.id, 0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readArticleChangesSince(journalist, "nosucharticle", 0)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("catches up an event whose lower seq committed after a higher one was delivered", async () => {
    if (process.env.DATABASE_POOL_MAX === "1") return; // two open transactions need two connections
    const journalist = await createUserRow("JOURNALIST");
    const { article } = await createArticleRow(journalist);
    const slow = new Client({ connectionString: database.url() });
    await slow.connect();
    try {
      // The slow transaction takes its seq first and stays open ...
      await slow.query("BEGIN");
      const { rows } = await slow.query<{ seq: number }>(
        `INSERT INTO "AuditEvent" (id, "userId", entity, "entityId", action, "articleId") VALUES ('slowevent' || floor(random() * 1e9)::text, $1, 'Claim', 'slow-claim', 'update', $2) RETURNING seq`,
        [journalist.id, article.id],
      );
      // ... while a quick one takes the next seq and commits: a stream sees it and moves its id past.
      await getDb().$transaction((tx) => recordAudit(tx, { userId: journalist.id, entity: "Claim", entityId: "quick-claim", articleId: article.id, action: "update" }));
      const seen = await readArticleChangesSince(journalist, article.id, rows[0].seq - 1);
      expect(seen.map((event) => event.entityId)).toEqual(["quick-claim"]);
      const lastEventId = seen[0].seq;
      expect(lastEventId).toBeGreaterThan(rows[0].seq);
      await slow.query("COMMIT");
      // Reconnecting with that Last-Event-ID still brings the slow event (the client skips the repeat by seq).
      const caughtUp = await readArticleChangesSince(journalist, article.id, lastEventId);
      expect(caughtUp.map((event) => event.entityId)).toContain("slow-claim");
      // So does the desk-wide read the polling feed makes, leaving out what it already handed on.
      expect((await readDeskChangesSince(lastEventId, [lastEventId])).filter((event) => event.articleId === article.id).map((event) => event.entityId)).toEqual(["slow-claim"]);
    } finally {
      await slow.end();
    }
  });

  it.each(["listen", "poll"] as const)("hands each committed event on once in %s mode", async (mode) => {
    if (mode === "listen" && process.env.DATABASE_POOL_MAX === "1") return;
    const journalist = await createUserRow("JOURNALIST");
    const { article, text, actor } = await createArticleRow(journalist);
    const received: ChangeEvent[] = [];
    const feed = new ChangeFeed({ onChange: (event) => received.push(event), onPresence: () => undefined, onResync: () => undefined }, mode);
    await feed.ready();
    feed.start();
    try {
      if (mode === "listen") await new Promise((resolve) => setTimeout(resolve, 300)); // LISTEN is issued
      const claim = await createClaim(journalist, article.id, { actor: actor.id, start: 0, end: text.indexOf(" said") });
      await eventually(() => received.find((event) => event.entityId === claim.id), "the feed's event");
      await new Promise((resolve) => setTimeout(resolve, 1200)); // a few polls: no repeats
      expect(received.filter((event) => event.entityId === claim.id)).toHaveLength(1);
    } finally {
      await feed.stop();
    }
  });
});

describe("a feed that starts", () => {
  it.each(["listen", "poll"] as const)("announces nothing written before it started (%s mode), only what comes after", async (mode) => {
    if (mode === "listen" && process.env.DATABASE_POOL_MAX === "1") return;
    const journalist = await createUserRow("JOURNALIST");
    const { article, text, actor } = await createArticleRow(journalist);
    const earlier = await createClaim(journalist, article.id, { actor: actor.id, start: 0, end: text.indexOf(" said") });
    const received: ChangeEvent[] = [];
    const feed = new ChangeFeed({ onChange: (event) => received.push(event), onPresence: () => undefined, onResync: () => undefined }, mode);
    await feed.ready();
    feed.start();
    try {
      if (mode === "listen") await new Promise((resolve) => setTimeout(resolve, 300));
      const later = await createClaim(journalist, article.id, { actor: actor.id, start: text.indexOf("Baku"), end: text.indexOf("Baku") + 4 });
      await eventually(() => received.find((event) => event.entityId === later.id), "the later claim's event");
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(received.filter((event) => event.entityId === earlier.id)).toEqual([]);
    } finally {
      await feed.stop();
    }
  });
});
