// Two app instances on different ports against one PostgreSQL, as behind a load balancer: a session
// made on one works on the other (and ends on both when an admin disables the user), and the
// sign-in rate limiter counts failures made through either instance together.
import { randomUUID } from "node:crypto";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { createSeededDatabase, DESK_PASSWORD, prepareDesk, type Desk } from "../helpers/reliability-desk";
import { InstanceSession } from "../helpers/instance-session";
import type { TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let a: AppServer;
let b: AppServer;
let desk: Desk;

beforeAll(async () => {
  database = await createSeededDatabase();
  desk = await prepareDesk(database.url, { journalists: 1, paragraphs: 5, tag: "instances" });
  [a, b] = await Promise.all([startAppServer({ DATABASE_URL: database.url }), startAppServer({ DATABASE_URL: database.url })]);
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

async function signedInOn(server: AppServer, email: string, password = DESK_PASSWORD): Promise<InstanceSession> {
  const session = new InstanceSession();
  const location = await session.signIn(server.url, email, password);
  if (!session.hasCookie(/session-token/)) throw new Error(`Sign-in as ${email} on ${server.url} failed: redirected to ${location}`);
  return session;
}

async function newJournalist(admin: InstanceSession, on: AppServer): Promise<string> {
  const email = `instances-${randomUUID()}@example.org`;
  const response = await admin.json(on.url, "/api/v1/users", "POST", { email, name: "Two Instances", role: "JOURNALIST", password: DESK_PASSWORD });
  expect(response.status).toBe(201);
  return email;
}

it("runs on two ports", () => {
  expect(a.url).not.toBe(b.url);
});

it("accepts a session made on A on B, for reads and writes, and ends it on both when the user is disabled", async () => {
  const admin = await signedInOn(a, "admin@example.org");
  const email = await newJournalist(admin, a);
  const session = await signedInOn(a, email);

  const me = await session.fetch(b.url, "/api/v1/me");
  expect(me.status).toBe(200);
  expect(await me.json()).toMatchObject({ email, role: "JOURNALIST" });
  const created = await session.json(b.url, `/api/v1/articles/${desk.articleId}/claims`, "POST", { actor: "Russia", start: 3, end: 40 });
  expect(created.status).toBe(201);
  const claim = (await created.json()) as { id: string };
  expect((await session.fetch(a.url, `/api/v1/claims/${claim.id}`)).status).toBe(200);

  // Disabled through B: the session made on A ends on A and on B.
  const users = (await (await admin.fetch(b.url, "/api/v1/users")).json()) as { items: { id: string; email: string }[] };
  const user = users.items.find((row) => row.email === email)!;
  expect((await admin.json(b.url, `/api/v1/users/${user.id}`, "PATCH", { disabled: true })).status).toBe(200);
  expect((await session.fetch(a.url, "/api/v1/me")).status).toBe(401);
  expect((await session.fetch(b.url, "/api/v1/me")).status).toBe(401);
});

it("counts failed sign-ins per account across both instances", async () => {
  const admin = await signedInOn(b, "admin@example.org");
  const email = await newJournalist(admin, b);
  // Five failures, alternating instances, each from a new address: only the shared per-account
  // count can stop the sixth attempt.
  for (let attempt = 0; attempt < 5; attempt++) {
    const server = attempt % 2 === 0 ? a : b;
    expect(await new InstanceSession().signIn(server.url, email, `wrong ${attempt}`)).toMatch(/code=credentials/);
  }
  for (const server of [a, b]) {
    const blocked = new InstanceSession();
    expect(await blocked.signIn(server.url, email, DESK_PASSWORD)).toMatch(/code=rate_limited/);
    expect(blocked.hasCookie(/session-token/)).toBe(false);
  }
});

it("counts failed sign-ins per client address across both instances", async () => {
  const admin = await signedInOn(a, "admin@example.org");
  const email = await newJournalist(admin, a);
  const ip = `10.250.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  // Thirty failures from one address, 15 through each instance, on accounts that do not exist (so
  // no per-account limit is reached): the address's limit is 30.
  for (let attempt = 0; attempt < 30; attempt++) {
    const server = attempt % 2 === 0 ? a : b;
    expect(await new InstanceSession(ip).signIn(server.url, `nobody-${attempt}-${randomUUID()}@example.org`, "wrong password")).toMatch(/code=credentials/);
  }
  for (const server of [a, b]) {
    const blocked = new InstanceSession(ip);
    expect(await blocked.signIn(server.url, email, DESK_PASSWORD)).toMatch(/code=rate_limited/);
    expect(blocked.hasCookie(/session-token/)).toBe(false);
  }
  // Another address still signs in: the limit is the address's, not everyone's.
  expect((await signedInOn(b, email)).hasCookie(/session-token/)).toBe(true);
});
