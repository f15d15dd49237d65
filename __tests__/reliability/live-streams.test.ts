// Live collaboration across two app instances on one PostgreSQL (lib/live): a stream opened on B
// hears a claim created through A; a stream closed and reopened with Last-Event-ID catches up on
// what it missed; the per-user connection cap answers 429 with Retry-After; an unknown or deleted
// article is a 404 and an anonymous caller a 401, before any stream opens.
import { startAppServer, type AppServer } from "../helpers/app-server";
import { createSeededDatabase, DESK_PASSWORD, prepareDesk, type Desk } from "../helpers/reliability-desk";
import { InstanceSession } from "../helpers/instance-session";
import { changeOf, openSse, type SseStream } from "../helpers/sse-client";
import type { TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let a: AppServer;
let b: AppServer;
let desk: Desk;
const open: SseStream[] = [];

const CAP = 3;

beforeAll(async () => {
  database = await createSeededDatabase();
  desk = await prepareDesk(database.url, { journalists: 2, paragraphs: 5, tag: "live" });
  // A short heartbeat, so the test sees its ping comments without waiting the default 15 s.
  const env = { DATABASE_URL: database.url, COUNTERCLAIM_LIVE_MAX_STREAMS_PER_USER: String(CAP), COUNTERCLAIM_LIVE_HEARTBEAT_MS: "500" };
  [a, b] = await Promise.all([startAppServer(env), startAppServer(env)]);
}, 180_000);

afterAll(async () => {
  for (const stream of open) stream.close();
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function stream(server: AppServer, path: string, headers: Record<string, string>): Promise<SseStream> {
  const opened = await openSse(`${server.url}${path}`, headers);
  open.push(opened);
  return opened;
}

async function createClaim(server: AppServer, token: string, start: number): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/articles/${desk.articleId}/claims`, {
    method: "POST",
    headers: { ...bearer(token), "content-type": "application/json" },
    body: JSON.stringify({ actor: "Russia", start, end: start + 20 }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

it("delivers a claim created on instance A to a stream opened on instance B", async () => {
  const listener = await stream(b, `/api/v1/articles/${desk.articleId}/events`, bearer(desk.tokens[1]));
  expect(listener.status).toBe(200);
  expect(listener.headers.get("content-type")).toMatch(/^text\/event-stream/);
  expect(listener.headers.get("cache-control")).toBe("no-cache, no-transform");
  expect(listener.headers.get("x-accel-buffering")).toBe("no");
  await listener.waitFor((event) => event.event === "ready");
  // Presence: the listener sees itself among the viewers.
  await listener.waitFor((event) => event.event === "presence" && event.data.includes("Annotator 1"));

  const claimId = await createClaim(a, desk.tokens[0], 3);
  // The event names what changed and who did it, and nothing of the claim itself. How fast it comes is
  // measured by `npm run bench -- live`, not asserted here (the default wait only keeps a lost event from hanging the test).
  const heard = changeOf(await listener.waitFor((event) => event.event === "change" && changeOf(event).entityId === claimId));
  expect(heard).toMatchObject({ entity: "Claim", entityId: claimId, articleId: desk.articleId, action: "create", userName: "Annotator 0" });
  expect(Object.keys(heard).sort()).toEqual(["action", "articleId", "entity", "entityId", "id", "seq", "userId", "userName"]);
});

it("keeps an idle stream alive with heartbeat comments", async () => {
  const idle = await stream(a, `/api/v1/articles/${desk.articleId}/events`, bearer(desk.tokens[1]));
  await idle.waitFor((event) => event.event === "ready");
  for (let attempt = 0; attempt < 50 && !idle.comments.includes("ping"); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(idle.comments).toContain("ping");
  idle.close();
});

it("shows a viewer on A to a viewer on B (presence across instances)", async () => {
  const onB = await stream(b, `/api/v1/articles/${desk.articleId}/events`, bearer(desk.tokens[1]));
  await onB.waitFor((event) => event.event === "ready");
  const onA = await stream(a, `/api/v1/articles/${desk.articleId}/events`, bearer(desk.tokens[0]));
  await onA.waitFor((event) => event.event === "ready");
  await onB.waitFor((event) => event.event === "presence" && event.data.includes("Annotator 0") && event.data.includes("Annotator 1"), 3000);
  onA.close();
});

it("catches up on what a closed stream missed when it reconnects with Last-Event-ID", async () => {
  const first = await stream(a, `/api/v1/articles/${desk.articleId}/events`, bearer(desk.tokens[1]));
  const ready = await first.waitFor((event) => event.event === "ready");
  first.close();
  const missed = [await createClaim(b, desk.tokens[0], 60), await createClaim(b, desk.tokens[0], 90)];
  const resumed = await stream(a, `/api/v1/articles/${desk.articleId}/events`, { ...bearer(desk.tokens[1]), "last-event-id": ready.id! });
  for (const claimId of missed) await resumed.waitFor((event) => event.event === "change" && changeOf(event).entityId === claimId, 3000);
  // Each once, however the overlap re-read and the live feed met.
  const seqs = resumed.events.filter((event) => event.event === "change").map((event) => changeOf(event).seq);
  expect(new Set(seqs).size).toBe(seqs.length);
});

it("tells the desk stream (review queue, badge) on B of a verdict drafted through A", async () => {
  const queue = await stream(b, "/api/v1/events", bearer(desk.tokens[1]));
  await queue.waitFor((event) => event.event === "ready");
  const claimId = await createClaim(a, desk.tokens[0], 120);
  const drafted = await fetch(`${a.url}/api/v1/claims/${claimId}/verdict`, { method: "PUT", headers: { ...bearer(desk.tokens[0]), "content-type": "application/json" }, body: JSON.stringify({ rating: "true" }) });
  expect(drafted.status).toBe(201);
  const verdictId = ((await drafted.json()) as { id: string }).id;
  expect(changeOf(await queue.waitFor((event) => event.event === "change" && changeOf(event).entityId === verdictId, 3000))).toMatchObject({ entity: "Verdict", action: "create", articleId: desk.articleId });
  // Only verdicts reach the desk stream: the claim itself did not.
  expect(queue.events.filter((event) => event.event === "change" && changeOf(event).entityId === claimId)).toEqual([]);
});

it("caps live connections per user and instance: 429 with Retry-After beyond the cap", async () => {
  const session = new InstanceSession();
  await session.signIn(a.url, desk.journalistEmails[0], DESK_PASSWORD);
  const cookieStreams: Response[] = [];
  for (let index = 0; index < CAP; index++) {
    const response = await session.fetch(a.url, `/api/v1/articles/${desk.articleId}/events`);
    expect(response.status).toBe(200);
    cookieStreams.push(response);
  }
  const refused = await session.fetch(a.url, `/api/v1/articles/${desk.articleId}/events`);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
  // The cap is per instance: B still takes one.
  const onB = await session.fetch(b.url, "/api/v1/events");
  expect(onB.status).toBe(200);
  // Closing one makes room again.
  await cookieStreams[0].body?.cancel();
  let again: Response | undefined;
  for (let attempt = 0; attempt < 40 && again?.status !== 200; attempt++) {
    await again?.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    again = await session.fetch(a.url, "/api/v1/events");
  }
  expect(again?.status).toBe(200);
  for (const response of [...cookieStreams.slice(1), onB, again!]) await response.body?.cancel();
});

it("answers 404 for an unknown or malformed article and 401 for an anonymous caller", async () => {
  expect((await stream(a, "/api/v1/articles/nosucharticle/events", bearer(desk.tokens[0]))).status).toBe(404);
  expect((await stream(a, "/api/v1/articles/%20bad/events", bearer(desk.tokens[0]))).status).toBe(404);
  expect((await stream(a, `/api/v1/articles/${desk.articleId}/events`, {})).status).toBe(401);
  expect((await stream(b, "/api/v1/events", {})).status).toBe(401);
});
